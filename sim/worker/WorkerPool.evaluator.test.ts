/**
 * The pool's batches of whole scenarios (the planner's evaluations) and its single calls on a worker
 * kept for them, against stand-in workers in this thread that fail on demand. A scenario's replications
 * over several workers: WorkerPool.test.ts.
 */
import type { Remote } from 'comlink';
import { describe, expect, test } from 'vitest';
import type { Report } from '../api/Report.ts';
import type { SimApi } from '../api/SimApi.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { FakeWorker, fakePool as pool, never, tick } from './fakeWorker.ts';
import type { WorkerPool } from './WorkerPool.ts';

type Fake = { name: string; ms: number; bad?: boolean; fault?: 'throw' | 'crash' };

/** Stand-ins that "simulate" a scenario `{ name, ms }` in `ms` milliseconds, reporting progress; `ms < 0` never ends. */
function evalWorkers() {
  const made: (FakeWorker & { runs: string[] })[] = [];
  const make = (): FakeWorker => {
    let loaded: Fake | null = null;
    const api = {
      load: async (input: { scenario: unknown }, o: { durationS?: number }) => {
        loaded = input.scenario as Fake;
        if (loaded.bad) return { ok: false, issues: [{ path: 'links[0].rate', message: 'expected a rate' }] };
        expect(o.durationS).toBe(2);
        return { ok: true, issues: [] };
      },
      run: async (progress?: () => void) => {
        const s = loaded!;
        me.runs.push(s.name);
        if (s.ms < 0) return never(); // a simulation that would never end (nor report progress)
        if (s.fault === 'throw') throw new Error(`engine bug on ${s.name}`);
        if (s.fault === 'crash') return (me.die('crash', 'Uncaught Error: worker bug'), never());
        for (let t = 0; t < s.ms; t += 20) {
          progress?.();
          await tick(Math.min(20, s.ms - t));
        }
        if (me.terminated) return never();
        return { scenario: s.name, wallSeconds: 0 } as unknown as Report;
      },
    };
    const me = Object.assign(new FakeWorker(api as unknown as Remote<SimApi>), { runs: [] as string[] });
    made.push(me);
    return me;
  };
  return { made, make };
}

const two = { durationS: 2, replications: 1 };
const s = (x: Fake) => x as unknown as ScenarioJson;

