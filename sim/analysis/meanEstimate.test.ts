import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/index.ts';
import { meanEstimates } from './meanEstimate.ts';
import { buildStreams } from './Stream.ts';

/** Two Poisson classes of 1250 B packets into a 100 Mb/s port without framing: S = 100 us (as test/validation/queueing.test.ts). */
function priorityPort(scheduler: 'strict' | 'fifo') {
  const noFraming = { overhead: '0 B' };
  return loadScenario({
    format: 'netloom.scenario/v1',
    name: 'priority port',
    nodes: [
      { id: 'H', type: 'robot' },
      { id: 'L', type: 'camera' },
      { id: 'SW', type: 'switch', switch: { scheduler } },
      { id: 'SINK', type: 'compute' },
    ],
    links: [
      { from: 'H', to: 'SW', rate: '100 Gb/s', framing: noFraming },
      { from: 'L', to: 'SW', rate: '100 Gb/s', framing: noFraming },
      { from: 'SW', to: 'SINK', rate: '100 Mb/s', framing: noFraming },
    ],
    flows: [
      { id: 'high', from: 'H', to: 'SINK', size: '1250 B', priority: 7, pattern: { type: 'poisson', interval: `${1e6 / 3000} us` } },
      { id: 'low', from: 'L', to: 'SINK', size: '1250 B', priority: 0, pattern: { type: 'poisson', interval: '250 us' } },
    ],
  });
}

describe('queueing estimates of the mean (not bounds)', () => {
  const S = 100e-6;
  const W0 = ((3000 + 4000) * S * S) / 2; // Σ λ E[S²] / 2 = 35 us
  const port = 4; // SW→SINK: link 2, forward direction

  it('FIFO port: Pollaczek–Khinchine, W = W0 / (1 − ρ) (Kleinrock I, eq. 5.105)', () => {
    const m = priorityPort('fifo');
    const e = meanEstimates(m, buildStreams(m));
    expect(e.ports[port].utilization).toBeCloseTo(0.7, 12);
    expect(e.ports[port].wait.get(0)).toBeCloseTo(W0 / 0.3, 12);
  });

  it('strict priority: Cobham, W_k = W0 / ((1 − σ_above)(1 − σ_above − ρ_k)) (Kleinrock II, eq. 3.30)', () => {
    const m = priorityPort('strict');
    const e = meanEstimates(m, buildStreams(m));
    expect(e.ports[port].wait.get(7)).toBeCloseTo(W0 / 0.7, 12);
    expect(e.ports[port].wait.get(0)).toBeCloseTo(W0 / (0.7 * 0.3), 12);
    // a flow's mean: its waits, its own frame at each port, the propagation (0 here)
    expect(e.streams[0]).toBeCloseTo(W0 / 0.7 + S + (1250 * 8) / 100e9 + e.ports[0].wait.get(7)!, 12);
  });
});
