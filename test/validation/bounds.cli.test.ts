/** `netloom bounds` end to end: the real command in a child process (test/cli/netloom.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from '../cli/netloom.ts';

const R1 = 'scenarios/reference/r1-line-cell.json';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-bounds-'));

describe('netloom bounds', () => {
  it('prints each flow’s bound, requirement, guarantee and dominant port, and why the others have none', () => {
    const r = netloom('bounds', R1);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ctrl-D2_1\s+D2_1→PLC\s+18\.64 us\s+18\.64 us\s+latency 1\.000 ms\s+yes\s+D2_1→S2/);
    expect(r.stdout).toMatch(/background: Poisson arrivals have no deterministic burst bound/);
    expect(r.stdout).toContain('26 flows: 24 bounded, 2 unbounded; requirements guaranteed for 24, not guaranteed for 0');
  });

  it('on TSN ports, says what each mechanism adds at the dominant port', () => {
    const r = netloom('bounds', 'scenarios/examples/tsn-cell.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/iso-DRV1\s+PLC→DRV1\s+\d+\.\d+ us/);
    expect(r.stdout).toContain('TSN and cut-through at the dominant port, per mechanism');
    expect(r.stdout).toMatch(/iso-DRV1 at SW-D→SW-E \(802\.1Qbv, 802\.1Qav, 802\.1Qbu\): \S+ us of \S+ us/);
    expect(r.stdout).toMatch(/\n {4}802\.1Qbv +\S+ us {2}guard band/);
    expect(r.stdout).toMatch(/\n {4}802\.1Qav +\S+ us {2}credit deficit/);
  });

  it('writes the JSON report to stdout with --json -, and to a file with --json OUT', () => {
    const r = netloom('bounds', 'scenarios/examples/vision-cell.json', '--json', '-');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.format).toBe('netloom.bounds/v2');
    const cycle = report.flows.find((f: { id: string }) => f.id === 'cycle-DRV1');
    expect(cycle.status).toBe('bounded');
    expect(cycle.hops.length).toBe(2);
    expect(cycle.hops.reduce((s: number, h: { contribution: number }) => s + h.contribution, 0)).toBeCloseTo(cycle.delay, 12);
    expect(report.flows.find((f: { id: string }) => f.id === 'inspect-CAM1').reason).toBe(
      "EDGE1's service time is lognormal-distributed, with no largest value",
    );
    const out = join(tmp, 'bounds.json');
    const w = netloom('bounds', R1, '--json', out);
    expect(w.code).toBe(0);
    expect(w.stdout).toContain(`bounds written to ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).flows).toHaveLength(26);
  });

  it('exits 2 with a clear message on bad input', () => {
    const missing = netloom('bounds', join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot find the scenario file');
    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'netloom.scenario/v1',
        name: 'x',
        nodes: [{ id: 'A', type: 'host' }],
        links: [],
        flows: [{ id: 'f', from: 'A', to: 'B', size: '1 B', pattern: { type: 'periodic', period: '1 ms' } }],
      }),
    );
    const invalid = netloom('bounds', bad);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/flows\[0\]\.to.*unknown node "B"/);
  });
});
