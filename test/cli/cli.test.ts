import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { netloom, traceScenario, withoutWallTime } from './netloom.ts';

const R1 = 'scenarios/reference/r1-line-cell.json';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-cli-'));

describe('netloom run', () => {
  it('prints a table of flows with verdicts, exit 0', () => {
    const r = netloom('run', R1, '--duration', '200ms');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ctrl-D2_1\s+D2_1→PLC\s+200\s+0\s+18\.64 us/);
    expect(r.stdout).toContain('26 flows: 24 passed, 2 without requirement');
  });

  it('gives byte-identical JSON reports for --workers 1 and 2, and for two runs (wall time aside)', () => {
    const args = ['run', 'scenarios/examples/vision-cell.json', '--duration', '3 s', '--replications', '3', '--json', '-'];
    const a = netloom(...args, '--workers', '1');
    const b = netloom(...args, '--workers', '2');
    const c = netloom(...args, '--workers', '2');
    expect(a.code).toBe(0);
    expect(withoutWallTime(a.stdout)).toBe(withoutWallTime(b.stdout));
    expect(withoutWallTime(b.stdout)).toBe(withoutWallTime(c.stdout));
    const report = JSON.parse(a.stdout);
    expect(report.format).toBe('netloom.report/v1');
    expect(report.replications).toBe(3);
    expect(report.flows[2].latency.ci95.mean[0]).toBeLessThan(report.flows[2].latency.ci95.mean[1]);
  });

  it('accepts "2s" and "2 s" alike for --duration', () => {
    const a = netloom('run', R1, '--duration', '50ms', '--json', '-');
    const b = netloom('run', R1, '--duration=50 ms', '--json', '-');
    expect(withoutWallTime(a.stdout)).toBe(withoutWallTime(b.stdout));
    expect(JSON.parse(a.stdout).simulated).toBe(0.05);
  });

  it('writes --json OUT atomically and says so', () => {
    const out = join(tmp, 'r1.json');
    const r = netloom('run', R1, '--duration', '10ms', '--json', out, '--seed', '4');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`report written to ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).seed).toBe(4);
  });

  it('reads a trace file next to the scenario', () => {
    writeFileSync(join(tmp, 'sends.csv'), 'time_us\n0\n100\n250.5\n');
    const s = traceScenario({ file: 'sends.csv', unit: 'us' });
    writeFileSync(join(tmp, 'trace.json'), JSON.stringify(s));
    const r = netloom('run', join(tmp, 'trace.json'), '--json', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).flows[0].sent).toBe(3);
  });

  it('--strict exits 1 when a requirement fails', () => {
    const s = JSON.parse(readFileSync(R1, 'utf8'));
    s.flows[2].requirement = { latency: '10 us' };
    const file = join(tmp, 'strict.json');
    writeFileSync(file, JSON.stringify(s));
    expect(netloom('run', file, '--duration', '10ms').code).toBe(0);
    const strict = netloom('run', file, '--duration', '10ms', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('FAIL latency');
  });

  it('prints the breakdown of a pipeline flow: escalated share, paths, stages and legs', () => {
    const r = netloom('run', 'scenarios/examples/model-cascade.json', '--duration', '5s');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/inspect-CAM1 +CAM1→GW1→EDGE1→CLOUD→PLC1 /);
    expect(r.stdout).toMatch(/pipeline inspect-CAM1: [\d.]+ % escalated/);
    expect(r.stdout).toMatch(/pre→detect +\d+ +\d+ % +22\.08 ms/);
    expect(r.stdout).toMatch(/pre→detect→verify +\d+/);
    expect(r.stdout).toMatch(/detect +EDGE1 +45 +0 s +4\.910 ms/);
    expect(r.stdout).toMatch(/detect→verify +\d+ +11\.36 ms/);
  });
});

describe('netloom run on a large plant', () => {
  // 80 devices of scripts/make-plant.ts: 134 flows, every requirement met; one made to fail
  const plant = makePlant({ devices: 80, duration: '20 ms' });
  plant.flows![0].requirement = { latency: '1 us' };
  const file = join(tmp, 'plant-80.json');
  writeFileSync(file, JSON.stringify(plant));

  it('past 50 flows lists the failing ones and says how many are left out; --all lists every flow', () => {
    const r = netloom('run', file);
    expect(r.code).toBe(0);
    const ids = new Set(plant.flows!.map((f) => f.id));
    const rows = (out: string) => out.split('\n').filter((l) => ids.has(l.split(' ')[0]));
    expect(rows(r.stdout)).toHaveLength(1);
    expect(rows(r.stdout)[0]).toMatch(new RegExp(`^${plant.flows![0].id}\\s.*FAIL latency`));
    expect(r.stdout).toMatch(new RegExp(`${plant.flows!.length - 1} of ${plant.flows!.length} flows not listed .*--all lists every flow`));
    const all = netloom('run', file, '--all');
    expect(rows(all.stdout)).toHaveLength(plant.flows!.length);
    expect(all.stdout).not.toContain('not listed');
  });

  it('writes the same complete JSON to a file and to stdout, as JSON.stringify indents it', () => {
    const out = join(tmp, 'plant-80.report.json');
    expect(netloom('run', file, '--json', out).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const report = JSON.parse(text);
    expect(report.flows).toHaveLength(plant.flows!.length);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(withoutWallTime(netloom('run', file, '--json', '-').stdout)).toBe(withoutWallTime(text));
  });
});

describe('bad input: a clear message naming the place, exit 2, no stack trace', () => {
  const bad = (args: string[], message: RegExp) => {
    const r = netloom(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it.each([
    [['run'], /no scenario file given/],
    [['run', 'nope.json'], /cannot find the scenario file nope\.json/],
    [['run', R1, '--workers', 'two'], /--workers: expected a whole number from 1 to 256, got "two"/],
    [['run', R1, '--duration', 'long'], /--duration: expected a time like "250 us", got "long"/],
    [['run', R1, '--replications'], /--replications needs a whole number/],
    [['run', R1, '--fast'], /unknown option --fast/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [[], /no command given/],
  ])('%j', (args, message) => bad(args, message));

  it('lists every problem of a scenario with its JSON path', () => {
    const s = JSON.parse(readFileSync(R1, 'utf8'));
    s.links[3].rate = 'fast';
    s.flows[0].to = 'EDGE9';
    const file = join(tmp, 'broken.json');
    writeFileSync(file, JSON.stringify(s));
    bad(['validate', file], /has 1 problem:\n\s+links\[3\]\.rate: expected a data rate like "1 Gb\/s", got "fast"/);
    s.links[3].rate = '1 Gb/s';
    writeFileSync(file, JSON.stringify(s));
    bad(['run', file], /flows\[0\]\.to: unknown node "EDGE9"/);
  });

  it('points at the line and column of a JSON syntax error', () => {
    const file = join(tmp, 'syntax.json');
    writeFileSync(file, '{\n  "format": "netloom.scenario/v1",\n  "name": "x",,\n}');
    bad(['validate', file], /\$: not valid JSON at line 3/);
  });
});

describe('netloom validate', () => {
  it('confirms a good scenario', () => {
    const r = netloom('validate', R1);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid — "R1 line cell (ns-3 reference)", 38 nodes, 37 links, 26 flows');
  });
});
