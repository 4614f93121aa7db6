import { describe, expect, test } from 'vitest';
import type { Report } from '../../sim/api/index.ts';
import type { SimWorker } from './createSimWorker.ts';
import { EvaluatorPool, plannerWorkers } from './EvaluatorPool.ts';
import { FakeWorker } from './FakeWorker.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Fake = { name: string; ms: number; bad?: boolean; fault?: 'throw' | 'silent' | 'crash' };

/** A fake worker: "simulates" a scenario `{ name, ms }` in `ms` milliseconds; `bad` ones fail to load; a `fault` makes it throw, go silent or crash. */
function fakeWorkers() {
  const made: (FakeWorker & { runs: string[] })[] = [];
  const make = (): SimWorker => {
    const me = Object.assign(new FakeWorker(), { runs: [] as string[] });
    made.push(me);
    let loaded: Fake | null = null;
    const api = {
      load: async (input: { scenario: unknown }, o: { durationS?: number; replications?: number }) => {
        loaded = input.scenario as Fake;
        me.emitMessage(); // comlink's answer: the worker has started
        if (loaded.bad) return { ok: false, issues: [{ path: 'links[0].rate', message: 'expected a rate' }] };
        expect(o.durationS).toBe(2);
        return { ok: true, issues: [] };
      },
      run: async (progress?: () => void) => {
        const s = loaded!;
        me.runs.push(s.name);
        if (s.ms < 0) return new Promise(() => {}); // a simulation that would never end (nor report progress)
        if (s.fault === 'throw') throw new Error(`engine bug on ${s.name}`);
        if (s.fault === 'crash') return me.emitError('Uncaught Error: worker bug'), new Promise(() => {});
        for (let t = 0; t < s.ms; t += 20) {
          progress?.();
          await tick(Math.min(20, s.ms - t));
        }
        if (me.terminated) return new Promise(() => {}); // a terminated worker never answers
        return { scenario: s.name, wallSeconds: 0 } as unknown as Report;
      },
    };
    return { worker: me.asWorker(), api: api as unknown as SimWorker['api'] };
  };
  return { made, make };
}

describe('EvaluatorPool', () => {
  test('results come back in input order whatever order the workers finish in', async () => {
    const { made, make } = fakeWorkers();
    const seen: number[] = [];
    const pool = new EvaluatorPool({ size: 3, files: {}, make, onEvaluated: (done) => seen.push(done) });
    const scenarios = [{ name: 'a', ms: 30 }, { name: 'b', ms: 5 }, { name: 'c', ms: 15 }, { name: 'd', ms: 1 }];
    const out = await pool.evaluate(scenarios, { durationS: 2, replications: 1 });
    expect(out.map((r) => (r as Report).scenario)).toEqual(['a', 'b', 'c', 'd']);
    expect(made).toHaveLength(3);
    expect(seen).toEqual([1, 2, 3, 4]);
    for (const r of out) expect((r as Report).wallSeconds).toBeGreaterThan(0);
    pool.close();
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  test('a scenario that does not load becomes an error in its place; the others still run', async () => {
    const { make } = fakeWorkers();
    const pool = new EvaluatorPool({ size: 2, files: {}, make });
    const out = await pool.evaluate([{ name: 'a', ms: 1 }, { name: 'x', ms: 1, bad: true }], { durationS: 2, replications: 1 });
    expect((out[0] as Report).scenario).toBe('a');
    expect(out[1]).toEqual({ error: 'links[0].rate: expected a rate' });
    pool.close();
  });

  test('never starts more workers than there are scenarios, and reuses them across batches', async () => {
    const { made, make } = fakeWorkers();
    const pool = new EvaluatorPool({ size: 4, files: {}, make });
    await pool.evaluate([{ name: 'a', ms: 1 }], { durationS: 2, replications: 1 });
    await pool.evaluate([{ name: 'b', ms: 1 }, { name: 'c', ms: 1 }], { durationS: 2, replications: 1 });
    expect(made).toHaveLength(2);
    pool.close();
  });

  test('aborting the planner’s signal terminates the workers at once; the pending and every later evaluation come back cancelled', async () => {
    const { made, make } = fakeWorkers();
    const abort = new AbortController();
    const pool = new EvaluatorPool({ size: 2, files: {}, make, signal: abort.signal });
    const pending = pool.evaluate([{ name: 'endless', ms: -1 }, { name: 'endless too', ms: -1 }, { name: 'never started', ms: 1 }], { durationS: 2, replications: 1 });
    await tick(10);
    abort.abort();
    // it resolves although no simulation ever finishes
    expect(await pending).toEqual([{ error: 'cancelled' }, { error: 'cancelled' }, { error: 'cancelled' }]);
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(await pool.evaluate([{ name: 'a', ms: 1 }], { durationS: 2, replications: 1 })).toEqual([{ error: 'cancelled' }]);
    expect(made).toHaveLength(2); // no new worker after the abort
  });

  test('a simulation that throws is that scenario’s error; the others still run', async () => {
    const { make } = fakeWorkers();
    const pool = new EvaluatorPool({ size: 2, files: {}, make });
    const out = await pool.evaluate([{ name: 'a', ms: 1, fault: 'throw' }, { name: 'b', ms: 1 }], { durationS: 2, replications: 1 });
    expect(out[0]).toEqual({ error: 'the simulation failed: engine bug on a' });
    expect((out[1] as Report).scenario).toBe('b');
    pool.close();
  });

  test('a worker that sends no progress for too long stops the batch, naming the simulation; every worker is terminated', async () => {
    const { made, make } = fakeWorkers();
    const pool = new EvaluatorPool({ size: 2, files: {}, make, silenceMs: 200 });
    const t0 = performance.now();
    const batch = pool.evaluate([{ name: 'a', ms: 400 }, { name: 'stuck', ms: -1 }, { name: 'c', ms: 1 }], { durationS: 2, replications: 1 });
    await expect(batch).rejects.toThrow('simulation 2 of 3 (2 s × 1) failed: the worker stopped answering: no progress for 200 ms');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(made[0].runs).toEqual(['a']); // a long simulation that reports progress is not stuck
  });

  test('a worker that crashes stops the batch with its error', async () => {
    const { make } = fakeWorkers();
    const pool = new EvaluatorPool({ size: 1, files: {}, make });
    await expect(pool.evaluate([{ name: 'a', ms: 1, fault: 'crash' }], { durationS: 2, replications: 1 })).rejects.toThrow('simulation 1 of 1 (2 s × 1) failed: the worker crashed (Uncaught Error: worker bug)');
  });

  test('uses cores − 1 workers, at least 2 and at most 8', () => {
    expect(plannerWorkers(2)).toBe(2);
    expect(plannerWorkers(6)).toBe(5);
    expect(plannerWorkers(32)).toBe(8);
  });
});
