/**
 * `plan()`: from a scenario to a verified upgrade plan with its explanations, the naive plan
 * for comparison, the Pareto front and a phased roadmap. Pure: the host supplies `evaluate`
 * (its simulator, parallel where it can) and fills in wall-clock figures.
 */
import { loadScenario } from '../scenario/load.ts';
import { type Action, applyPlan, costOf, labelOf, planCost, targetOf } from './actions.ts';
import type { Catalog } from './catalog.ts';
import { type Evaluate, outcomeOf, type EvalOptions, type Outcome } from './evaluation.ts';
import { naivePlan } from './naive.ts';
import { verifiedFront } from './pareto.ts';
import { type FlowVerdict, PLAN_FORMAT, type Plan, type PlannedAction } from './Plan.ts';
import { type Budget, phase } from './roadmap.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { planKey, searchPlan } from './search.ts';
import { type Evaluated, PlanCancelled, type PlanProgress, type Shortcuts } from './SearchOptions.ts';

export interface PlanOptions {
  quick: EvalOptions;
  verify: EvalOptions;
  /** why the quick runs are as long as they are (defaultRunLengths says), for the plan's stats */
  quickWhy?: string;
  budget: Budget;
  beam?: number;
  maxRounds?: number;
  onProgress?: (message: string, status: PlanProgress) => void;
  /** an AbortSignal (or anything with `aborted`): checked before every batch of simulations; aborting rejects with `PlanCancelled` */
  signal?: { readonly aborted: boolean };
  /** the trace files the scenario names (a host reads them; every candidate keeps their names) */
  files?: Readonly<Record<string, string>>;
  shortcuts?: Shortcuts;
}

/** A quick run simulates at most about this many events (every industry scenario keeps its 2 s; a 500-device plant starts at 0.31 s). */
export const QUICK_RUN_EVENTS = 1_000_000;

/** The planner's run lengths. */
export interface RunLengths {
  quick: EvalOptions;
  verify: EvalOptions;
  /** why the quick runs are as long as they are (for the host to print) */
  quickWhy: string;
}

/**
 * Sensible run lengths for a scenario: verification at full length with at least 3
 * replications; quick runs, which only screen candidates, of at most 2 s and, given the
 * scenario's work (events per second of plant time, from the host's estimate), of at most
 * QUICK_RUN_EVENTS events after the warm-up. The search lengthens them when they miss
 * failures the verification finds.
 */
export function defaultRunLengths(durationS: number, replications: number, work?: { eventsPerSecond: number; warmupS: number }): RunLengths {
  const verify = { durationS, replications: Math.max(3, replications) };
  const capped = Math.min(durationS, 2);
  const measured = work && work.eventsPerSecond > 0 ? QUICK_RUN_EVENTS / work.eventsPerSecond : Infinity;
  if (!work || work.warmupS + measured >= capped) {
    const why = capped < durationS ? 'the first 2 s' : 'the whole run';
    return { quick: { durationS: capped, replications: 1 }, verify, quickWhy: why };
  }
  // two significant digits, rounded up (0.3056 s → 0.31 s)
  const digits = 10 ** (1 - Math.floor(Math.log10(measured)));
  const durationQuick = Math.min(capped, work.warmupS + Math.ceil(measured * digits) / digits);
  const rate = `${(work.eventsPerSecond / 1e6).toPrecision(2)} M events per simulated second`;
  const warmup = work.warmupS > 0 ? `, after the ${work.warmupS} s warm-up` : '';
  const why = `about ${(QUICK_RUN_EVENTS / 1e6).toLocaleString('en-US')} M events a run at ${rate}${warmup}`;
  return { quick: { durationS: +durationQuick.toPrecision(6), replications: 1 }, verify, quickWhy: why };
}

