/**
 * The CLI's pool against real worker threads that fail the ways workers fail (stand-ins for the
 * SimApi worker in test/cli/faultyWorkers): each ends the run within seconds with a message
 * naming the replication, and the other workers are stopped.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../sim/api/index.ts';
import { WorkFailed } from '../sim/worker/index.ts';
import { nodePool } from './nodePool.ts';

const model = loadScenario(
  {
    format: 'netloom.scenario/v1',
    name: 'two hosts',
    nodes: [
      { id: 'A', type: 'plc' },
      { id: 'B', type: 'io' },
    ],
    links: [{ from: 'A', to: 'B', rate: '100 Mb/s' }],
    flows: [],
  },
  {},
  { replications: 3 },
);
const worker = (name: string) => new URL(`../test/cli/faultyWorkers/${name}.mjs`, import.meta.url);
const run = (name: string) => nodePool(worker(name), 2, { silenceMs: 1500, heapMb: 48 }).run({ model }).promise;

describe('the CLI’s pool with a failing worker thread', () => {
  it.each([
    ['throws', /^replication 2 of 3 failed: an error in the worker: TypeError: Cannot read properties of undefined \(reading "rate"\)$/],
    ['exits', /^replication 2 of 3 failed: the worker stopped: its thread exited with code 7$/],
    ['oom', /^replication 2 of 3 failed: the worker ran out of memory \(its heap limit is 48 MB\)$/],
    ['spins', /^replication 2 of 3 failed: the worker stopped answering: no progress for 1\.5 s/],
  ])('a worker that %s: WorkFailed naming the replication, within seconds', async (name, message) => {
    const started = performance.now();
    const e = await run(name).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(WorkFailed);
    expect((e as Error).message).toMatch(message);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a run past its limits inside a worker stays a ResourceLimitError (exit 2, not a fault)', async () => {
    const e = await run('limit').catch((x: unknown) => x);
    expect((e as Error).name).toBe('ResourceLimitError');
    expect((e as Error).message).toContain('packets in flight');
  });
});
