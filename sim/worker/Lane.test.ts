import type { Remote } from 'comlink';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSimApi, runScenario } from '../api/createSimApi.ts';
import type { MessagePart } from '../api/messageParts.ts';
import type { SimApi } from '../api/SimApi.ts';
import { FakeWorker, never } from './fakeWorker.ts';
import { Lane } from './Lane.ts';
import type { Timer } from './PoolWorker.ts';
import { faultOf, WorkerFault } from './WorkerFault.ts';

const timer: Timer = {
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  now: () => Date.now(),
};
const lane = (w = new FakeWorker({} as Remote<SimApi>)) => new Lane(w, timer);

describe('Lane: one worker, watched', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a call that answers in time settles as it does', async () => {
    await expect(lane().guard(() => Promise.resolve(42), 1000)).resolves.toBe(42);
  });

  test('a worker silent for longer than allowed is reported as stuck, at that moment', async () => {
    const call = lane().guard(never, 1000);
    const seen = expect(call).rejects.toMatchObject({
      kind: 'silent',
      message: 'the worker stopped answering: no progress for 1 s (stuck in a loop, or it ended without a word)',
    });
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void call.catch(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    await seen;
  });

  test('progress restarts the silence: a long call that keeps reporting is not stuck', async () => {
    const l = lane();
    let done!: (v: string) => void;
    const call = l.guard(() => new Promise<string>((r) => (done = r)), 1000);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      l.alive();
    }
    done('finished after 4.5 s');
    await expect(call).resolves.toBe('finished after 4.5 s');
  });

  test('a worker that dies fails the pending call with the host’s fault, and every later call at once', async () => {
    const w = new FakeWorker({} as Remote<SimApi>);
    const l = lane(w);
    const call = l.guard(never, 60_000);
    w.die('crash', 'Uncaught Error: boom');
    await expect(call).rejects.toMatchObject({ kind: 'crash', message: 'the worker crashed (Uncaught Error: boom)' });
    expect(l.dead).toBe(true);
    await expect(l.guard(() => Promise.resolve(1), 60_000)).rejects.toMatchObject({ kind: 'crash' });
  });

  test('a death while no call is pending is remembered: the next call fails at once', async () => {
    const w = new FakeWorker({} as Remote<SimApi>);
    const l = lane(w);
    w.die('exit', '7');
    await Promise.resolve();
    await expect(l.guard(() => Promise.resolve(1), 60_000)).rejects.toMatchObject({
      kind: 'exit',
      message: 'the worker stopped: its thread exited with code 7',
    });
  });

  test('a rejected call is a fault too: an error the simulation threw, or memory it could not get; the worker stays usable', async () => {
    const l = lane();
    await expect(l.guard(() => Promise.reject(new Error('boom')), 1000)).rejects.toMatchObject({ kind: 'threw', message: 'an error in the worker: boom' });
    const oom = Object.assign(new Error('Array buffer allocation failed'), { name: 'RangeError' });
    await expect(l.guard(() => Promise.reject(oom), 1000)).rejects.toMatchObject({
      kind: 'memory',
      message: 'the worker ran out of memory (RangeError: Array buffer allocation failed)',
    });
    expect(faultOf(new TypeError('x is not a function')).message).toBe('an error in the worker: TypeError: x is not a function');
    await expect(l.guard(() => Promise.resolve('still here'), 1000)).resolves.toBe('still here');
  });

  test('the input’s own errors come back as they are: a ScenarioError, a run past its limits', async () => {
    const limit = Object.assign(new Error('1,048,576 packets in flight would need 51 MiB'), { name: 'ResourceLimitError' });
    const e = await lane()
      .guard(() => Promise.reject(limit), 1000)
      .catch((x: unknown) => x);
    expect(e).toBe(limit);
    expect(e).not.toBeInstanceOf(WorkerFault);
  });

  test('stop rejects the pending call as stopped, terminates the worker, and no timer fires afterwards', async () => {
    const w = new FakeWorker({} as Remote<SimApi>);
    const l = lane(w);
    const call = l.guard(never, 1000);
    await l.stop();
    await expect(call).rejects.toMatchObject({ kind: 'stopped', message: 'the worker was stopped' });
    expect(w.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('Lane.load: a large scenario goes to the worker in parts', () => {
  /** a star of 1,500 devices (more than a part's 1,000 items), each sending to the hub */
  const star = () => ({
    format: 'netloom.scenario/v1',
    name: 'star',
    nodes: [{ id: 'hub', type: 'switch' }, ...Array.from({ length: 1500 }, (_, i) => ({ id: `d${i}`, type: 'io' }))],
    links: Array.from({ length: 1500 }, (_, i) => ({ from: `d${i}`, to: 'hub', rate: '100 Mb/s' })),
    flows: Array.from({ length: 1500 }, (_, i) => ({
      id: `f${i}`,
      from: `d${i}`,
      to: 'hub',
      size: '100 B',
      pattern: { type: 'periodic', period: '1 ms' },
      requirement: { latency: '1 ms' },
    })),
    simulation: { duration: '2 ms', seed: 1 },
  });

  test('each part is its own call, and the worker runs the same scenario as one sent whole', async () => {
    const real = createSimApi();
    const calls: string[] = [];
    const api = {
      receive: async (part: MessagePart) => (
        calls.push(part.kind === 'shell' ? 'shell' : `${part.path.join('.')} ${part.items.length}`), real.receive(structuredClone(part))
      ),
      load: async (...args: Parameters<SimApi['load']>) => (calls.push('load'), real.load(...structuredClone(args))),
    };
    const loaded = await lane(new FakeWorker(api as unknown as Remote<SimApi>)).load({ scenario: star() }, undefined, 1000);
    expect(loaded.ok).toBe(true);
    expect(calls).toEqual(['shell', 'nodes 1000', 'nodes 501', 'links 1000', 'links 500', 'flows 1000', 'flows 500', 'load']);
    expect(JSON.stringify({ ...real.run(), wallSeconds: 0 })).toBe(JSON.stringify({ ...runScenario({ scenario: star() }), wallSeconds: 0 }));
  });

  test('a small scenario goes whole, in one call', async () => {
    const calls: string[] = [];
    const api = { load: async () => (calls.push('load'), { ok: true, issues: [] }) };
    await lane(new FakeWorker(api as unknown as Remote<SimApi>)).load({ scenario: { ...star(), nodes: [], links: [], flows: [] } }, undefined, 1000);
    expect(calls).toEqual(['load']);
  });
});
