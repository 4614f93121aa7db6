/**
 * The pool's logic against workers that run in this thread (the real SimApi, or stand-ins) and
 * fail on demand the ways workers fail: a scenario's replications over several workers, and a large
 * one on one worker. The planner's batches and single calls: WorkerPool.evaluator.test.ts. The hosts'
 * own ways of dying are tested with real workers beside them (cli/nodeWorker.test.ts,
 * renderer/sim/browserWorker.test.ts).
 */
import type { Remote } from 'comlink';
import { describe, expect, test } from 'vitest';
import { createSimApi, runScenario } from '../api/createSimApi.ts';
import type { Report } from '../api/Report.ts';
import type { SimApi } from '../api/SimApi.ts';
import { loadScenario } from '../scenario/load.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { FakeWorker, fakePool as pool, never, tick } from './fakeWorker.ts';
import { RunCancelled } from './poolTypes.ts';
import type { WorkerPool } from './WorkerPool.ts';
import { WorkFailed } from './WorkerFault.ts';

function scenario(replications: number, duration = '50 ms'): ScenarioJson {
  return {
    format: 'netloom.scenario/v1',
    name: 'two hosts',
    nodes: [
      { id: 'A', type: 'plc' },
      { id: 'B', type: 'io' },
    ],
    links: [{ from: 'A', to: 'B', rate: '100 Mb/s' }],
    flows: [{ id: 'ctrl', from: 'A', to: 'B', size: '100 B', pattern: { type: 'poisson', rate: '1 Mb/s' }, requirement: { latency: '1 ms' } }],
    simulation: { duration, seed: 1, replications },
  };
}

type Fault = 'throw' | 'silent' | 'crash' | 'oom' | 'limit' | 'slow' | 'late';

/** Workers that run the real SimApi here, except for the replications given a fault; `noStart`: their script never loads. */
function simWorkers(faults: Record<number, Fault> = {}, noStart = false) {
  const made: FakeWorker[] = [];
  /** what the workers were given: scenarios to compile (load), compiled ones (adopt) */
  const compiled = { loaded: 0, adopted: 0 };
  /** the parts of a kept report fetched, in order */
  const parts: string[] = [];
  /** reload calls, and those that found the scenario kept */
  const reloads = { asked: 0, kept: 0 };
  const make = (): FakeWorker => {
    const real = createSimApi();
    const api = {
      load: async (...args: Parameters<SimApi['load']>) => {
        if (noStart) return never();
        await tick(1);
        compiled.loaded++;
        const [input, options, keepAs] = args;
        return real.load(structuredClone(input), options, keepAs); // a copy, as postMessage makes it
      },
      unload: async () => {
        parts.push('unload');
        return real.unload();
      },
      reload: async (...args: Parameters<SimApi['reload']>) => {
        await tick(1);
        reloads.asked++;
        const out = real.reload(...args);
        if (out) reloads.kept++;
        return out;
      },
      adopt: async (...args: Parameters<SimApi['adopt']>) => {
        if (noStart) return never();
        await tick(1);
        compiled.adopted++;
        const [model, limits] = args;
        return real.adopt(structuredClone(model), limits); // a worker gets a copy, as postMessage makes it
      },
      runKept: async (onProgress?: Parameters<SimApi['runKept']>[0]) => {
        await tick(5);
        if (faults[0] === 'silent') return never();
        return structuredClone(real.runKept(onProgress));
      },
      keptFlows: async (from: number, to: number) => {
        parts.push(`flows ${from}-${to}`);
        return structuredClone(real.keptFlows(from, to));
      },
      keptLinks: async (from: number, to: number) => {
        parts.push(`links ${from}-${to}`);
        return structuredClone(real.keptLinks(from, to));
      },
      runReplication: async (r: number, onProgress?: Parameters<SimApi['runReplication']>[1]) => {
        await tick(5);
        if (w.terminated) return never(); // a terminated worker never answers
        switch (faults[r]) {
          case 'throw':
            throw new Error(`engine bug in replication ${r}`);
          case 'oom':
            throw Object.assign(new Error('Array buffer allocation failed'), { name: 'RangeError' });
          case 'limit':
            throw Object.assign(new Error('packets in flight would need 51 MiB'), { name: 'ResourceLimitError' });
          case 'silent':
            return never();
          case 'slow': // longer than the silence allowed, reporting progress all along
            for (let i = 0; i < 6; i++) {
              await onProgress?.({ replication: r, fraction: i / 6, simulated: 0, events: i });
              await tick(100);
            }
            break;
          case 'late': // done, then silent longer than the silence allowed, as a large plant's results are copied back
            await onProgress?.({ replication: r, fraction: 1, simulated: 0, events: 0 });
            await tick(500);
            break;
          case 'crash':
            w.die('crash', 'Uncaught InternalError: too much recursion');
            return never();
        }
        return real.runReplication(r, onProgress);
      },
    };
    const w = new FakeWorker(api as unknown as Remote<SimApi>);
    if (noStart) setTimeout(() => w.die('start'), 1);
    made.push(w);
    return w;
  };
  return { made, make, compiled, parts, reloads };
}

