import { describe, expect, it } from 'vitest';
import { runScenario } from './createSimApi.ts';

/** CAM → SW → EDGE (small model, escalates 30 %) → CLOUD (large model) → PLC, over 1 Gb/s links. */
const cascade = (escalated: number) => ({
  format: 'netloom.scenario/v1',
  name: 'cascade',
  nodes: [
    { id: 'CAM', type: 'camera' },
    { id: 'SW', type: 'switch' },
    { id: 'EDGE', type: 'compute' },
    { id: 'CLOUD', type: 'cloud' },
    { id: 'PLC', type: 'plc' },
  ],
  links: ['CAM', 'EDGE', 'CLOUD', 'PLC'].map((n) => ({ from: 'SW', to: n, rate: '1 Gb/s' })),
  flows: [
    {
      id: 'inspect',
      from: 'CAM',
      to: 'PLC',
      size: '1000 B',
      pattern: { type: 'periodic', period: '1 ms' },
      pipeline: [
        { id: 'detect', at: 'EDGE', service: '100 us', size: '200 B', escalate: { to: 'verify', probability: 0.3 } },
        { id: 'verify', at: 'CLOUD', service: '300 us' },
      ],
      requirement: { escalated },
    },
  ],
  simulation: { duration: '2 s', seed: 5 },
});

describe('pipelineReport', () => {
  it('breaks a pipeline flow down per path, stage and leg, and judges the escalated share', () => {
    const report = runScenario({ scenario: cascade(0.25) });
    const f = report.flows[0];
    const p = f.pipeline!;
    expect(p.paths.map((x) => x.stages)).toEqual([['detect'], ['detect', 'verify']]);
    expect(p.paths[0].items + p.paths[1].items).toBe(f.delivered);
    expect(p.escalated).toBe(p.paths[1].items / f.delivered);
    expect(p.escalated).toBeGreaterThan(0.25); // 0.3 drawn over 2000 items: 3.9σ above 0.25
    expect(f.verdict).toBe('fail');
    expect(f.worst).toBe('escalated');
    expect(f.criteria).toEqual([{ name: 'escalated', required: 0.25, measured: p.escalated, margin: (0.25 - p.escalated!) / 0.25, pass: false }]);
    expect(p.stages.map((s) => [s.id, s.at, s.items, s.meanService])).toEqual([
      ['detect', 'EDGE', 2000, 100e-6],
      ['verify', 'CLOUD', p.paths[1].items, 300e-6],
    ]);
    // the edge-only path: two legs of two 1 Gb/s hops and the 100 us service, no queueing at a period of 1 ms
    const wire = (bytes: number) => ((bytes + 18 + 8) * 8) / 1e9; // Ethernet header and FCS, preamble and SFD
    expect(p.legs[0]).toMatchObject({ from: 'CAM', to: 'EDGE', toStage: 'detect', items: 2000 });
    expect(p.legs[0].meanNetwork).toBeCloseTo(2 * wire(1000), 12);
    expect(p.paths[0].latency!.max).toBeCloseTo(2 * wire(1000) + 100e-6 + 2 * wire(200), 12);
    // where it waits: the hops of the legs, CAM → SW → EDGE first
    expect(f.attribution.hops.slice(0, 2).map((h) => `${h.from}→${h.to}`)).toEqual(['CAM→SW', 'SW→EDGE']);
    expect(f.attribution.hops).toHaveLength(2 * p.legs.length);
    expect(runScenario({ scenario: cascade(0.4) }).flows[0].verdict).toBe('pass');
  });
});
