import { describe, expect, test } from 'vitest';
import type { WorkerFault } from '../../sim/worker/index.ts';
import { browserWorker, simWorkers } from './browserPool.ts';
import { FakeWorker } from './FakeWorker.ts';

/** How the worker's death is told: the fault `dead` rejects with (or null while it lives). */
async function deathOf(w: FakeWorker, pool = browserWorker(w.asWorker())): Promise<WorkerFault | null> {
  let fault: WorkerFault | null = null;
  pool.dead.catch((f: WorkerFault) => (fault = f));
  await Promise.resolve();
  await Promise.resolve();
  return fault;
}

describe('a Web Worker of the pool', () => {
  test('an error event without a message before any answer: its script did not load', async () => {
    const w = new FakeWorker();
    const pool = browserWorker(w.asWorker());
    w.emitError('');
    expect(await deathOf(w, pool)).toMatchObject({ kind: 'start', message: 'the worker could not start (its script did not load)' });
  });

  test('an error that escapes it, once it has answered or with a message: it crashed', async () => {
    const early = new FakeWorker();
    const a = browserWorker(early.asWorker());
    early.emitError('Uncaught SyntaxError: Unexpected token');
    expect(await deathOf(early, a)).toMatchObject({ kind: 'crash', message: 'the worker crashed (Uncaught SyntaxError: Unexpected token)' });
    const late = new FakeWorker();
    const b = browserWorker(late.asWorker());
    late.emitMessage();
    late.emitError('');
    expect(await deathOf(late, b)).toMatchObject({ kind: 'crash', message: 'the worker crashed (no message)' });
  });

  test('a message it cannot send us is a crash; the error event does not reach the console', async () => {
    const w = new FakeWorker();
    const pool = browserWorker(w.asWorker());
    w.emitMessageError();
    expect(await deathOf(w, pool)).toMatchObject({ kind: 'crash', message: 'the worker crashed (a message from the worker could not be read)' });
    const v = new FakeWorker();
    browserWorker(v.asWorker()).dead.catch(() => {});
    const event = Object.assign(new Event('error', { cancelable: true }), { message: 'boom' });
    v.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  test('a live worker is not dead; terminate ends it', async () => {
    const w = new FakeWorker();
    const pool = browserWorker(w.asWorker());
    w.emitMessage();
    expect(await deathOf(w, pool)).toBeNull();
    await pool.terminate();
    expect(w.terminated).toBe(true);
  });

  test('runs and plans use cores − 1 workers, at least 2 and at most 8', () => {
    expect(simWorkers(2)).toBe(2);
    expect(simWorkers(6)).toBe(5);
    expect(simWorkers(32)).toBe(8);
  });
});
