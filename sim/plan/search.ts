/**
 * The upgrade search. Greedy on the simulation's attribution: each round proposes candidate
 * upgrades for the flows that fail, simulates the most promising ones (short runs, common
 * random numbers), and keeps the best improvement per unit of cost, free changes first. When
 * the short runs say every requirement holds, the plan is verified with full-length
 * replications; if that fails the search goes on from the verification's own findings.
 * Then local improvement drops actions, and lowers link tiers, that the verified plan does
 * not need. Every evaluated plan feeds the cost vs. worst-margin Pareto front.
 */
import type { Report } from '../api/Report.ts';
import { loadScenario } from '../scenario/load.ts';
import { parseQuantity } from '../scenario/units.ts';
import { type Action, applyPlan, keyOf, planCost, targetOf, tiersFor, withAction } from './actions.ts';
import { proposeCandidates } from './candidates.ts';
import type { Catalog } from './catalog.ts';
import { type EvalOptions, type Evaluate, type Outcome, outcomeOf } from './evaluation.ts';
import type { ScenarioDoc } from './ScenarioDoc.ts';

export interface SearchOptions {
  /** short runs used to compare candidates */
  quick: EvalOptions;
  /** the verification a plan must pass */
  verify: EvalOptions;
  /** candidates simulated per round (the best by estimate, plus every free one) */
  beam: number;
  maxRounds: number;
  onProgress?: (message: string) => void;
}

export interface Evaluated {
  plan: Action[];
  cost: number;
  outcome: Outcome;
  verified: boolean;
}

export interface SearchResult {
  asIs: Outcome;
  plan: Action[] | undefined;
  final: Outcome | undefined;
  /** the order in which actions entered the plan (the roadmap follows it) */
  order: Action[];
  evaluated: Evaluated[];
  evaluations: number;
  verifications: number;
  /** why no plan was found, when none was */
  reason?: string;
}

export async function searchPlan(doc: ScenarioDoc, catalog: Catalog, evaluate: Evaluate, o: SearchOptions): Promise<SearchResult> {
  const evaluated: Evaluated[] = [];
  let evaluations = 0;
  let verifications = 0;
  const cache = new Map<string, Outcome>();
  const planKey = (p: readonly Action[]) => p.map(keyOf).sort().join('+');

  const run = async (plans: Action[][], opts: EvalOptions, verified: boolean): Promise<Outcome[]> => {
    const tag = verified ? 'v:' : `q${opts.durationS}:`;
    const todo = plans.filter((p) => !cache.has(tag + planKey(p)));
    const unique = [...new Map(todo.map((p) => [planKey(p), p])).values()];
    if (unique.length > 0) {
      const reports = await evaluate(unique.map((p) => applyPlan(doc, p, catalog)), opts);
      unique.forEach((p, i) => {
        const out = outcomeOf(reports[i]);
        cache.set(tag + planKey(p), out);
        evaluated.push({ plan: p, cost: planCost(p, doc, catalog), outcome: out, verified });
      });
      if (verified) verifications += unique.length;
      else evaluations += unique.length;
    }
    return plans.map((p) => cache.get(tag + planKey(p))!);
  };
  // candidates are compared on short runs until a verification disagrees with them; from then
  // on they are compared at the verification's length (one replication)
  let quickOpts = o.quick;
  const quick = (plans: Action[][]) => run(plans, quickOpts, false);
  const verify = async (plan: Action[]) => (await run([plan], o.verify, true))[0];

  const asIs = await verify([]);
  if (asIs.error) return { asIs, plan: undefined, final: undefined, order: [], evaluated, evaluations, verifications, reason: asIs.error };
  if (asIs.ok) return { asIs, plan: [], final: asIs, order: [], evaluated, evaluations, verifications };

  let plan: Action[] = [];
  let current = (await quick([plan]))[0];
  let guide: Report = asIs.report!; // where flows wait, per the latest full-length run
  const order: Action[] = [];
  let final: Outcome | undefined;

  for (let round = 0; round < o.maxRounds; round++) {
    if (current.ok) {
      const v = await verify(plan);
      o.onProgress?.(`verifying ${plan.length} action${plan.length === 1 ? '' : 's'}: ${v.ok ? 'all requirements hold' : `${v.failed.length} still fail`}`);
      if (v.ok) {
        final = v;
        break;
      }
      guide = v.report!;
      if (quickOpts.durationS < o.verify.durationS) {
        quickOpts = { durationS: o.verify.durationS, replications: 1 };
        current = (await quick([plan]))[0];
        o.onProgress?.(`short runs missed ${v.failed.length} failing flow(s): comparing candidates over ${quickOpts.durationS} s from now on`);
      } else current = { ...v, ok: false };
    } else if (current.report) guide = current.report;

    const model = loadScenario(applyPlan(doc, plan, catalog));
    const candidates = proposeCandidates(applyPlan(doc, plan, catalog), model, guide, plan, catalog);
    if (candidates.length === 0) return { asIs, plan: undefined, final: undefined, order, evaluated, evaluations, verifications, reason: 'no upgrade in the catalog addresses the remaining violations' };
    const free = candidates.filter((c) => planCost(c.actions, doc, catalog) === 0);
    // the beam: the best estimated gain per cost, and (so that one costly but decisive fix is not
    // crowded out by many cheap small ones) the best estimated gains outright
    const paid = candidates.filter((c) => !free.includes(c));
    const byValue = [...paid].sort((a, b) => b.estimate / candCost(b) - a.estimate / candCost(a)).slice(0, o.beam);
    const byGain = [...paid].sort((a, b) => b.estimate - a.estimate).slice(0, Math.ceil(o.beam / 2));
    const chosen = [...free, ...byValue, ...byGain.filter((c) => !byValue.includes(c))];
    const plans = chosen.map((c) => c.actions.reduce((p, a) => withAction(p, a), plan));
    const outcomes = await quick(plans);

    let best = -1;
    let bestValue = 0;
    let bestFree = false;
    chosen.forEach((c, i) => {
      const gain = current.score - outcomes[i].score;
      if (!(gain > 1e-9)) return;
      const cost = planCost(plans[i], doc, catalog) - planCost(plan, doc, catalog);
      const isFree = cost <= 0;
      const value = isFree ? gain : gain / cost;
      if ((isFree && !bestFree) || (isFree === bestFree && value > bestValue)) {
        best = i;
        bestValue = value;
        bestFree = isFree;
      }
    });
    if (best < 0) {
      // nothing helps on its own: take every candidate for the worst flow together, if that helps
      const all = chosen.reduce((p, c) => c.actions.reduce((q, a) => withAction(q, a), p), plan);
      const [together] = await quick([all]);
      if (!(together.score < current.score)) {
        return { asIs, plan: undefined, final: undefined, order, evaluated, evaluations, verifications, reason: `no candidate improves the ${current.failed.length} failing flow(s): ${current.failed.join(', ')}` };
      }
      for (const a of all) if (!plan.some((x) => keyOf(x) === keyOf(a))) order.push(a);
      plan = all;
      current = together;
    } else {
      for (const a of chosen[best].actions) order.push(a);
      plan = plans[best];
      current = outcomes[best];
    }
    o.onProgress?.(`round ${round + 1}: ${plan.length} action${plan.length === 1 ? '' : 's'}, ${current.failed.length} flow${current.failed.length === 1 ? '' : 's'} failing, cost ${planCost(plan, doc, catalog)}`);
  }
  if (!final) return { asIs, plan: undefined, final: undefined, order, evaluated, evaluations, verifications, reason: `no verified plan within ${o.maxRounds} rounds` };

  // local improvement: drop what is not needed, lower link tiers, most expensive first
  const improved = await improve(plan, final, doc, catalog, quick, verify, o);
  const kept = new Set(improved.plan.map(targetOf));
  return {
    asIs,
    plan: improved.plan,
    final: improved.outcome,
    order: order.filter((a) => kept.has(targetOf(a))).map((a) => improved.plan.find((x) => targetOf(x) === targetOf(a))!).filter((a, i, arr) => arr.indexOf(a) === i),
    evaluated,
    evaluations,
    verifications,
  };

  function candCost(c: { actions: Action[] }): number {
    return Math.max(1, planCost(c.actions, doc, catalog));
  }
}