export async function plan(doc: ScenarioJson, catalog: Catalog, evaluate: Evaluate, o: PlanOptions): Promise<Plan> {
  const timed = { quick: 0, verify: 0 };
  const timedEvaluate: Evaluate = async (scenarios, opts) => {
    if (o.signal?.aborted) throw new PlanCancelled();
    const reports = await evaluate(scenarios, opts);
    if (o.signal?.aborted) throw new PlanCancelled();
    const t = reports.reduce((a, r) => a + ('error' in r ? 0 : r.wallSeconds), 0);
    if (opts === o.verify) timed.verify += t;
    else timed.quick += t;
    return reports;
  };
  const s = await searchPlan(doc, catalog, timedEvaluate, {
    quick: o.quick,
    verify: o.verify,
    beam: o.beam ?? 8,
    maxRounds: o.maxRounds ?? 40,
    onProgress: o.onProgress,
    signal: o.signal,
    files: o.files,
    shortcuts: o.shortcuts,
  });
  /** each plan's verification: the search's or an earlier one's here where it ran one (the same runs give the same outcome), the others simulated once each */
  let verifications = 0;
  const ran = new Map<string, Outcome>();
  const known = (p: readonly Action[]) => s.verified(p) ?? ran.get(planKey(p));
  const verifyAll = async (plans: Action[][]): Promise<Outcome[]> => {
    const todo = new Map(plans.filter((p) => !known(p)).map((p) => [planKey(p), p]));
    const reports =
      todo.size === 0
        ? []
        : await timedEvaluate(
            [...todo.values()].map((p) => applyPlan(doc, p, catalog, o.files)),
            o.verify,
          );
    verifications += reports.length;
    [...todo.keys()].forEach((k, i) => ran.set(k, outcomeOf(reports[i])));
    return plans.map((p) => known(p)!);
  };
  const model = loadScenario(doc, o.files);
  const cost = (a: Action) => costOf(a, doc, catalog);
  const naive = naivePlan(doc, model, s.asIs, catalog);

  // the front, its passing points verified; one that passes its verification for less is a plan the search walked past
  const fronting = 'verifying the plans on the cost/margin front that pass their quick runs';
  o.onProgress?.(fronting, { phase: 'front', message: fronting });
  const front = await verifiedFront(s.evaluated, verifyAll);
  const frontVerifications = verifications;
  const cheaper = front.find((e) => e.verified && e.outcome.ok && (s.plan === undefined || e.cost < planCost(s.plan, doc, catalog)));
  const chosen = cheaper?.plan ?? s.plan ?? [];
  const final = cheaper?.outcome ?? s.final;
  if (cheaper) {
    const found = `a plan on the front passes its verification for less: ${planCost(s.plan ?? [], doc, catalog)} → ${cheaper.cost}`;
    o.onProgress?.(found, { phase: 'front', message: found, actions: chosen.length, cost: cheaper.cost });
  }
  const explaining = 'explaining each action and checking the naive plan';
  o.onProgress?.(explaining, { phase: 'explain', message: explaining, actions: chosen.length, cost: planCost(chosen, doc, catalog) });

  // leave-one-out: what each action is needed for; the naive plan, verified
  const without = chosen.map((a) => chosen.filter((x) => x !== a));
  const explained = await verifyAll([...without, naive]);
  const withoutOutcomes = explained.slice(0, without.length);
  const naiveOutcome = explained[explained.length - 1];
  const explainVerifications = verifications - frontVerifications;

  const margin = (out: Outcome | undefined, flow: string) => (out ? (out.margins[flow] ?? null) : null);
  const actions: PlannedAction[] = chosen.map((a, i) => {
    const w = withoutOutcomes[i];
    const fixes = w.error ? [] : w.failed;
    const touched = new Set([...fixes, ...s.asIs.failed]);
    return {
      action: a,
      label: labelOf(a, catalog),
      cost: cost(a),
      fixes,
      margins: [...touched].sort().map((flow) => ({ flow, before: margin(s.asIs, flow), after: margin(final, flow), without: margin(w, flow) })),
    };
  });

  // roadmap: each phase's cumulative plan, verified
  const phases = phase(orderOf(cheaper ? cheaper.plan : s.order, chosen), cost, o.budget);
  const phasing = `verifying the roadmap's ${phases.length} phase${phases.length === 1 ? '' : 's'}`;
  o.onProgress?.(phasing, { phase: 'roadmap', message: phasing });
  const cumulative: Action[][] = [];
  let acc: Action[] = [];
  for (const p of phases) cumulative.push((acc = [...acc, ...p.actions]));
  const phaseOutcomes = await verifyAll(cumulative);
  const count = (out: Outcome, verdict: FlowVerdict['verdict']) => (out.findings ? out.findings.flows.filter((f) => f.verdict === verdict).length : 0);

  const total = timed.quick + timed.verify;
  return {
    format: PLAN_FORMAT,
    scenario: doc.name,
    currency: catalog.currency,
    found: final !== undefined,
    ...(s.reason && !cheaper ? { reason: s.reason } : {}),
    asIs: { flows: doc.flows.length, failed: s.asIs.failed, worstMargin: s.asIs.worstMargin, verdicts: verdictsOf(s.asIs) },
    actions,
    totalCost: planCost(chosen, doc, catalog),
    verification: final?.findings
      ? {
          durationS: o.verify.durationS,
          replications: o.verify.replications,
          passed: count(final, 'pass'),
          failed: final.failed.length,
          unchecked: count(final, 'none'),
          worstMargin: final.worstMargin,
          flows: verdictsOf(final),
        }
      : null,
    naive: { cost: planCost(naive, doc, catalog), actions: naive.length, passes: naiveOutcome.ok },
    pareto: front.map((e: Evaluated) => ({
      cost: e.cost,
      worstMargin: e.outcome.worstMargin,
      failed: e.outcome.failed.length,
      actions: e.plan.map((a) => labelOf(a, catalog)),
      plan: e.plan,
      verified: e.verified,
    })),
    roadmap: phases.map((p, i) => ({
      year: p.year,
      budget: p.budget,
      cost: p.actions.reduce((x, a) => x + cost(a), 0),
      actions: p.actions.map((a) => labelOf(a, catalog)),
      plan: p.actions,
      passed: count(phaseOutcomes[i], 'pass'),
      failed: phaseOutcomes[i].failed.length,
      unchecked: count(phaseOutcomes[i], 'none'),
      worstMargin: phaseOutcomes[i].worstMargin,
    })),
    stats: {
      evaluations: s.evaluations,
      verifications: s.verifications + verifications,
      wallSeconds: 0,
      evaluationsPerSecond: 0,
      verificationShare: total > 0 ? timed.verify / total : 0,
      phases: {
        ...s.phases,
        front: { evaluations: 0, verifications: frontVerifications },
        explain: { evaluations: 0, verifications: explainVerifications },
        roadmap: { evaluations: 0, verifications: verifications - frontVerifications - explainVerifications },
      },
      quickRun: { durationS: s.quickDurationS, why: o.quickWhy ?? 'as the host asked' },
    },
    catalog,
  };
}

const verdictsOf = (out: Outcome): FlowVerdict[] => out.findings?.flows.map((f) => ({ id: f.id, verdict: f.verdict, margin: f.margin })) ?? [];

/** The plan's actions in the order the search added them (actions it replaced take their final form). */
function orderOf(order: readonly Action[], chosen: readonly Action[]): Action[] {
  const byTarget = new Map(chosen.map((a) => [targetOf(a), a]));
  const out: Action[] = [];
  for (const a of order) {
    const final = byTarget.get(targetOf(a));
    if (final && !out.includes(final)) out.push(final);
  }
  for (const a of chosen) if (!out.includes(a)) out.push(a);
  return out;
}

export { applyPlan };
