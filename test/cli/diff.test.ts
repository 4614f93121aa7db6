import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-diff-'));

/** A camera sends 1400 B every 1 ms to a PLC through one switch (requirement 100 µs); an HMI talks to the camera. */
const cell = (plcRate: string, seed = 3) => ({
  format: 'netloom.scenario/v1',
  name: 'cell',
  nodes: [
    { id: 'S1', type: 'switch' },
    { id: 'PLC', type: 'plc' },
    { id: 'CAM', type: 'camera' },
    { id: 'HMI', type: 'hmi' },
  ],
  links: [
    { from: 'CAM', to: 'S1', rate: '1 Gb/s', delay: '1 us' },
    { from: 'S1', to: 'PLC', rate: plcRate, delay: '1 us' },
    { from: 'HMI', to: 'S1', rate: '1 Gb/s', delay: '1 us' },
  ],
  flows: [
    { id: 'inspect', from: 'CAM', to: 'PLC', size: '1400 B', pattern: { type: 'periodic', period: '1 ms' }, requirement: { latency: '100 us' } },
    { id: 'panel', from: 'HMI', to: 'CAM', size: '200 B', pattern: { type: 'periodic', period: '10 ms' }, requirement: { latency: '1 ms' } },
  ],
  simulation: { duration: '100 ms', seed },
});

const file = (name: string, value: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const fast = file('fast.json', cell('1 Gb/s'));
const slow = file('slow.json', cell('50 Mb/s', 9));

// Store and forward, no other traffic on the path: each of the 2 hops takes the frame's time on the wire
// (1400 B + 18 B header and FCS + 8 B preamble = 1426 B) plus the link's 1 µs delay.
const latency = (secondRate: number) => 1426 * 8 * (1 / 1e9 + 1 / secondRate) + 2e-6;

describe('netloom diff', () => {
  it('two scenarios: a slowed link is listed, and the flow it makes fail shows its verdict and margin before → after', () => {
    const r = netloom('diff', fast, slow);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('link S1-PLC (S1→PLC) rate 1 Gb/s → 50 Mb/s');
    expect(r.stdout).toContain('settings: simulation.seed 3 → 9');
    expect(r.stdout).toMatch(/inspect\s+newly failing\s+pass → FAIL latency\s+75 % → -142 %\s+24.82 us → 241.6 us/);
    expect(r.stdout).not.toMatch(/^panel/m); // its margin did not move
    expect(r.stdout).toContain('2 flows: 1 newly failing, 0 fixed, 0 worse, 0 better, 1 same; failing 0 → 1');
    expect(r.stderr).toContain(`${slow} sets seed 9: both run with ${fast}'s seed 3`);
    expect(r.stderr).toContain(`running ${fast}`);
    expect(r.stderr).toContain(`running ${slow}`);
  });

  it('--strict exits 1 when B fails a requirement A did not, and 0 the other way round', () => {
    expect(netloom('diff', fast, slow, '--strict').code).toBe(1);
    const back = netloom('diff', slow, fast, '--strict');
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/inspect\s+fixed\s+FAIL latency → pass/);
  });

  it('--json -: the changes and each flow, margins as the closed form gives them', () => {
    const r = netloom('diff', fast, slow, '--json', '-');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d).toMatchObject({
      format: 'netloom.diff/v1',
      a: { kind: 'scenarios' },
      scenario: { summary: { changed: 2 }, settings: [{ field: 'simulation.seed', before: 3, after: 9 }] },
    });
    const inspect = d.flows.flows.find((f: { id: string }) => f.id === 'inspect');
    expect(inspect.before.p99).toBeCloseTo(latency(1e9), 12);
    expect(inspect.after.p99).toBeCloseTo(latency(50e6), 12);
    expect(inspect.before.margin).toBeCloseTo((100e-6 - latency(1e9)) / 100e-6, 9);
    expect(inspect.after.margin).toBeCloseTo((100e-6 - latency(50e6)) / 100e-6, 9);
    expect(d.flows.summary).toMatchObject({ 'newly-failing': 1, same: 1 });
  });

  it('two reports compare as they ran; --all lists every flow', () => {
    const ra = join(tmp, 'fast.report.json');
    const rb = join(tmp, 'slow.report.json');
    expect(netloom('run', fast, '--json', ra).code).toBe(0);
    expect(netloom('run', slow, '--seed', '3', '--json', rb).code).toBe(0);
    const r = netloom('diff', ra, rb, '--all', '--strict');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('changes');
    expect(r.stdout).toMatch(/inspect\s+newly failing\s+pass → FAIL latency\s+75 % → -142 %/);
    expect(r.stdout).toMatch(/panel\s+same\s+pass → pass/);
    expect(r.stderr).toBe('');
    expect(netloom('diff', ra, rb, '--seed', '4').stderr).toContain('are for two scenarios');
  });

  it('a scenario and a report, a report a diff cannot read, and missing files: exit 2 naming the file', () => {
    const report = join(tmp, 'fast.report2.json');
    netloom('run', fast, '--json', report);
    const mixed = netloom('diff', fast, report);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain(`${report} is a report and ${fast} a scenario: compare two scenarios or two reports`);

    const broken = JSON.parse(readFileSync(report, 'utf8'));
    broken.flows[1].verdict = 'maybe';
    const bad = netloom('diff', report, file('broken.report.json', broken));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('broken.report.json has 1 problem');
    expect(bad.stderr).toContain('flows[1].verdict: expected "pass", "fail" or "none"');

    expect(netloom('diff', fast, join(tmp, 'nope.json')).stderr).toContain('cannot find');
    expect(netloom('diff', fast).stderr).toContain('expected two files, FILE_A and FILE_B, got 1');
    const invalid = netloom('diff', fast, file('invalid.json', { ...cell('1 Gb/s'), links: [{ from: 'CAM', to: 'NOWHERE', rate: '1 Gb/s' }] }));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/invalid\.json has \d+ problem/);
    expect(invalid.stderr).not.toContain(`running ${fast}`); // B's problems come before A's run, not after it
  });

  it('refuses to write the comparison over A or over a file that exists', () => {
    expect(netloom('diff', fast, slow, '--json', fast).stderr).toContain('is the scenario being read');
    const out = file('exists.json', {});
    expect(netloom('diff', fast, slow, '--json', out).stderr).toContain('already exists; give --force');
  });
});
