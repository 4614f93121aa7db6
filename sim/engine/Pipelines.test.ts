import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { Simulation } from './Simulation.ts';

/** A → SW → C (a compute node with exponential service, the node's own stream) → SW → B, under Poisson load with queueing. */
const plant = (flow: Record<string, unknown>) =>
  loadScenario({
    format: 'netloom.scenario/v1',
    name: 'one stage',
    nodes: [
      { id: 'A', type: 'sensor' },
      { id: 'SW', type: 'switch' },
      { id: 'C', type: 'compute', compute: { servers: 2, service: { dist: 'exponential', mean: '3 ms' } } },
      { id: 'B', type: 'plc' },
    ],
    links: ['A', 'C', 'B'].map((n) => ({ from: 'SW', to: n, rate: '100 Mb/s', delay: '5 us' })),
    flows: [{ id: 'f', size: '1200 B', pattern: { type: 'poisson', interval: '2 ms' }, ...flow }],
    simulation: { duration: '5 s', seed: 3 },
  });

describe('Pipelines', () => {
  it('a one-stage pipeline gives the figures of the request/response flow it is in effect', () => {
    const request = new Simulation(plant({ from: 'A', to: 'C', response: { size: '300 B', to: 'B' } })).run();
    const pipeline = new Simulation(plant({ from: 'A', to: 'B', pipeline: [{ id: 'infer', at: 'C', size: '300 B' }] })).run();
    const { hist: h1, ...a } = request.flows[0];
    const { hist: h2, ...b } = pipeline.flows[0];
    expect(a.delivered).toBeGreaterThan(2000);
    expect(b).toEqual(a);
    expect(h2).toEqual(h1);
    expect(pipeline.computeByFlow.jobs[0]).toBe(0); // the stage is its own job class, not the flow's
    expect(pipeline.pipelines?.[0].stages[0]).toEqual({
      jobs: request.computeByFlow.jobs[0],
      waitSum: request.computeByFlow.waitSum[0],
      serviceSum: request.computeByFlow.serviceSum[0],
    });
  });

  it('is deterministic: the same seed gives the same paths and legs', () => {
    const flow = {
      from: 'A',
      to: 'B',
      pipeline: [
        { id: 'small', at: 'C', service: { dist: 'exponential', mean: '1 ms' }, escalate: { to: 'large', probability: 0.3 } },
        { id: 'large', at: 'C', model: 'big', service: '4 ms' },
      ],
    };
    const one = new Simulation(plant(flow)).run().pipelines;
    const two = new Simulation(plant(flow)).run().pipelines;
    expect(two).toEqual(one);
    expect(one?.[0].paths.map((p) => p.items)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(one?.[0].legs[2].sum).toBe(0); // small → large: both at C, no network crossing
    expect(one?.[0].legs[2].count).toBeGreaterThan(100);
  });
});
