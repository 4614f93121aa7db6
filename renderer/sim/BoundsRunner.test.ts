import type { Remote } from 'comlink';
import { describe, expect, test } from 'vitest';
import type { ScenarioJson, SimApi } from '../../sim/api/index.ts';
import { FakeWorker } from '../../sim/worker/fakeWorker.ts';
import { hostTimer, WorkerPool } from '../../sim/worker/index.ts';
import { BoundsRunner } from './BoundsRunner.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A pool of fake workers whose bounds() takes `ms` and names the scenario it computed; `bad` ones do
 * not load, `boom` ones throw, `endless` never ends, `crash` crashes the worker.
 */
function fake() {
  const made: (FakeWorker & { computed: string[]; parts: string[] })[] = [];
  const make = () => {
    let name = '';
    let ms = 0;
    let flows = 0;
    let ports = 0;
    let kept = { scenario: '', flows: [] as unknown[], ports: [] as unknown[] };
    const api = {
      load: async ({ scenario }: { scenario: { name: string; ms: number; bad?: boolean; flows?: number; ports?: number } }) => {
        ({ name, ms } = scenario);
        flows = scenario.flows ?? 0;
        ports = scenario.ports ?? 0;
        return scenario.bad ? { ok: false, issues: [{ path: 'links[0].rate', message: 'expected a rate' }] } : { ok: true, issues: [] };
      },
      boundsKept: async () => {
        if (name === 'endless') return new Promise(() => {});
        if (name === 'crash') return (me.die('crash', 'Uncaught RangeError: Maximum call stack size exceeded'), new Promise(() => {}));
        await tick(ms);
        if (name === 'boom') throw new Error('division by zero');
        me.computed.push(name);
        kept = { scenario: name, flows: Array.from({ length: flows }, (_, i) => ({ id: `f${i}` })), ports: Array.from({ length: ports }, (_, i) => ({ i })) };
        return { head: { ...kept, flows: [], ports: [] }, flows, ports };
      },
      keptBoundFlows: async (from: number, to: number) => (me.parts.push(`flows ${from}-${to}`), kept.flows.slice(from, to)),
      keptBoundPorts: async (from: number, to: number) => (me.parts.push(`ports ${from}-${to}`), kept.ports.slice(from, to)),
    };
    const me = Object.assign(new FakeWorker(api as unknown as Remote<SimApi>), { computed: [] as string[], parts: [] as string[] });
    made.push(me);
    return me;
  };
  return { made, pool: new WorkerPool({ makeWorker: make, timer: hostTimer, size: 1 }) };
}

const s = (name: string, ms = 1, extra: object = {}) => ({ name, ms, ...extra }) as unknown as ScenarioJson;

describe('BoundsRunner', () => {
  test('the bounds come over in parts of 500 flows and ports, each its own message, and are the whole bounds again', async () => {
    const { made, pool } = fake();
    const out = await new BoundsRunner(pool).compute(s('plant', 1, { flows: 1200, ports: 501 }), {});
    expect(made[0].parts).toEqual(['flows 0-500', 'flows 500-1000', 'flows 1000-1500', 'ports 0-500', 'ports 500-1000']);
    if (!out.ok) throw new Error('no bounds');
    expect(out.report.flows.map((f) => f.id)).toEqual(Array.from({ length: 1200 }, (_, i) => `f${i}`));
    expect(out.report.ports).toHaveLength(501);
    expect(out.report.scenario).toBe('plant');
  });

  test('a burst of edits: the one computing finishes, the ones waiting give way to the last', async () => {
    const { made, pool } = fake();
    const runner = new BoundsRunner(pool);
    const first = runner.compute(s('v1', 30), {});
    await tick(5);
    const second = runner.compute(s('v2'), {});
    const third = runner.compute(s('v3'), {});
    expect(await first).toEqual({ ok: true, report: { scenario: 'v1', flows: [], ports: [] } });
    expect(await second).toEqual({ ok: false, superseded: true });
    expect(await third).toEqual({ ok: true, report: { scenario: 'v3', flows: [], ports: [] } });
    expect(made).toHaveLength(1);
    expect(made[0].computed).toEqual(['v1', 'v3']);
  });

  test('a scenario that does not load gives its issues; a failing analysis is said and the next request gets a fresh worker', async () => {
    const { made, pool } = fake();
    const runner = new BoundsRunner(pool);
    expect(await runner.compute(s('x', 1, { bad: true }), {})).toEqual({ ok: false, issues: [{ path: 'links[0].rate', message: 'expected a rate' }] });
    const boom = await runner.compute(s('boom'), {});
    expect(boom.ok).toBe(false);
    expect('issues' in boom && boom.issues[0].message).toMatch(/division by zero/);
    expect(made[0].terminated).toBe(true);
    expect(await runner.compute(s('ok'), {})).toEqual({ ok: true, report: { scenario: 'ok', flows: [], ports: [] } });
    expect(made).toHaveLength(2);
  });

  test('a computation that never ends, or a worker that crashes, is said within the deadline; the next request gets a fresh worker', async () => {
    const { made, pool } = fake();
    const runner = new BoundsRunner(pool, 200);
    const t0 = performance.now();
    expect(await runner.compute(s('endless'), {})).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          message: 'the bounds could not be computed: the worker stopped answering: no progress for 200 ms (stuck in a loop, or it ended without a word)',
        },
      ],
    });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(made[0].terminated).toBe(true);
    expect(await runner.compute(s('crash'), {})).toEqual({
      ok: false,
      issues: [{ path: '', message: 'the bounds could not be computed: the worker crashed (Uncaught RangeError: Maximum call stack size exceeded)' }],
    });
    expect(await runner.compute(s('ok'), {})).toEqual({ ok: true, report: { scenario: 'ok', flows: [], ports: [] } });
    expect(made).toHaveLength(3);
  });
});