async function improve(
  plan: Action[],
  outcome: Outcome,
  doc: ScenarioDoc,
  catalog: Catalog,
  quick: (p: Action[][]) => Promise<Outcome[]>,
  verify: (p: Action[]) => Promise<Outcome>,
  o: SearchOptions,
): Promise<{ plan: Action[]; outcome: Outcome }> {
  for (;;) {
    const variants: Action[][] = [];
    for (const a of plan) {
      variants.push(plan.filter((x) => x !== a));
      if (a.kind === 'link-rate') {
        const tiers = tiersFor(a.link, doc, catalog);
        const i = tiers.findIndex((t) => t.rate === a.rate);
        const orig = doc.links.find((l) => (l.id ?? `${l.from}-${l.to}`) === a.link)?.rate;
        if (i > 0 && !isSlowerOrEqual(catalog, tiers[i - 1].rate, orig)) {
          variants.push(plan.map((x) => (x === a ? { ...a, rate: tiers[i - 1].rate } : x)));
        }
      }
    }
    // simpler is better too: a variant that costs the same with fewer actions (a free change it does not need)
    const cost = planCost(plan, doc, catalog);
    const cheaper = variants.filter((v) => planCost(v, doc, catalog) < cost || (planCost(v, doc, catalog) === cost && v.length < plan.length));
    const outcomes = await quick(cheaper);
    const ranked = cheaper
      .map((v, i) => ({ v, out: outcomes[i], cost: planCost(v, doc, catalog) }))
      .filter((x) => x.out.ok)
      .sort((a, b) => a.cost - b.cost || a.v.length - b.v.length);
    let changed = false;
    for (const cand of ranked) {
      const v = await verify(cand.v);
      if (v.ok) {
        o.onProgress?.(`improved: ${cost} → ${cand.cost}`);
        plan = cand.v;
        outcome = v;
        changed = true;
        break;
      }
    }
    if (!changed) return { plan, outcome };
  }
}

/** True when `rate` is no faster than the link's original rate (so lowering to it is no upgrade). */
function isSlowerOrEqual(_c: Catalog, rate: string, orig: string | undefined): boolean {
  if (orig === undefined) return false;
  return parseQuantity(rate, 'rate') <= parseQuantity(orig, 'rate') * 1.0001;
}