describe('WorkerPool.evaluator: the planner’s batches of whole scenarios', () => {
  test('results come back in input order whatever order the workers finish in', async () => {
    const { made, make } = evalWorkers();
    const seen: number[] = [];
    const p = pool(make, { size: 3 });
    const out = await p.evaluator({ onEvaluated: (done) => seen.push(done) })(
      [s({ name: 'a', ms: 30 }), s({ name: 'b', ms: 5 }), s({ name: 'c', ms: 15 }), s({ name: 'd', ms: 1 })],
      two,
    );
    expect(out.map((r) => (r as Report).scenario)).toEqual(['a', 'b', 'c', 'd']);
    expect(made).toHaveLength(3);
    expect(seen).toEqual([1, 2, 3, 4]);
    for (const r of out) expect((r as Report).wallSeconds).toBeGreaterThan(0);
    await p.close();
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  test('a scenario that does not load, or whose simulation throws, is an error in its place; the others still run', async () => {
    const p = pool(evalWorkers().make);
    const out = await p.evaluator()([s({ name: 'a', ms: 1 }), s({ name: 'x', ms: 1, bad: true }), s({ name: 'b', ms: 1, fault: 'throw' })], two);
    expect((out[0] as Report).scenario).toBe('a');
    expect(out[1]).toEqual({ error: 'links[0].rate: expected a rate' });
    expect(out[2]).toEqual({ error: 'the simulation failed: engine bug on b' });
  });

  test('never starts more workers than there are scenarios, and reuses them across batches', async () => {
    const { made, make } = evalWorkers();
    const evaluate = pool(make, { size: 4 }).evaluator();
    await evaluate([s({ name: 'a', ms: 1 })], two);
    await evaluate([s({ name: 'b', ms: 1 }), s({ name: 'c', ms: 1 })], two);
    expect(made).toHaveLength(2);
  });

  test('cancel stops the workers at once: the pending and every later evaluation come back cancelled, and the signal says so', async () => {
    const { made, make } = evalWorkers();
    const p = pool(make);
    const evaluate = p.evaluator();
    const pending = evaluate([s({ name: 'endless', ms: -1 }), s({ name: 'endless too', ms: -1 }), s({ name: 'never started', ms: 1 })], two);
    await tick(10);
    expect(p.signal.aborted).toBe(false);
    p.cancel();
    expect(p.signal.aborted).toBe(true);
    expect(await pending).toEqual([{ error: 'cancelled' }, { error: 'cancelled' }, { error: 'cancelled' }]); // although no simulation ever finishes
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(await evaluate([s({ name: 'a', ms: 1 })], two)).toEqual([{ error: 'cancelled' }]);
    expect(made).toHaveLength(2); // no new worker after the cancel
  });

  test('a worker that sends no progress for too long stops the batch, naming the evaluation; every worker stops', async () => {
    const { made, make } = evalWorkers();
    const t0 = performance.now();
    const batch = pool(make, { silenceMs: 200 }).evaluator()([s({ name: 'a', ms: 400 }), s({ name: 'stuck', ms: -1 }), s({ name: 'c', ms: 1 })], two);
    await expect(batch).rejects.toThrow('candidate evaluation 2 of 3 (2 s × 1) failed: the worker stopped answering: no progress for 200 ms');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(made[0].runs).toEqual(['a']); // a long simulation that reports progress is not stuck
  });
  test('a worker that crashes stops the batch with its error', async () => {
    const batch = pool(evalWorkers().make, { size: 1 }).evaluator()([s({ name: 'a', ms: 1, fault: 'crash' })], two);
    await expect(batch).rejects.toThrow('candidate evaluation 1 of 1 (2 s × 1) failed: the worker crashed (Uncaught Error: worker bug)');
  });
});

describe('WorkerPool.call: single calls on a worker kept for them', () => {
  function boundsWorkers() {
    const made: FakeWorker[] = [];
    const make = (): FakeWorker => {
      let name = '';
      const api = {
        load: async ({ scenario }: { scenario: Fake }) => {
          name = scenario.name;
          return scenario.bad ? { ok: false, issues: [{ path: 'links[0].rate', message: 'expected a rate' }] } : { ok: true, issues: [] };
        },
        bounds: async () => {
          if (name === 'endless') return never();
          if (name === 'crash') return (w.die('crash', 'Uncaught RangeError: Maximum call stack size exceeded'), never());
          await tick(5);
          if (name === 'boom') throw new Error('division by zero');
          return { scenario: name };
        },
      };
      const w = new FakeWorker(api as unknown as Remote<SimApi>);
      made.push(w);
      return w;
    };
    return { made, make };
  }
  const bounds = (p: WorkerPool, x: Fake, silenceMs?: number) => p.call('the bounds', { scenario: x }, (api) => api.bounds(), silenceMs);

  test('the answer, or the scenario’s issues; the worker is kept for the next call, and calls run one after the other', async () => {
    const { made, make } = boundsWorkers();
    const p = pool(make);
    const [a, b] = await Promise.all([bounds(p, { name: 'a', ms: 0 }), bounds(p, { name: 'x', ms: 0, bad: true })]);
    expect(a).toEqual({ ok: true, value: { scenario: 'a' } });
    expect(b).toEqual({ ok: false, issues: [{ path: 'links[0].rate', message: 'expected a rate' }] });
    expect(made).toHaveLength(1);
  });

  test('a call that throws, never answers, or whose worker crashes fails naming the work; the next call gets a fresh worker', async () => {
    const { made, make } = boundsWorkers();
    const p = pool(make);
    await expect(bounds(p, { name: 'boom', ms: 0 })).rejects.toThrow('the bounds failed: an error in the worker: division by zero');
    expect(made[0].terminated).toBe(true);
    const t0 = performance.now();
    await expect(bounds(p, { name: 'endless', ms: 0 }, 200)).rejects.toThrow('the bounds failed: the worker stopped answering: no progress for 200 ms');
    expect(performance.now() - t0).toBeLessThan(2000);
    await expect(bounds(p, { name: 'crash', ms: 0 })).rejects.toThrow(
      'the bounds failed: the worker crashed (Uncaught RangeError: Maximum call stack size exceeded)',
    );
    expect(await bounds(p, { name: 'ok', ms: 0 })).toEqual({ ok: true, value: { scenario: 'ok' } });
    expect(made).toHaveLength(4);
    expect(p.liveWorkers).toBe(1);
  });
});
