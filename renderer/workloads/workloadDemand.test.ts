import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../sim/api/index.ts';
import { meanOf, workloadDemand } from './workloadDemand.ts';

const base = {
  format: 'netloom.scenario/v1',
  name: 't',
  nodes: [
    { id: 'SW', type: 'switch' },
    { id: 'A', type: 'plc' },
    { id: 'E', type: 'compute', compute: { servers: 2, service: '4 ms' } },
  ],
  links: [
    { from: 'A', to: 'SW', rate: '100 Mb/s' },
    { from: 'E', to: 'SW', rate: '1 Gb/s' },
  ],
  flows: [] as object[],
};

describe('workloadDemand', () => {
  test('a periodic request flow: its packet rate, its bit rate, the link load with framing, the busy servers', () => {
    const after = {
      ...base,
      flows: [{ id: 'q', from: 'A', to: 'E', size: '1000 B', pattern: { type: 'periodic', period: '10 ms' }, response: { size: '100 B' } }],
    };
    const d = workloadDemand(loadScenario(base), loadScenario(after), ['q']);
    expect(d.flows).toEqual([{ flow: 'q', perSecond: 100, bps: 800_000 }]);
    const up = d.links.find((l) => l.dir === 'A→SW')!;
    expect(up.before).toBe(0);
    expect(up.after).toBeGreaterThan(800_000); // framing on top of the payload
    expect(up.after).toBeLessThan(900_000);
    expect(d.links.map((l) => l.dir).sort()).toEqual(['A→SW', 'E→SW', 'SW→A', 'SW→E']); // request and response routes
    expect(d.compute).toEqual([{ node: 'E', servers: 2, before: 0, after: 0.4, batched: false }]);
  });

  test('means of the distributions the scenario format has', () => {
    expect(meanOf({ dist: 'uniform', min: 1, max: 3 })).toBe(2);
    expect(meanOf({ dist: 'empirical', values: [1, 3], weights: [3, 1] })).toBe(1.5);
    expect(meanOf({ dist: 'empirical', values: [1, 3], weights: undefined })).toBe(2);
  });
});
