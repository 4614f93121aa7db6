import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createSimApi, type FlowBound } from '../../../sim/api/index.ts';
import { boundingHops, boundShares, boundSummary, checkBound } from './flowBounds.ts';

function boundsOf(file: string, edit: (s: any) => void = () => {}) {
  const scenario = JSON.parse(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8'));
  edit(scenario);
  const api = createSimApi();
  expect(api.load({ scenario }).ok).toBe(true);
  return api.bounds();
}

describe('a bound against the simulation', () => {
  test('the simulated maximum may reach the bound but never pass it (1 ps of rounding aside)', () => {
    expect(checkBound(20e-6, 17e-6)).toBe('holds');
    expect(checkBound(17.134553e-6, 17.134553e-6 + 5e-13)).toBe('holds');
    expect(checkBound(17e-6, 18e-6)).toBe('below');
    expect(checkBound(null, 18e-6)).toBe('unbounded');
    expect(checkBound(17e-6, undefined)).toBe('not-simulated');
  });

  test('the ports’ shares add up to the bound, in route order', () => {
    const r = boundsOf('examples/vision-cell.json');
    const f = r.flows.find((x) => x.id === 'cycle-DRV1')!;
    const shares = boundShares(f);
    expect(shares.map((s) => s.label)).toEqual(['PLC1→SW1', 'SW1→DRV1']);
    expect(shares.reduce((a, s) => a + s.seconds, 0)).toBeCloseTo(f.delay!, 15);
    expect(boundSummary(f)).toMatch(/PLC1→SW1 takes \d+ %/);
  });

  test('a request to a compute node: request ports, the compute node, then the response ports', () => {
    const r = boundsOf('examples/vision-cell.json', (s) => {
      for (const n of s.nodes) if (n.compute) n.compute.service = '4 ms';
      for (const f of s.flows) if (f.pattern.type === 'onoff') f.pattern = { type: 'cbr', rate: '10 Mb/s' };
    });
    const f = r.flows.find((x) => x.id === 'inspect-CAM1')!;
    expect(f.status).toBe('bounded');
    const shares = boundShares(f);
    expect(shares.map((s) => s.kind)).toContain('compute');
    const at = shares.findIndex((s) => s.kind === 'compute');
    expect(shares.slice(0, at).every((s) => s.hop?.direction === 'request')).toBe(true);
    expect(shares.slice(at + 1).every((s) => s.hop?.direction === 'response')).toBe(true);
    expect(shares.reduce((a, s) => a + s.seconds, 0)).toBeCloseTo(f.delay!, 12);
  });

  test('802.1CB: only the route that sets the bound is shown as its make-up', () => {
    const hop = (from: string, to: string) => ({ from, to, direction: 'request', contribution: 1, port: 0 }) as never;
    const copy = (from: string, to: string) => ({ from, to, direction: 'copy', contribution: 2, port: 1 }) as never;
    const f = {
      from: 'A',
      delay: 4,
      redundancy: { route: 1, rule: '' },
      hops: [hop('A', 'S1'), hop('S1', 'B'), copy('A', 'S2'), copy('S2', 'B')],
      compute: null,
    } as unknown as FlowBound;
    expect(boundingHops(f).map((h) => h.from)).toEqual(['A', 'S2']);
    expect(boundShares(f).map((s) => s.label)).toEqual(['A→S2', 'S2→B']);
  });

  test('an unbounded flow says why', () => {
    const r = boundsOf('examples/vision-cell.json');
    const f = r.flows.find((x) => x.id === 'backup')!;
    expect(f.delay).toBeNull();
    expect(boundShares(f)).toEqual([]);
    expect(boundSummary(f)).toMatch(/exponential/);
  });
});
