/**
 * Bounded waiting, judged by the simulator. Flows meet on a trunk, part ways (some take a
 * detour over one more switch) and meet again, so without waiting their windows on the two
 * shared ports are tied at distances that may admit no offset; the synthesizer may then let a
 * frame wait at a hop. Random sizes, periods, switch latencies and bulk traffic (1 Gb/s); whenever a schedule is
 * found (waiting or not) the simulator must deliver every frame exactly as late as
 * guaranteed, and some schedules must need waiting, so the waiting path is really exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySchedule, synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import { loadScenario, runScenario, type ScenarioJson, ScenarioError } from '../../sim/api/index.ts';

const PERIODS = ['5 us', '10 us', '20 us'];

const specArb = fc.record({
  flows: fc.array(fc.record({ detour: fc.boolean(), size: fc.integer({ min: 46, max: 400 }), period: fc.integer({ min: 0, max: 2 }) }), {
    minLength: 2,
    maxLength: 4,
  }),
  bulk: fc.integer({ min: 0, max: 60 }),
  latency: fc.integer({ min: 0, max: 20 }),
});

function build(spec: typeof specArb extends fc.Arbitrary<infer T> ? T : never): ScenarioJson {
  const trunk: [string, string][] = [
    ['S1', 'S2'],
    ['S2', 'S3'],
    ['S2', 'S5'],
    ['S5', 'S3'],
    ['S3', 'S4'],
  ];
  const hosts = spec.flows.flatMap((_, i) => [`T${i}`, `L${i}`]);
  const links = [
    ...trunk,
    ...spec.flows.flatMap((_, i): [string, string][] => [
      [`T${i}`, 'S1'],
      ['S4', `L${i}`],
    ]),
    ['X', 'S1'] as [string, string],
    ['S4', 'Y'] as [string, string],
  ];
  return {
    format: 'netloom.scenario/v1',
    name: 'detours',
    nodes: [
      ...['S1', 'S2', 'S3', 'S4', 'S5'].map((id) => ({ id, type: 'switch', switch: { latency: `${spec.latency * 100} ns` } })),
      ...[...hosts, 'X', 'Y'].map((id) => ({ id, type: 'host' })),
    ],
    links: links.map(([from, to]) => ({ from, to, rate: '1 Gb/s' })),
    flows: [
      ...spec.flows.map((f, i) => ({
        id: `f${i}`,
        from: `T${i}`,
        to: `L${i}`,
        size: `${f.size} B`,
        priority: 7,
        pattern: { type: 'periodic', period: PERIODS[f.period] },
        requirement: { latency: '1 ms' },
        path: [`T${i}`, 'S1', 'S2', ...(f.detour ? ['S5'] : []), 'S3', 'S4', `L${i}`],
      })),
      ...(spec.bulk > 0 ? [{ id: 'bulk', from: 'X', to: 'Y', size: '1500 B', priority: 0, pattern: { type: 'poisson', rate: `${spec.bulk} Mb/s` } }] : []),
    ],
    simulation: { duration: '2 ms', seed: 9 },
  } as ScenarioJson;
}

describe('bounded waiting on random detours (property)', () => {
  it('schedules that need waiting are confirmed by simulation, to the picosecond', () => {
    const t = { cases: 0, scheduled: 0, rescued: 0, waitingFlows: 0, none: 0 };
    fc.assert(
      fc.property(specArb, (spec) => {
        const scenario = build(spec);
        let model;
        try {
          model = loadScenario(scenario);
        } catch (e) {
          if (e instanceof ScenarioError) return;
          throw e;
        }
        t.cases++;
        const schedule = synthesizeSchedule(model, { maxWaitPs: 20_000_000 });
        if (!schedule.ok) {
          t.none++;
          return;
        }
        t.scheduled++;
        if (schedule.mode === 'bounded-wait') {
          t.rescued++;
          expect(synthesizeSchedule(model).ok).toBe(false); // waiting is a fallback only
        }
        const report = runScenario({ scenario: applySchedule(scenario, schedule) });
        for (const f of schedule.flows) {
          const r = report.flows.find((x) => x.id === f.id)!;
          if (f.waitPs > 0) t.waitingFlows++;
          expect(r.lost, `${f.id} in ${JSON.stringify(spec)}`).toBe(0);
          expect(r.delivered).toBe(r.sent);
          expect(r.latency!.max, `${f.id} in ${JSON.stringify(spec)}`).toBe(f.latencyPs / 1e12);
          expect(r.latency!.min).toBe(f.latencyPs / 1e12);
        }
      }),
      { numRuns: 200, seed: 4242 },
    );
    console.log(
      `gcl waiting property: ${t.cases} networks, ${t.scheduled} scheduled (${t.rescued} only ` +
        `by waiting, ${t.waitingFlows} waiting flows verified), ${t.none} without a schedule`,
    );
    expect(t.rescued).toBeGreaterThan(10);
  });
});