const runOf = (p: WorkerPool, s: ScenarioJson, workers?: number) => p.run({ model: loadScenario(s), workers });
const withoutWall = (r: Report) => JSON.stringify({ ...r, wallSeconds: 0 });

describe('WorkerPool.run: a scenario’s replications over several workers', () => {
  test('merge into the report a single thread gives, whatever the number of workers; the run’s workers stop, one fresh one is kept warm', async () => {
    const s = scenario(5);
    const reference = withoutWall(runScenario({ scenario: s }));
    for (const workers of [1, 2, 3]) {
      const { made, make } = simWorkers();
      const p = pool(make, { size: 3, warm: 1 });
      const report = await runOf(p, s, workers).promise;
      expect(withoutWall(report)).toBe(reference);
      expect(made.slice(0, workers).every((w) => w.terminated)).toBe(true);
      expect(p.liveWorkers).toBe(1);
    }
  });

  test('the scenario is compiled once, by the host: each worker runs a copy of its model and compiles nothing', async () => {
    const { make, compiled } = simWorkers();
    await runOf(pool(make, { size: 3 }), scenario(6), 3).promise;
    expect(compiled).toEqual({ loaded: 0, adopted: 3 });
  });

  test('progress counts replications done and events, across workers', async () => {
    const { make } = simWorkers();
    const seen: { done: number; total: number }[] = [];
    const s = scenario(3, '200 ms');
    await pool(make).run({ model: loadScenario(s), onProgress: (p) => seen.push(p) }).promise;
    expect(seen.at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1].done - 1)).toBe(true);
  });

  test('a replication that throws ends the run at once, naming the replication and the error; the other workers stop', async () => {
    const { made, make } = simWorkers({ 2: 'throw' });
    const p = pool(make, { size: 3, warm: 1 });
    const run = runOf(p, scenario(6)).promise;
    await expect(run).rejects.toThrow('replication 3 of 6 failed: an error in the worker: engine bug in replication 2');
    await expect(run).rejects.toBeInstanceOf(WorkFailed);
    expect(made.slice(0, 3).every((w) => w.terminated)).toBe(true);
    expect(p.liveWorkers).toBe(1);
  });

  test('a long replication that keeps reporting progress is not stuck', async () => {
    const report = await runOf(pool(simWorkers({ 1: 'slow' }).make, { silenceMs: 300 }), scenario(2)).promise;
    expect(report.replications).toBe(2);
  });

  test('a replication may be silent longer while it hands back the results of a plant that took long to load', async () => {
    const model = loadScenario(scenario(2));
    // loaded in 100 ms: 300 ms + 5 × 100 ms of silence allowed, and the replication is silent for 500 ms
    const report = await pool(simWorkers({ 1: 'late' }).make, { silenceMs: 300 }).run({ model, loadMs: 100 }).promise;
    expect(report.replications).toBe(2);
    // a scenario that loaded at once has no more than the silence allowed
    await expect(pool(simWorkers({ 1: 'late' }).make, { silenceMs: 300 }).run({ model, loadMs: 0 }).promise).rejects.toThrow(
      'replication 2 of 2 failed: the worker stopped answering: no progress for 300 ms',
    );
  });

  test('a worker that stops sending progress ends the run after the allowed silence, naming its replication', async () => {
    const { made, make } = simWorkers({ 1: 'silent' });
    const t0 = performance.now();
    const run = runOf(pool(make, { size: 3, silenceMs: 300 }), scenario(3)).promise;
    await expect(run).rejects.toThrow('replication 2 of 3 failed: the worker stopped answering: no progress for 300 ms');
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(290);
    expect(waited).toBeLessThan(3000);
    expect(made.slice(0, 3).every((w) => w.terminated)).toBe(true);
  });

  test('a worker that crashes, runs out of memory or does not start ends the run with that cause', async () => {
    await expect(runOf(pool(simWorkers({ 0: 'crash' }).make), scenario(2)).promise).rejects.toThrow(
      'replication 1 of 2 failed: the worker crashed (Uncaught InternalError: too much recursion)',
    );
    await expect(runOf(pool(simWorkers({ 1: 'oom' }).make), scenario(2)).promise).rejects.toThrow(
      'replication 2 of 2 failed: the worker ran out of memory (RangeError: Array buffer allocation failed)',
    );
    await expect(runOf(pool(simWorkers({}, true).make), scenario(1)).promise).rejects.toThrow(
      'replication 1 of 1 failed: the worker could not start (its script did not load)',
    );
  });

  test('a run past its limits inside a worker stays the input’s error (a ResourceLimitError), not a fault', async () => {
    const e = await runOf(pool(simWorkers({ 1: 'limit' }).make), scenario(2)).promise.catch((x: unknown) => x);
    expect((e as Error).name).toBe('ResourceLimitError');
    expect(e).not.toBeInstanceOf(WorkFailed);
  });

  test('after a failed run the next run works, on fresh workers', async () => {
    const faults: Record<number, Fault> = { 0: 'throw' };
    const { made, make } = simWorkers(faults);
    const p = pool(make, { warm: 1 });
    await expect(runOf(p, scenario(2)).promise).rejects.toBeInstanceOf(WorkFailed);
    delete faults[0];
    const before = made.length;
    expect((await runOf(p, scenario(2)).promise).replications).toBe(2);
    expect(made.length).toBeGreaterThan(before);
  });

  test('cancel rejects with RunCancelled and stops the workers; one fresh one is kept warm', async () => {
    const { made, make } = simWorkers({ 0: 'silent' });
    const p = pool(make, { warm: 1 });
    const handle = runOf(p, scenario(1));
    await tick(20);
    handle.cancel();
    await expect(handle.promise).rejects.toBeInstanceOf(RunCancelled);
    expect(made[0].terminated).toBe(true);
    expect(p.liveWorkers).toBe(1);
  });
});

