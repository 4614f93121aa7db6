import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeWorker } from './FakeWorker.ts';
import { faultOf, WorkerFault, WorkerWatch } from './WorkerWatch.ts';

const never = () => new Promise<never>(() => {});

describe('WorkerWatch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a call that answers in time settles as it does', async () => {
    const watch = new WorkerWatch(new FakeWorker().asWorker());
    await expect(watch.guard(Promise.resolve(42), 1000)).resolves.toBe(42);
  });

  test('a worker silent for longer than allowed is reported as stuck, at that moment', async () => {
    const watch = new WorkerWatch(new FakeWorker().asWorker());
    const call = watch.guard(never(), 1000);
    const seen = expect(call).rejects.toMatchObject({ kind: 'silent', message: 'the worker stopped answering: no progress for 1 s (stuck in a loop, or it ended without a word)' });
    await vi.advanceTimersByTimeAsync(1001);
    await seen;
  });

  test('progress restarts the silence: a long call that keeps reporting is not stuck', async () => {
    const watch = new WorkerWatch(new FakeWorker().asWorker());
    let done!: (v: string) => void;
    const call = watch.guard(new Promise<string>((r) => (done = r)), 1000);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      watch.alive();
    }
    done('finished after 4.5 s');
    await expect(call).resolves.toBe('finished after 4.5 s');
  });

  test('an error event without a message before any answer: the worker could not start; an error that escapes it: it crashed', async () => {
    const early = new FakeWorker();
    const a = new WorkerWatch(early.asWorker()).guard(never(), 60_000);
    early.emitError('');
    await expect(a).rejects.toMatchObject({ kind: 'start', message: 'the worker could not start (its script did not load)' });

    const late = new FakeWorker();
    const watch = new WorkerWatch(late.asWorker());
    late.emitMessage();
    const b = watch.guard(never(), 60_000);
    late.emitError('Uncaught Error: boom');
    await expect(b).rejects.toMatchObject({ kind: 'crash', message: 'the worker crashed (Uncaught Error: boom)' });
  });

  test('an error event while no call is pending is remembered: the next call fails at once', async () => {
    const w = new FakeWorker();
    const watch = new WorkerWatch(w.asWorker());
    w.emitError('Uncaught SyntaxError: Unexpected token');
    await expect(watch.guard(Promise.resolve(1), 60_000)).rejects.toMatchObject({ kind: 'crash', message: 'the worker crashed (Uncaught SyntaxError: Unexpected token)' });
  });

  test('a rejected call is a fault too: an error the simulation threw, or memory it could not get', async () => {
    const watch = new WorkerWatch(new FakeWorker().asWorker());
    await expect(watch.guard(Promise.reject(new Error('boom')), 1000)).rejects.toMatchObject({ kind: 'threw', message: 'an error in the worker: boom' });
    const oom = Object.assign(new Error('Array buffer allocation failed'), { name: 'RangeError' });
    await expect(watch.guard(Promise.reject(oom), 1000)).rejects.toMatchObject({ kind: 'memory', message: 'the worker ran out of memory (RangeError: Array buffer allocation failed)' });
    expect(faultOf(new TypeError('x is not a function')).message).toBe('an error in the worker: TypeError: x is not a function');
  });

  test('dispose rejects the pending call as stopped, and no timer fires afterwards', async () => {
    const watch = new WorkerWatch(new FakeWorker().asWorker());
    const call = watch.guard(never(), 1000);
    watch.dispose();
    await expect(call).rejects.toBeInstanceOf(WorkerFault);
    await expect(call).rejects.toMatchObject({ kind: 'stopped' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
