import { describe, expect, test } from 'vitest';
import { createSimApi, type ScenarioJson } from '../../sim/api/index.ts';
import { newScenario } from '../model/edits.ts';
import type { SimWorker } from './createSimWorker.ts';
import { FakeWorker } from './FakeWorker.ts';
import { CancelledError, ReplicationFailed, SimRunner } from './SimRunner.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const never = () => new Promise<never>(() => {});

type Fault = 'throw' | 'silent' | 'crash' | 'oom';

/** Workers that run the real SimApi in this thread, except for the replications given a fault; `noStart`: their script never loads. */
function fakeWorkers(faults: Record<number, Fault> = {}, noStart = false) {
  const made: FakeWorker[] = [];
  const make = (): SimWorker => {
    const w = new FakeWorker();
    made.push(w);
    const real = createSimApi();
    if (noStart) setTimeout(() => w.emitError(''), 1);
    const api = {
      load: async (...args: Parameters<typeof real.load>) => {
        if (noStart) return never();
        await tick(1);
        w.emitMessage();
        return real.load(...args);
      },
      runReplication: async (r: number, onProgress?: Parameters<typeof real.runReplication>[1]) => {
        await tick(5);
        if (w.terminated) return never(); // a terminated worker never answers
        switch (faults[r]) {
          case 'throw':
            throw new Error(`engine bug in replication ${r}`);
          case 'oom':
            throw Object.assign(new Error('Array buffer allocation failed'), { name: 'RangeError' });
          case 'silent':
            return never();
          case 'crash':
            w.emitError('Uncaught InternalError: too much recursion');
            return never();
        }
        return real.runReplication(r, onProgress);
      },
    };
    return { worker: w.asWorker(), api: api as unknown as SimWorker['api'] };
  };
  return { made, make };
}

function scenario(replications: number): ScenarioJson {
  return { ...newScenario(), simulation: { duration: '50 ms', seed: 1, replications } };
}

describe('SimRunner', () => {
  test('replications spread over the workers merge into one report; the run’s workers are terminated, one fresh worker kept warm', async () => {
    const { made, make } = fakeWorkers();
    const runner = new SimRunner(make);
    const report = await runner.start({ input: { scenario: scenario(4) }, workers: 2 }).promise;
    expect(report.replications).toBe(4);
    expect(report.flows[0].sent).toBeGreaterThan(0);
    expect(made.slice(0, 2).every((w) => w.terminated)).toBe(true);
    expect(runner.liveWorkers).toBe(1);
  });

  test('a replication that throws ends the run at once, naming the replication and the error; the other workers are terminated', async () => {
    const { made, make } = fakeWorkers({ 2: 'throw' });
    const runner = new SimRunner(make);
    const run = runner.start({ input: { scenario: scenario(6) }, workers: 3 }).promise;
    await expect(run).rejects.toThrow('replication 3 of 6 failed: an error in the worker: engine bug in replication 2');
    await expect(run).rejects.toBeInstanceOf(ReplicationFailed);
    expect(made.slice(0, 3).every((w) => w.terminated)).toBe(true);
    expect(runner.liveWorkers).toBe(1);
  });

  test('a worker that stops sending progress ends the run after the allowed silence, naming its replication', async () => {
    const { made, make } = fakeWorkers({ 1: 'silent' });
    const runner = new SimRunner(make, { silenceMs: 300 });
    const t0 = performance.now();
    const run = runner.start({ input: { scenario: scenario(3) }, workers: 3 }).promise;
    await expect(run).rejects.toThrow('replication 2 of 3 failed: the worker stopped answering: no progress for 300 ms');
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(3000);
    expect(made.slice(0, 3).every((w) => w.terminated)).toBe(true);
  });

  test('a worker that crashes, or runs out of memory, ends the run with that cause', async () => {
    const crash = fakeWorkers({ 0: 'crash' });
    await expect(new SimRunner(crash.make).start({ input: { scenario: scenario(2) }, workers: 2 }).promise).rejects.toThrow('replication 1 of 2 failed: the worker crashed (Uncaught InternalError: too much recursion)');
    const oom = fakeWorkers({ 1: 'oom' });
    await expect(new SimRunner(oom.make).start({ input: { scenario: scenario(2) }, workers: 2 }).promise).rejects.toThrow('replication 2 of 2 failed: the worker ran out of memory (RangeError: Array buffer allocation failed)');
  });

  test('a worker whose script does not load ends the run: it could not start', async () => {
    const { make } = fakeWorkers({}, true);
    const runner = new SimRunner(make);
    await expect(runner.start({ input: { scenario: scenario(1) } }).promise).rejects.toThrow('replication 1 of 1 failed: the worker could not start (its script did not load)');
  });

  test('after a failed run the next run works (on fresh workers)', async () => {
    const faults: Record<number, Fault> = { 0: 'throw' };
    const { make } = fakeWorkers(faults);
    const runner = new SimRunner(make);
    await expect(runner.start({ input: { scenario: scenario(2) }, workers: 2 }).promise).rejects.toBeInstanceOf(ReplicationFailed);
    delete faults[0];
    const report = await runner.start({ input: { scenario: scenario(2) }, workers: 2 }).promise;
    expect(report.replications).toBe(2);
  });

  test('cancel rejects with CancelledError and terminates the workers', async () => {
    const { made, make } = fakeWorkers({ 0: 'silent' });
    const runner = new SimRunner(make);
    const handle = runner.start({ input: { scenario: scenario(1) } });
    await tick(20);
    handle.cancel();
    await expect(handle.promise).rejects.toBeInstanceOf(CancelledError);
    expect(made[0].terminated).toBe(true);
    expect(runner.liveWorkers).toBe(1);
  });
});
