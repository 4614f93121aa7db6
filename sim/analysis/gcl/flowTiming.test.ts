import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { sizeRange } from '../sourceArrival.ts';
import { flowTiming, guardPs } from './flowTiming.ts';

function line(extra: object = {}) {
  return loadScenario({
    format: 'netloom.scenario/v1',
    name: 't',
    nodes: [
      { id: 'A', type: 'plc' },
      { id: 'S', type: 'switch', switch: { latency: '2 us' } },
      { id: 'B', type: 'drive' },
    ],
    links: [
      { from: 'A', to: 'S', rate: '100 Mb/s', delay: '50 ns' },
      { from: 'S', to: 'B', rate: '1 Gb/s', delay: '100 ns', ...extra },
    ],
    flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '1 ms' }, requirement: { latency: '50 us' } }],
  });
}

describe('flowTiming', () => {
  it('uses the engine’s wire times: a tagged 100 B packet is 122 B of frame + 8 B preamble, 12 B gap', () => {
    const m = line();
    const t = flowTiming(m, m.flows[0], sizeRange(m.flows[0].size)!);
    // 130 B at 100 Mb/s = 10.4 us; then 50 ns of cable and the switch's 2 us
    expect(t.hops[0]).toMatchObject({ txMax: 10_400_000, guard: 960_000, arriveMax: 10_400_000 + 50_000 + 2_000_000, frameBytes: 122 });
    // 130 B at 1 Gb/s = 1.04 us, 100 ns of cable, a drive adds no forwarding latency
    expect(t.hops[1]).toMatchObject({ txMax: 1_040_000, guard: 96_000, arriveMax: 1_140_000 });
    expect(t.deadlinePs).toBe(50_000_000);
    expect(t.periodPs).toBe(1e9);
  });

  it('a cut-through switch receives the frame when its first bytes are in', () => {
    const m = loadScenario({
      format: 'netloom.scenario/v1',
      name: 't',
      nodes: [
        { id: 'A', type: 'plc' },
        { id: 'S', type: 'switch', switch: { latency: '0 s', cutThrough: '14 B' } },
        { id: 'B', type: 'drive' },
      ],
      links: [
        { from: 'A', to: 'S', rate: '1 Gb/s' },
        { from: 'S', to: 'B', rate: '1 Gb/s' },
      ],
      flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '1 ms' } }],
    });
    const t = flowTiming(m, m.flows[0], { min: 100, max: 100 });
    expect(t.hops[0].arriveMax).toBe((8 + 14) * 8000); // preamble + 14 B header at 1 Gb/s
    expect(t.deadlinePs).toBe(Infinity);
  });

  it('variable sizes give the earliest and latest arrival', () => {
    const m = line();
    const t = flowTiming(m, m.flows[0], { min: 30, max: 100 });
    // 30 B + 22 B = 52 B, padded to the 64 B minimum frame: 72 B with the preamble
    expect(t.hops[0].txMin).toBe(72 * 80_000);
    expect(t.hops[0].arriveMin).toBe(72 * 80_000 + 2_050_000);
  });

  it('a preemptable frame can hold the port up to minFragment − 4 B and the gap after its gate closes', () => {
    expect(guardPs(12, 1e9)).toBe(96_000);
    expect(guardPs(12, 1e9, 64)).toBe((60 + 12) * 8000 + 1);
  });
});