describe('RunOptions.histograms: the charted flows’ latency buckets, through both of the pool’s runs', () => {
  test('run (the CLI’s report) and runWhole (the app on a large plant) keep them as a single thread does, only when asked', async () => {
    const s = scenario(3);
    const options = { histograms: 12 };
    const reference = withoutWall(runScenario({ scenario: s }, options));
    expect(JSON.parse(reference).flows[0].histogram.count.length).toBeGreaterThan(0);
    const folded = await pool(simWorkers().make, { size: 2 }).run({ model: loadScenario(s), options }).promise;
    expect(withoutWall(folded)).toBe(reference);
    const whole = await pool(simWorkers().make).runWhole({ input: { scenario: s }, options }).promise;
    expect(withoutWall(whole)).toBe(reference);
    expect((await runOf(pool(simWorkers().make), s).promise).flows[0].histogram).toBeUndefined();
  });
});

describe('WorkerPool.evaluator({ spread: true }): one verification’s replications over the workers', () => {
  test('one scenario of several replications (a verification) spreads them over the workers: the report one worker gives; workers kept', async () => {
    const s = scenario(4);
    const { made, make, compiled } = simWorkers();
    const p = pool(make, { size: 2 });
    const [r] = await p.evaluator({ spread: true })([s], { durationS: 0.05, replications: 4 });
    const one = createSimApi();
    one.load({ scenario: s }, { durationS: 0.05, replications: 4 });
    expect(withoutWall(r as Report)).toBe(withoutWall(one.run()));
    expect(compiled).toEqual({ loaded: 0, adopted: 2 }); // compiled here once, run on both workers
    expect(made.some((w) => w.terminated)).toBe(false);
    await p.evaluator({ spread: true })([s], { durationS: 0.05, replications: 4 });
    expect(made).toHaveLength(2);
  });

  test('a spread verification whose replication passes a limit, or does not load, is an error in its place', async () => {
    const p = pool(simWorkers({ 2: 'limit' }).make, { size: 2 });
    const evaluate = p.evaluator({ spread: true });
    expect(await evaluate([scenario(4)], { durationS: 0.05, replications: 4 })).toEqual([{ error: 'packets in flight would need 51 MiB' }]);
    const bad = { ...scenario(2), links: [{ from: 'A', to: 'B', rate: 'fast' }] };
    const [r] = await evaluate([bad], { durationS: 0.05, replications: 2 });
    expect((r as { error: string }).error).toMatch(/^links\[0\]\.rate/);
  });
});

