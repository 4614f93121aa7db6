import { describe, expect, it } from 'vitest';
import { runScenario } from '../api/index.ts';
import { loadScenario } from '../scenario/index.ts';
import { boundNetwork } from './boundNetwork.ts';
import { buildStreams } from './Stream.ts';
import { computeBounds } from './computeBounds.ts';

/**
 * Two cells, each with an inference server the other cell's camera uses: requests and
 * responses cross S0–S1 both ways, so each direction's bursts depend on the other's delays
 * through the compute nodes: a cyclic dependency, solved as a fixed point.
 */
const crossed = {
  format: 'netloom.scenario/v1',
  name: 'crossed inference',
  nodes: [
    { id: 'S0', type: 'switch', switch: { scheduler: 'fifo' } },
    { id: 'S1', type: 'switch', switch: { scheduler: 'fifo' } },
    { id: 'CAM0', type: 'camera' },
    { id: 'CAM1', type: 'camera' },
    { id: 'GPU0', type: 'compute', compute: { service: { dist: 'uniform', min: '100 us', max: '300 us' } } },
    { id: 'GPU1', type: 'compute', compute: { service: '200 us', servers: 2 } },
  ],
  links: [
    { from: 'S0', to: 'S1', rate: '100 Mb/s' },
    { from: 'CAM0', to: 'S0', rate: '1 Gb/s' },
    { from: 'GPU0', to: 'S0', rate: '1 Gb/s' },
    { from: 'CAM1', to: 'S1', rate: '1 Gb/s' },
    { from: 'GPU1', to: 'S1', rate: '1 Gb/s' },
  ],
  flows: [
    { id: 'a', from: 'CAM0', to: 'GPU1', size: '6000 B', pattern: { type: 'periodic', period: '2 ms' }, response: { size: '3000 B' } },
    { id: 'b', from: 'CAM1', to: 'GPU0', size: '6000 B', pattern: { type: 'periodic', period: '2 ms', offset: '300 us' }, response: { size: '3000 B' } },
  ],
  simulation: { duration: '100 ms' },
};

describe('network bounds as a fixed point', () => {
  it('reaches the exact fixed point of a feed-forward network in as many rounds as its depth', () => {
    const m = loadScenario({ ...crossed, flows: [crossed.flows[0]] });
    const net = boundNetwork(m, buildStreams(m));
    expect(net.cyclic).toBe(false);
    expect(net.iterations).toBeLessThanOrEqual(4);
  });

  it('bounds cyclic dependencies, soundly', () => {
    const b = computeBounds(loadScenario(crossed));
    expect(b.cyclic).toBe(true);
    const sim = runScenario({ scenario: crossed });
    for (const id of ['a', 'b']) {
      const f = b.flows.find((x) => x.id === id)!;
      expect(f.status).toBe('bounded');
      expect(sim.flows.find((x) => x.id === id)!.latency!.max).toBeLessThanOrEqual(f.delay!);
    }
  });

  it('reports an overloaded loop as unbounded, with the root cause', () => {
    const heavy = { ...crossed, flows: crossed.flows.map((f) => ({ ...f, pattern: { type: 'periodic', period: '1 ms' }, size: '11000 B' })) };
    for (const f of computeBounds(loadScenario(heavy)).flows) {
      expect(f.status).toBe('unbounded');
      expect(f.reason).toMatch(/is overloaded/);
    }
  });

  it('reports a loop whose bursts feed each other without end as unbounded, though no port is overloaded', () => {
    // 30 Mb/s of 1400 B requests and 3000 B answers each way: 96 % of the shared link
    const loop = {
      ...crossed,
      flows: crossed.flows.map((f) => ({ ...f, size: '1400 B', pattern: { type: 'cbr', rate: '30 Mb/s' }, response: { size: '3000 B' } })),
    };
    const b = computeBounds(loadScenario(loop));
    for (const f of b.flows) expect(f.reason).toMatch(/loop of ports whose bursts feed each other without bound/);
  });
});
