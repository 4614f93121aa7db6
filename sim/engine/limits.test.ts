import { describe, expect, it } from 'vitest';
import { ResourceLimitError } from '../core/ResourceLimit.ts';
import { loadScenario } from '../scenario/load.ts';
import { Simulation } from './Simulation.ts';

/** 100,000 packets sent at one instant from a host whose NIC queue has no limit: all held at once. */
const pileUp = () =>
  loadScenario({
    format: 'netloom.scenario/v1',
    name: 'pile-up',
    nodes: [
      { id: 'A', type: 'camera' },
      { id: 'B', type: 'compute' },
    ],
    links: [{ from: 'A', to: 'B', rate: '1 Gb/s', delay: '0 s' }],
    flows: [{ id: 'dump', from: 'A', to: 'B', size: '100 B', pattern: { type: 'trace', times: new Array(100_000).fill(0) } }],
    simulation: { duration: '1 s' },
  });

describe('resource limits of one replication', () => {
  it('stops with a ResourceLimitError naming what grew and where, not a RangeError or an OOM kill', () => {
    // messages and packets double from 4,096: the messages' arrays pass 1 MiB at 16,384 of them
    const sim = new Simulation(pileUp(), 0, { maxMemoryBytes: 2 ** 20 });
    expect(() => sim.run()).toThrow(ResourceLimitError);
    expect(() => new Simulation(pileUp(), 0, { maxMemoryBytes: 2 ** 20 }).run()).toThrow(
      new RegExp(
        /^replication 1: 16,384 messages in flight would need 1\.0\d MiB of memory, more than the limit of 1 MiB at 0 s of simulated time; /.source +
          /the longest queue, 8,191 packets, is at A's port to B: more traffic is sent there than its link carries$/.source,
      ),
    );
    // the same run fits in a larger budget, and delivers every packet
    const r = new Simulation(pileUp(), 0, { maxMemoryBytes: 64 * 2 ** 20 }).run();
    expect(r.flows[0].delivered).toBe(100_000);
  });

  it('counts requests waiting at a compute node against the memory limit too', () => {
    // 7,000 requests, one per microsecond, to one server that takes 1 s each: they all wait there
    const queued = () =>
      loadScenario({
        format: 'netloom.scenario/v1',
        name: 'slow server',
        nodes: [
          { id: 'A', type: 'camera' },
          { id: 'GPU', type: 'compute', compute: { servers: 1, service: '1 s' } },
        ],
        links: [{ from: 'A', to: 'GPU', rate: '10 Gb/s', delay: '0 s' }],
        flows: [{ id: 'q', from: 'A', to: 'GPU', size: '100 B', pattern: { type: 'periodic', period: '1 us' }, response: { size: '100 B' } }],
        simulation: { duration: '7 ms', drain: '1 ms' },
      });
    // the messages fit (8,192 of them); the jobs at the node do not once they pass 4,096 (the need counts the
    // event queue too: 4,096 events of 32 bytes)
    expect(() => new Simulation(queued(), 0, { maxMemoryBytes: 700_000 }).run()).toThrow(
      new RegExp(
        /^replication 1: 8,192 requests at compute nodes would need 0\.738 MiB of memory, more than the limit of 0\.668 MiB /.source +
          /at 4\.096 ms of simulated time; 4,095 requests wait at GPU: they come faster than its servers serve them$/.source,
      ),
    );
    expect(new Simulation(queued(), 0, { maxMemoryBytes: 2 ** 20 }).run().flows[0].sent).toBe(7000);
  });

  it('names an LLM engine whose requests pile up faster than it serves them', () => {
    // a request every 10 µs, each 1,000 + 1,000 tokens, to Llama-3.1-8B on one L4 (60,577 tokens of KV cache: 30 at once, each
    // taking seconds): the rest wait to join, holding their messages
    const llm = loadScenario({
      format: 'netloom.scenario/v1',
      name: 'slow llm',
      nodes: [
        { id: 'A', type: 'hmi' },
        { id: 'LLM', type: 'compute', compute: { accelerator: 'L4' } },
      ],
      links: [{ from: 'A', to: 'LLM', rate: '10 Gb/s', delay: '0 s' }],
      flows: [
        {
          id: 'q',
          from: 'A',
          to: 'LLM',
          size: '100 B',
          pattern: { type: 'periodic', period: '10 us' },
          response: {},
          llm: { model: 'llama-3.1-8b', promptTokens: 1000, outputTokens: 1000 },
        },
      ],
      simulation: { duration: '1 s', drain: '1 ms' },
    });
    expect(() => new Simulation(llm, 0, { maxMemoryBytes: 700_000 }).run()).toThrow(/requests wait at LLM: they come faster than its servers serve them$/);
  });

  it('stops a replication past its event limit, checked at progress points (no cost per event)', () => {
    expect(() => new Simulation(pileUp(), 0, { maxEvents: 100_000 }).run()).toThrow(
      /the run passed 131,072 events, more than the limit of 100,000 \(--max-events\)/,
    );
  });
});
