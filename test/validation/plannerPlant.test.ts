/**
 * The planner on a generated plant (scripts/make-plant.ts) that fails at one starved uplink:
 * cell C1's uplink set to 20 Mb/s carries its camera's 30 fps frames (124,549 B each, about
 * 30 Mb/s), so the camera's frames and the vibration reports queued behind them miss their
 * deadlines; every other cell passes. The cheapest fix by the catalog is the next tier on that
 * one link (100 Mb/s, $150), and it is the whole plan. The search's shortcuts (branch and bound
 * in repair, free actions dropped together in trim, quick runs sized by work and lengthened
 * until they see the as-is failures, verifications reused) must find that same plan with fewer simulations.
 */
import { describe, expect, it } from 'vitest';
import { evaluateInThread } from './evaluateInThread.ts';
import { makePlant } from '../../scripts/make-plant.ts';
import { loadScenario } from '../../sim/api/index.ts';
import { type Evaluate, type EvalOptions, outcomeOf, plan, type PlanOptions, resolveCatalog } from '../../sim/plan/index.ts';

const evaluate = evaluateInThread;
const doc = makePlant({ devices: 60, perCell: 20, duration: '0.3 s', starve: { 'C1-A1': '20 Mb/s' } });
const runs = { quick: { durationS: 0.3, replications: 1 }, verify: { durationS: 0.3, replications: 1 }, budget: { years: [2026], perYear: 1e6 } };
const upgrade = [{ kind: 'link-rate', link: 'C1-A1', rate: '100 Mb/s', fiber: false }];
const planned = (o: Partial<PlanOptions> = {}) => plan(doc, resolveCatalog({}), evaluate, { ...runs, ...o });
let withShortcuts: ReturnType<typeof planned> | undefined;
/** the plan with every shortcut (the default), made once for the tests that read it */
const shortcut = () => (withShortcuts ??= planned());

describe('planner on a generated plant with one starved uplink', () => {
  it('upgrades that uplink, and nothing else', async () => {
    const p = await shortcut();
    expect(p.asIs.failed.length).toBeGreaterThan(0);
    expect(p.asIs.failed.every((f) => f.startsWith('C1-'))).toBe(true);
    expect(p.found).toBe(true);
    expect(p.actions.map((a) => a.action)).toEqual(upgrade);
    expect(p.totalCost).toBe(150);
    expect(p.verification?.failed).toBe(0);
  }, 120_000);

  it('the same plan without the shortcuts, with more simulations: trim drops free actions together, repair skips what costs $150 or more', async () => {
    const [off, on] = [await planned({ shortcuts: { bound: false, freeTogether: false } }), await shortcut()];
    expect(off.actions.map((a) => a.action)).toEqual(upgrade);
    expect(on.actions.map((a) => a.action)).toEqual(upgrade);
    // without: three free actions dropped one at a time, each verified; repair verifies a $22,000 edge server it cannot keep
    expect(off.stats.phases?.trim?.verifications).toBe(3);
    expect(on.stats.phases?.trim?.verifications).toBe(1);
    expect(off.stats.phases?.repair?.verifications).toBe(1);
    expect(on.stats.phases?.repair).toBeUndefined();
    expect(on.stats.evaluations + on.stats.verifications).toBeLessThan(off.stats.evaluations + off.stats.verifications);
  }, 120_000);

  it('reuses the search’s verifications: the roadmap’s one phase is the verified plan, leaving the one action out is the plant as-is', async () => {
    const p = await shortcut();
    expect(p.stats.phases?.roadmap?.verifications).toBe(0);
    expect(p.stats.phases?.explain?.verifications).toBe(1); // the naive plan alone
    // what simulating them again says
    const [again] = (await evaluate([doc], runs.verify)).map(outcomeOf);
    expect(p.actions[0].fixes).toEqual(again.failed);
    expect(p.roadmap[0]).toMatchObject({ failed: 0, worstMargin: p.verification?.worstMargin });
  }, 120_000);

  it('quick runs too short to see the as-is failures are doubled until they do, and the plan stays the same', async () => {
    const quick: EvalOptions = { durationS: 0.01, replications: 1 };
    const messages: string[] = [];
    const p = await planned({ quick, onProgress: (m) => messages.push(m), shortcuts: { focus: false } });
    expect(p.actions.map((a) => a.action)).toEqual(upgrade);
    const used = p.stats.quickRun!.durationS;
    expect(used).toBeGreaterThan(0.01);
    expect(messages.some((m) => /^quick runs of 0.01 s miss \d+ of the \d+ failing flows: 0.02 s from now on$/.test(m))).toBe(true);
    // the length it settled on sees every as-is failure, half of it does not
    const [at] = (await evaluate([doc], { durationS: used, replications: 1 })).map(outcomeOf);
    expect(p.asIs.failed.every((f) => at.failed.includes(f))).toBe(true);
    const [half] = (await evaluate([doc], { durationS: used / 2, replications: 1 })).map(outcomeOf);
    expect(p.asIs.failed.every((f) => half.failed.includes(f))).toBe(false);
  }, 120_000);
});

describe('quick runs shortened by work screen on the flows near the failures', () => {
  it('simulates only the failing flows and those sharing a port with one, finds the same plan, and verifies on every flow', async () => {
    const flowsRun: { quick: boolean; flows: number }[] = [];
    const counting: Evaluate = (scenarios, opts) => {
      for (const s of scenarios) flowsRun.push({ quick: opts !== runs.verify, flows: s.flows.length });
      return evaluate(scenarios, opts);
    };
    const p = await plan(doc, resolveCatalog({}), counting, { ...runs, quick: { durationS: 0.15, replications: 1 } });
    expect(p.actions.map((a) => a.action)).toEqual(upgrade);
    // the flows near the as-is failures, from the compiled routes
    const model = loadScenario(doc);
    const routes = (f: (typeof model.flows)[number]) => [...f.route, ...(f.response?.route ?? [])];
    const ports = new Set(model.flows.filter((f) => p.asIs.failed.includes(f.id)).flatMap(routes));
    const near = model.flows.filter((f) => routes(f).some((x) => ports.has(x))).length;
    expect(near).toBeLessThan(doc.flows.length / 2);
    expect(flowsRun.filter((r) => r.quick).every((r) => r.flows === near)).toBe(true);
    expect(flowsRun.filter((r) => !r.quick).every((r) => r.flows === doc.flows.length)).toBe(true);
    // a focused run's margins are its flows' only: the cost vs. margin front is of whole-plant runs (here, verifications)
    expect(p.pareto.length).toBeGreaterThan(0);
    expect(p.pareto.every((x) => x.verified)).toBe(true);
  }, 120_000);
});
