/**
 * What the CLI does with work it should not do as asked: too much of it (refused up front with the
 * estimate and the flag), memory it would need (stopped with the cause), outputs that would
 * overwrite the input or an existing file, and text from a scenario that would drive the terminal.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

const R1 = 'scenarios/reference/r1-line-cell.json';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-safety-'));
const write = (name: string, doc: unknown) => {
  const file = join(tmp, name);
  writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  return file;
};
const noStack = (r: { stderr: string }) => expect(r.stderr).not.toMatch(/\n\s+at /);

describe('work a run would take', () => {
  it('shows the estimate before a run', () => {
    const r = netloom('run', R1, '--duration', '100ms');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`running ${R1}: about 73.5 k events (31.9 k packet-hops) in 1 replication`);
  });

  it('refuses work above --max-events up front, with the estimate and the flag that allows it', () => {
    const hour = JSON.parse(readFileSync(R1, 'utf8'));
    hour.flows[1].pattern = { type: 'poisson', rate: '900 Mb/s' };
    hour.simulation.duration = '1 h';
    const r = netloom('run', write('hour.json', hour));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        /hour\.json: this run is about [\d.]+ G events \([\d.]+ G packet-hops\) in 1 replication, more than the limit of 1 G events; /.source +
          /give --max-events [\d.]+e\+\d+ to run it anyway, or shorten it \(--duration\)/.source,
      ),
    );
    noStack(r);
    expect(netloom('run', R1, '--max-events', '1e5').stderr).toMatch(/about 5\.49 M events .* more than the limit of 100 k events; give --max-events 6\.6e\+6/);
    expect(netloom('run', R1, '--max-events', 'lots').stderr).toContain('--max-events: expected a number of events such as 5e9, got "lots"');
  });

  it('stops a replication that needs more memory than --max-memory, with the cause, exit 2', () => {
    const pile = {
      format: 'netloom.scenario/v1',
      name: 'pile-up',
      nodes: [
        { id: 'CAM', type: 'camera' },
        { id: 'EDGE', type: 'compute' },
      ],
      links: [{ from: 'CAM', to: 'EDGE', rate: '1 Gb/s', delay: '0 s' }],
      flows: [{ id: 'dump', from: 'CAM', to: 'EDGE', size: '100 B', pattern: { type: 'trace', times: new Array(50_000).fill(0) } }],
    };
    const r = netloom('run', write('pile.json', pile), '--max-memory', '1 MiB');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        /^netloom: the run stopped: replication 1: 16,384 messages in flight would need 1\.0\d MiB of memory, more than the limit of 1 MiB /.source +
          /at 0 s of simulated time; the longest queue, 8,191 packets, is at CAM's port to EDGE/.source,
        'm',
      ),
    );
    noStack(r);
    expect(netloom('run', join(tmp, 'pile.json'), '--max-memory', '16 MiB').code).toBe(0);
  });
});

describe('outputs never destroy what a user made', () => {
  it('--json never writes over the scenario being read, and refuses an existing file unless --force', () => {
    const file = write('mine.json', readFileSync(R1, 'utf8'));
    const before = readFileSync(file, 'utf8');
    const self = netloom('run', file, '--duration', '1ms', '--json', file);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain(`--json: ${file} is the scenario being read; write to another file`);
    const out = write('report.json', 'my notes');
    const exists = netloom('run', file, '--duration', '1ms', '--json', out);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain(`--json: ${out} already exists; give --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(netloom('run', file, '--duration', '1ms', '--json', out, '--force').code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('netloom.report/v1');
    expect(netloom('bounds', file, '--json', file, '--force').stderr).toContain('is the scenario being read');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('plan writes only what it was asked to (no FILE.planned.json beside the scenario)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-plan-'));
    const file = join(dir, 'pharma.json');
    writeFileSync(file, readFileSync('scenarios/industry/pharma-fill-finish.json'));
    const r = netloom('plan', file, '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--out FILE writes the upgraded scenario');
    expect(readdirSync(dir)).toEqual(['pharma.json']);
    expect(existsSync(join(dir, 'pharma.planned.json'))).toBe(false);
  });
});

describe('files named by flags', () => {
  it('--catalog: a bad catalog names the flag, the file and the place; a device is not read', () => {
    const pharma = 'scenarios/industry/pharma-fill-finish.json';
    expect(netloom('plan', pharma, '--catalog', write('cat.json', '{"links": {"__proto__": 1}}')).stderr).toContain(
      'netloom: --catalog: ' + join(tmp, 'cat.json') + ' has 1 problem: links.__proto__: "__proto__" is not allowed as a key',
    );
    expect(netloom('plan', pharma, '--catalog', write('cat2.json', '{"x":')).stderr).toContain(
      'cat2.json: $: not valid JSON at line 1, column 6: expected a value',
    );
    const dev = netloom('plan', pharma, '--catalog', '/dev/zero');
    expect([dev.code, dev.stderr.trim()]).toEqual([2, 'netloom: --catalog: /dev/zero is not a regular file']);
  });
});

describe('plan with trace files', () => {
  it('simulates its candidates with the trace files the scenario names (every evaluation failed without them)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-plan-trace-'));
    cpSync('scenarios/examples/captures', join(dir, 'captures'), { recursive: true });
    const s = JSON.parse(readFileSync('scenarios/examples/udp-replay.json', 'utf8'));
    s.flows[0].requirement.latency = '200 us'; // its 1400 B packets take 350 us over three 100 Mb/s links
    writeFileSync(join(dir, 'replay.json'), JSON.stringify(s));
    const r = netloom('plan', join(dir, 'replay.json'), '--out', join(dir, 'planned.json'), '--workers', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/verified: .* 2 pass, 0 fail/);
    expect(netloom('run', join(dir, 'planned.json'), '--strict').code).toBe(0);
  });
});

describe('messages a terminal can trust', () => {
  it('escapes control characters in names and ids: a scenario cannot forge a line or retitle the window', () => {
    const s = JSON.parse(readFileSync('scenarios/examples/vision-cell.json', 'utf8'));
    s.name = 'cell\x1b]0;owned\x07\r\x1b[32m✓ every requirement passed\x1b[0m';
    s.flows[0].id = 'ok\x1b[2K';
    delete s.simulation.warmup;
    const r = netloom('run', write('forged.json', s), '--duration', '50ms');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).toContain('cell\\x1b]0;owned\\x07\\x0d\\x1b[32m✓ every requirement passed\\x1b[0m');
    expect(r.stdout).toContain('ok\\x1b[2K');
    s.flows[0].to = 'nowhere\x1b[31m';
    const bad = netloom('validate', write('forged2.json', s));
    expect(bad.stderr).toContain('unknown node "nowhere\\x1b[31m"');
    expect(bad.stderr).not.toContain('\x1b');
  });

  it('prints the first 50 problems, then how many more', () => {
    const s = JSON.parse(readFileSync(R1, 'utf8'));
    for (const f of s.flows) f.to = 'GONE';
    for (let i = 0; i < 40; i++) s.flows.push({ ...s.flows[0], id: `extra${i}` });
    const r = netloom('validate', write('many.json', s));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('many.json has 66 problems:');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  flows[')).length).toBe(50);
    expect(r.stderr).toContain('  … and 16 more (fix these first)');
  });

  it('names the file the user gave, whatever the flags before it', () => {
    const r = netloom('run', '--seed', '3', write('broken.json', '{"format": "netloom.scenario/v1"}'));
    expect(r.stderr).toMatch(/^netloom: .*broken\.json has \d+ problems?:/m);
  });
});
