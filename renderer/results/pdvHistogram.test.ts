import { describe, expect, test } from 'vitest';
import type { FlowReport } from '../../sim/api/index.ts';
import { pdvHistogram } from './charts/drawPdvHistogram.ts';

const flow = (cdf: [number, number][]): FlowReport =>
  ({
    id: 'f,1',
    from: 'A',
    to: 'B',
    sent: 10,
    delivered: 10,
    lost: 0,
    loss: 0,
    latency: { min: cdf[0][0], mean: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: cdf.at(-1)![0], sum: 0, std: 0, cdf },
    jitter: null,
    throughput: 1,
    deadlineMiss: null,
    verdict: 'pass',
    margin: 0.5,
    worst: 'latency',
    criteria: [],
    timeline: { throughput: [], maxLatency: [] },
  }) as unknown as FlowReport;

describe('delay-variation histogram', () => {
  test('shares add up to one', () => {
    const h = pdvHistogram(
      flow([
        [1e-3, 0],
        [1.2e-3, 0.5],
        [2e-3, 1],
      ]),
    );
    expect(h.reduce((a, b) => a + b.share, 0)).toBeCloseTo(1, 9);
    expect(h[0].from).toBe(0);
  });

  test('a constant latency puts everything in the first bin', () => {
    const h = pdvHistogram(
      flow([
        [1e-3, 0],
        [1e-3, 0.5],
        [1e-3, 1],
      ]),
    );
    expect(h[0].share).toBeCloseTo(1);
  });
});