describe('WorkerPool.runWhole: a large scenario on one worker, its report brought over in parts', () => {
  const three = (): ScenarioJson => {
    const s = scenario(3);
    return { ...s, flows: [0, 1, 2].map((i) => ({ ...s.flows![0], id: `f${i}` })) };
  };

  test('the worker compiles and runs it: the report a single thread gives, its flows and links fetched a part at a time; the worker is kept', async () => {
    const s = three();
    const { made, make, compiled, parts } = simWorkers();
    const seen: { done: number; total: number }[] = [];
    const report = await pool(make).runWhole({ input: { scenario: s }, part: 2, onProgress: (p) => seen.push(p) }).promise;
    expect(withoutWall(report)).toBe(withoutWall(runScenario({ scenario: s })));
    expect(compiled).toEqual({ loaded: 1, adopted: 0 });
    expect(parts).toEqual(['flows 0-2', 'flows 2-4', 'links 0-2', 'unload']); // 3 flows, 2 directed links; then only the scenario kept
    expect(seen.at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(made[0].terminated).toBe(false); // with the scenario in it, for the next run (below)
  });

  test('two runs of one scenario send it once: the second loads the copy its worker kept, with its own options (a preview, then the full run)', async () => {
    const s = three();
    const { made, make, compiled, reloads } = simWorkers();
    const p = pool(make, { warm: 1 });
    const preview = await p.runWhole({ input: { scenario: s }, options: { durationS: 0.02, replications: 1 } }).promise;
    const full = await p.runWhole({ input: { scenario: s } }).promise;
    expect(withoutWall(preview)).toBe(withoutWall(runScenario({ scenario: s }, { durationS: 0.02, replications: 1 })));
    expect(withoutWall(full)).toBe(withoutWall(runScenario({ scenario: s })));
    expect(compiled.loaded).toBe(1); // sent once
    expect(reloads).toEqual({ asked: 1, kept: 1 });
    expect(made).toHaveLength(1);
  });

  test('a run after an edit sends the edited scenario and reports on it, not on the kept one', async () => {
    const s = three();
    const edited: ScenarioJson = { ...s, links: [{ ...s.links![0], rate: '10 Mb/s' }] }; // a new object, as an edit makes
    const { make, compiled, reloads } = simWorkers();
    const p = pool(make);
    const before = await p.runWhole({ input: { scenario: s } }).promise;
    const after = await p.runWhole({ input: { scenario: edited } }).promise;
    expect(withoutWall(after)).toBe(withoutWall(runScenario({ scenario: edited })));
    expect(withoutWall(after)).not.toBe(withoutWall(before));
    expect(compiled.loaded).toBe(2);
    expect(reloads.asked).toBe(0);
  });

  test('a worker that loaded another scenario meanwhile (a direct load, as the evaluator does) is sent the scenario again', async () => {
    const s = three();
    const { make, compiled, reloads } = simWorkers();
    const p = pool(make, { size: 1 });
    await p.runWhole({ input: { scenario: s } }).promise;
    await p.evaluator()([scenario(1)], { durationS: 0.02, replications: 1 }); // the same worker, another scenario loaded without a key
    const again = await p.runWhole({ input: { scenario: s } }).promise;
    expect(withoutWall(again)).toBe(withoutWall(runScenario({ scenario: s })));
    expect(reloads).toEqual({ asked: 1, kept: 0 });
    expect(compiled.loaded).toBe(3);
  });

  test('by default a part is 100 flows or links, so that decoding one on the host stays a short task (bench/app/flow.ts)', async () => {
    const s = scenario(1, '1 ms');
    const many = { ...s, flows: Array.from({ length: 150 }, (_, i) => ({ ...s.flows![0], id: `f${i}` })) };
    const { make, parts } = simWorkers();
    const report = await pool(make).runWhole({ input: { scenario: many } }).promise;
    expect(report.flows).toHaveLength(150);
    expect(parts).toEqual(['flows 0-100', 'flows 100-200', 'links 0-100', 'unload']);
  });

  test('a scenario that does not compile fails with its issues (a ScenarioError), not a fault', async () => {
    const bad = { ...scenario(1), links: [{ from: 'A', to: 'C', rate: '100 Mb/s' }] };
    const run = pool(simWorkers().make).runWhole({ input: { scenario: bad } }).promise;
    await expect(run).rejects.toMatchObject({ name: 'ScenarioError', issues: expect.arrayContaining([expect.objectContaining({ path: 'links[0].to' })]) });
  });

  test('a worker that stays silent ends the run naming it; cancel() ends it at once as RunCancelled', async () => {
    const silent = pool(simWorkers({ 0: 'silent' }).make, { silenceMs: 300 }).runWhole({ input: { scenario: scenario(1) } }).promise;
    await expect(silent).rejects.toThrow('the run (1 replication) failed: the worker stopped answering: no progress for 300 ms');
    const { made, make } = simWorkers();
    const handle = pool(make).runWhole({ input: { scenario: scenario(2, '2 s') } });
    handle.cancel();
    await expect(handle.promise).rejects.toBeInstanceOf(RunCancelled);
    expect(made[0].terminated).toBe(true);
  });
});
