/**
 * The upgrade search. Greedy on the simulation's attribution: each round proposes candidate
 * upgrades for the flows that fail, simulates the most promising ones (short runs, common
 * random numbers), and keeps the best improvement per unit of cost, free changes first. When
 * the short runs say every requirement holds, the plan is verified with full-length
 * replications; if that fails the search goes on from the verification's own findings.
 * Then local search: drop actions and lower link tiers the verified plan does not need, and
 * destroy-and-repair (take out an expensive action, repair greedily without it, keep the
 * result if it is cheaper). Every evaluated plan of the whole plant feeds the cost vs. worst-margin Pareto front.
 * At scale: quick runs shortened by work (defaultRunLengths) screen on the flows near the
 * failures and are lengthened until they see the as-is failures; repair never simulates a plan
 * whose cost floor reaches the best verified plan; trim drops the free actions together first.
 */
import { linkId } from '../scenario/linkId.ts';
import { loadScenario } from '../scenario/load.ts';
import { parseQuantity } from '../scenario/units.ts';
import { type Action, applyPlan, keyOf, planCost, planFloor, targetOf, tiersFor, withAction } from './actions.ts';
import { type Candidate, proposeCandidates } from './candidates.ts';
import type { Catalog } from './catalog.ts';
import { type EvalOptions, type Evaluate, type Findings, type Outcome, outcomeOf } from './evaluation.ts';
import { flowsNear, focused } from './flowsNear.ts';
import type { PhaseCounts } from './Plan.ts';
import { type Evaluated, PlanCancelled, type PlanProgress, type SearchOptions, type SearchResult } from './SearchOptions.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

interface Found {
  plan: Action[];
  outcome: Outcome;
  order: Action[];
}

/** A plan as a set: the same actions in any order are the same plan. */
export const planKey = (p: readonly Action[]): string => p.map(keyOf).sort().join('+');

class Search {
  readonly evaluated: Evaluated[] = [];
  evaluations = 0;
  verifications = 0;
  readonly phases: PhaseCounts = {};
  /** the phase the next simulations are counted in */
  phase: PlanProgress['phase'] = 'search';
  private readonly cache = new Map<string, Outcome>();
  /** each plan's candidates, for the findings they were read from (repair retraces the first greedy's rounds) */
  private readonly proposals = new Map<string, { guide: Findings; candidates: Candidate[] }>();
  /** candidates are compared on short runs until a verification disagrees; then at full length */
  private quickOpts: EvalOptions;
  /** while set, quick runs simulate only these flows (the failing ones and those sharing a port with them) */
  private focus: ReadonlySet<string> | undefined;
  reason = '';

  constructor(
    private readonly doc: ScenarioJson,
    private readonly catalog: Catalog,
    private readonly evaluate: Evaluate,
    private readonly o: SearchOptions,
  ) {
    this.quickOpts = o.quick;
  }

  cost(p: readonly Action[]): number {
    return planCost(p, this.doc, this.catalog);
  }

  say(phase: PlanProgress['phase'], message: string, plan?: readonly Action[], failing?: number, round?: number): void {
    const status: PlanProgress = { phase, message, ...(round !== undefined ? { round } : {}) };
    if (plan) Object.assign(status, { actions: plan.length, cost: this.cost(plan) });
    if (failing !== undefined) status.failing = failing;
    this.o.onProgress?.(message, status);
  }

  private async run(plans: Action[][], opts: EvalOptions, verified: boolean): Promise<Outcome[]> {
    const focus = verified ? undefined : this.focus;
    const tag = verified ? 'v:' : `q${opts.durationS}${focus ? 'f' : ''}:`;
    const todo = plans.filter((p) => !this.cache.has(tag + planKey(p)));
    const unique = [...new Map(todo.map((p) => [planKey(p), p])).values()];
    if (unique.length > 0) {
      if (this.o.signal?.aborted) throw new PlanCancelled();
      const reports = await this.evaluate(
        unique.map((p) => focused(applyPlan(this.doc, p, this.catalog, this.o.files), focus)),
        opts,
      );
      unique.forEach((p, i) => {
        const out = outcomeOf(reports[i]);
        this.cache.set(tag + planKey(p), out);
        // a focused run's margins are its flows' only: not a point of the whole plant's front
        if (!focus) this.evaluated.push({ plan: p, cost: this.cost(p), outcome: out, verified });
      });
      const counts = (this.phases[this.phase] ??= { evaluations: 0, verifications: 0 });
      if (verified) {
        this.verifications += unique.length;
        counts.verifications += unique.length;
      } else {
        this.evaluations += unique.length;
        counts.evaluations += unique.length;
      }
    }
    return plans.map((p) => this.cache.get(tag + planKey(p))!);
  }

  quick(plans: Action[][]): Promise<Outcome[]> {
    return this.run(plans, this.quickOpts, false);
  }

  async verify(plan: Action[]): Promise<Outcome> {
    return (await this.run([plan], this.o.verify, true))[0];
  }

  /**
   * Quick runs made shorter than the old rule's (2 s, or the whole run) to bound their work
   * screen candidates on the flows that fail as-is and those sharing a port with them (the rest
   * of a large plant is most of its work and none of its failures); they must at least reproduce
   * the as-is failures: doubled until they do, up to the old length, then on every flow.
   */
  async calibrate(asIs: Outcome): Promise<void> {
    const full = Math.min(2, this.o.verify.durationS);
    if (this.quickOpts.durationS >= full) return;
    if (this.o.shortcuts?.focus !== false) this.focus = flowsNear(loadScenario(this.doc, this.o.files), asIs.failed);
    for (;;) {
      const [q] = await this.quick([[]]);
      const missed = asIs.failed.filter((f) => !q.failed.includes(f));
      if (missed.length === 0) break;
      const on = this.focus ? ` on ${this.focus.size} flows` : '';
      const what = `quick runs of ${this.quickOpts.durationS} s${on} miss ${missed.length} of the ${asIs.failed.length} failing flows`;
      if (this.quickOpts.durationS < full) {
        const longer = Math.min(full, 2 * this.quickOpts.durationS);
        this.say('search', `${what}: ${longer} s from now on`);
        this.quickOpts = { durationS: longer, replications: 1 };
      } else if (this.focus) {
        this.say('search', `${what}: every flow from now on`);
        this.focus = undefined;
      } else break;
    }
    if (this.focus) this.say('search', `quick runs: ${this.quickOpts.durationS} s of the ${this.focus.size} flows that fail or share a port with one`);
  }

  /** the outcome of `plan`'s verification, if it ran */
  verifiedOutcome(plan: readonly Action[]): Outcome | undefined {
    return this.cache.get('v:' + planKey(plan));
  }

  /** how long the quick runs are now */
  get quickDurationS(): number {
    return this.quickOpts.durationS;
  }

  /** The candidates for `plan` given `guide` (the same plan and findings give the same candidates: a gate synthesis at 5,000 devices takes seconds). */
  private propose(plan: readonly Action[], guide: Findings): Candidate[] {
    const known = this.proposals.get(planKey(plan));
    if (known?.guide === guide) return known.candidates;
    const upgraded = applyPlan(this.doc, plan, this.catalog, this.o.files);
    const candidates = proposeCandidates(upgraded, loadScenario(upgraded, this.o.files), guide, plan, this.catalog);
    this.proposals.set(planKey(plan), { guide, candidates });
    return candidates;
  }

  /** the least any plan grown from `p` can cost */
  floor(p: readonly Action[]): number {
    return planFloor(p, this.doc, this.catalog);
  }

  /**
   * Greedy rounds from `start` until a verified plan; actions on `forbidden` targets are never
   * proposed, nor plans that can only end at `bound` or more (branch and bound: a repair is kept
   * only if it is cheaper than the best plan so far, so those are never simulated).
   */
  async greedy(start: Action[], guideFindings: Findings, forbidden: ReadonlySet<string>, maxRounds: number, bound = Infinity): Promise<Found | undefined> {
    const { o } = this;
    const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    let plan = start;
    let current = (await this.quick([plan]))[0];
    let guide = guideFindings;
    const order: Action[] = [];
    for (let round = 0; round < maxRounds; round++) {
      if (current.ok) {
        const v = await this.verify(plan);
        this.say(
          'verify',
          `verifying ${plural(plan.length, 'action')}: ${v.ok ? 'all requirements hold' : `${v.failed.length} still fail`}`,
          plan,
          v.failed.length,
        );
        if (v.ok) return { plan, outcome: v, order };
        guide = v.findings!;
        if (this.quickOpts.durationS < o.verify.durationS || this.focus) {
          this.quickOpts = { durationS: o.verify.durationS, replications: 1 };
          this.focus = undefined;
          current = (await this.quick([plan]))[0];
          this.say(
            'verify',
            `short runs missed ${v.failed.length} failing flow(s): comparing candidates over ${this.quickOpts.durationS} s of every flow from now on`,
            plan,
            v.failed.length,
          );
        } else current = { ...v, ok: false };
      } else if (current.findings) guide = current.findings;

      const proposed = this.propose(plan, guide).filter((c) => !c.actions.some((a) => forbidden.has(targetOf(a))));
      const grown = (c: Candidate) => c.actions.reduce((p, a) => withAction(p, a), plan);
      const candidates = proposed.filter((c) => this.floor(grown(c)) < bound);
      if (candidates.length === 0) {
        this.reason =
          proposed.length === 0
            ? 'no upgrade in the catalog addresses the remaining violations'
            : `every remaining upgrade would cost at least the best plan so far (${bound})`;
        return undefined;
      }
      const chosen = this.beam(candidates);
      const plans = chosen.map(grown);
      const outcomes = await this.quick(plans);
      const step = await this.pick(plan, current, chosen, plans, outcomes, bound);
      if (!step) {
        this.reason = `no candidate improves the ${current.failed.length} failing flow(s): ${current.failed.join(', ')}`;
        return undefined;
      }
      for (const a of step.actions) if (!plan.some((x) => keyOf(x) === keyOf(a))) order.push(a);
      plan = step.plan;
      current = step.out;
      this.say(
        'search',
        `round ${round + 1}: ${plural(plan.length, 'action')}, ${plural(current.failed.length, 'flow')} failing, cost ${this.cost(plan)}`,
        plan,
        current.failed.length,
        round + 1,
      );
    }
    this.reason = `no verified plan within ${maxRounds} rounds`;
    return undefined;
  }

  /** Every free candidate; the best estimated gains per cost; and (so one costly but decisive fix is not crowded out) the best gains outright. */
  private beam(candidates: Candidate[]): Candidate[] {
    const costOf = (c: Candidate) => Math.max(1, this.cost(c.actions));
    const free = candidates.filter((c) => this.cost(c.actions) === 0);
    const paid = candidates.filter((c) => !free.includes(c));
    const byValue = [...paid].sort((a, b) => b.estimate / costOf(b) - a.estimate / costOf(a)).slice(0, this.o.beam);
    const byGain = [...paid].sort((a, b) => b.estimate - a.estimate).slice(0, Math.ceil(this.o.beam / 2));
    return [...free, ...byValue, ...byGain.filter((c) => !byValue.includes(c))];
  }

  /**
   * The round's step: the best improvement (free first, then gain per cost), together with the
   * other candidates that fix other flows on other targets and are as good a deal (free ones
   * with a free best; paid ones costing at most twice the best at half its value or more), if
   * the combination beats the best alone. When nothing helps alone, everything together, if that helps.
   */
  private async pick(plan: Action[], current: Outcome, chosen: Candidate[], plans: Action[][], outcomes: Outcome[], bound: number) {
    const base = this.cost(plan);
    const info = chosen.map((_, i) => {
      const cost = this.cost(plans[i]) - base;
      const gain = current.score - outcomes[i].score;
      return { i, cost, gain, free: cost <= 0, value: cost <= 0 ? gain : gain / cost, fixes: current.failed.filter((f) => !outcomes[i].failed.includes(f)) };
    });
    const improving = info.filter((x) => x.gain > 1e-9);
    if (improving.length === 0) {
      const all = chosen.reduce((p, c) => c.actions.reduce((q, a) => withAction(q, a), p), plan);
      if (this.floor(all) >= bound) return undefined;
      const [together] = await this.quick([all]);
      return together.score < current.score ? { plan: all, out: together, actions: chosen.flatMap((c) => c.actions) } : undefined;
    }
    const best = improving.reduce((b, x) => ((x.free && !b.free) || (x.free === b.free && x.value > b.value) ? x : b));
    const taken = [best];
    const fixed = new Set(best.fixes);
    const targets = new Set(chosen[best.i].actions.map(targetOf));
    for (const x of [...improving].sort((a, b) => outcomes[a.i].score - outcomes[b.i].score)) {
      if (x === best || x.fixes.length === 0 || x.fixes.some((f) => fixed.has(f))) continue;
      if (best.free ? !x.free : x.free || x.cost > 2 * best.cost || x.value < best.value / 2) continue;
      if (chosen[x.i].actions.some((a) => targets.has(targetOf(a)))) continue;
      taken.push(x);
      x.fixes.forEach((f) => fixed.add(f));
      chosen[x.i].actions.forEach((a) => targets.add(targetOf(a)));
    }
    let step = { plan: plans[best.i], out: outcomes[best.i], actions: chosen[best.i].actions };
    const actions = taken.flatMap((x) => chosen[x.i].actions);
    const combined = actions.reduce((p, a) => withAction(p, a), plan);
    if (taken.length > 1 && this.floor(combined) < bound) {
      const [out] = await this.quick([combined]);
      if (out.score < step.out.score) step = { plan: combined, out, actions };
    }
    return step;
  }

  /**
   * Drops actions and lowers link tiers the verified plan does not need, one at a time: each
   * round takes the first variant, cheapest then shortest, that passes a quick run and its
   * verification. The greedy adds free changes first, so a plan often carries several it does
   * not need: dropping them all at once is the shortest same-cost variant, and it is tried with
   * the cheaper ones before the plan is shortened one free change at a time.
   */
  async trim(found: Found): Promise<Found> {
    let { plan, outcome } = found;
    for (;;) {
      const cost = this.cost(plan);
      const variants = this.variants(plan);
      // simpler is better too: the same cost with fewer actions (a free change it does not need)
      const cheaper = variants.filter((v) => this.cost(v) < cost);
      const simpler = variants.filter((v) => this.cost(v) === cost && v.length < plan.length);
      const free = plan.filter((a) => this.cost([a]) === 0);
      const bare = free.length > 1 && this.o.shortcuts?.freeTogether !== false ? [plan.filter((a) => !free.includes(a))] : [];
      const next = (await this.firstVerified([...cheaper, ...bare], plan)) ?? (await this.firstVerified(simpler, plan));
      if (!next) return { plan, outcome, order: found.order.filter((a) => plan.some((x) => targetOf(x) === targetOf(a))) };
      ({ plan, outcome } = next);
    }
  }

  /** The plan without each action, and with each link one tier lower or one accelerator fewer. */
  private variants(plan: readonly Action[]): Action[][] {
    const variants: Action[][] = [];
    for (const a of plan) {
      variants.push(plan.filter((x) => x !== a));
      if (a.kind === 'link-rate') {
        const tiers = tiersFor(a.link, this.doc, this.catalog);
        const i = tiers.findIndex((t) => t.rate === a.rate);
        const orig = this.doc.links.find((l) => linkId(l) === a.link)?.rate;
        if (i > 0 && !(orig && parseQuantity(tiers[i - 1].rate, 'rate') <= parseQuantity(orig, 'rate') * 1.0001)) {
          variants.push(plan.map((x) => (x === a ? { ...a, rate: tiers[i - 1].rate } : x)));
        }
      }
      if (a.kind === 'gpu' && a.add > 1) variants.push(plan.map((x) => (x === a ? { ...a, add: a.add - 1 } : x)));
    }
    return variants;
  }

  /** Of `variants`, the first (cheapest, then shortest) that passes its quick run and its verification. */
  private async firstVerified(variants: Action[][], from: readonly Action[]): Promise<{ plan: Action[]; outcome: Outcome } | undefined> {
    if (variants.length === 0) return undefined;
    const outcomes = await this.quick(variants);
    const ranked = variants
      .map((v, i) => ({ v, out: outcomes[i] }))
      .filter((x) => x.out.ok)
      .sort((a, b) => this.cost(a.v) - this.cost(b.v) || a.v.length - b.v.length);
    for (const cand of ranked) {
      const v = await this.verify(cand.v);
      if (v.ok) {
        const n = (p: readonly Action[]) => `${p.length} action${p.length === 1 ? '' : 's'}`;
        this.say('trim', `improved: ${n(from)} → ${n(cand.v)}, cost ${this.cost(from)} → ${this.cost(cand.v)}`, cand.v, 0);
        return { plan: cand.v, outcome: v };
      }
    }
    return undefined;
  }
}

export async function searchPlan(doc: ScenarioJson, catalog: Catalog, evaluate: Evaluate, o: SearchOptions): Promise<SearchResult> {
  const s = new Search(doc, catalog, evaluate, o);
  const result = (found: Found | undefined, asIs: Outcome, reason?: string): SearchResult => {
    const byTarget = new Map(found?.plan.map((a) => [targetOf(a), a]) ?? []);
    const order = [...new Set((found?.order ?? []).map((a) => byTarget.get(targetOf(a))).filter((a) => a !== undefined))];
    for (const a of found?.plan ?? []) if (!order.includes(a)) order.push(a);
    return {
      asIs,
      plan: found?.plan,
      final: found?.outcome,
      order,
      evaluated: s.evaluated,
      evaluations: s.evaluations,
      verifications: s.verifications,
      phases: s.phases,
      quickDurationS: s.quickDurationS,
      verified: (p) => s.verifiedOutcome(p),
      ...(reason ? { reason } : {}),
    };
  };

  s.phase = 'verify';
  const asIs = await s.verify([]);
  if (asIs.error) return result(undefined, asIs, asIs.error);
  if (asIs.ok) return result({ plan: [], outcome: asIs, order: [] }, asIs);

  s.phase = 'search';
  await s.calibrate(asIs);
  const first = await s.greedy([], asIs.findings!, new Set(), o.maxRounds);
  if (!first) return result(undefined, asIs, s.reason);
  s.phase = 'trim';
  let best = await s.trim(first);
  s.phase = 'repair';

  // destroy and repair: without each of the most expensive actions, can a greedy repair do it cheaper?
  const expensive = [...best.plan]
    .filter((a) => s.cost([a]) > 0)
    .sort((a, b) => s.cost([b]) - s.cost([a]))
    .slice(0, o.repairs ?? 3);
  for (const a of expensive) {
    if (!best.plan.includes(a)) continue;
    const rest = best.plan.filter((x) => x !== a);
    const forbidden = new Set([targetOf(a)]);
    s.say('repair', `trying without: ${a.kind} ${JSON.stringify(a).slice(0, 60)}`, rest);
    const [restOut] = await s.quick([rest]);
    const bound = o.shortcuts?.bound === false ? Infinity : s.cost(best.plan);
    const repaired = await s.greedy(rest, restOut.findings ?? asIs.findings!, forbidden, 8, bound);
    if (!repaired || s.cost(repaired.plan) >= s.cost(best.plan)) continue;
    const trimmed = await s.trim({ ...repaired, order: [...best.order.filter((x) => x !== a), ...repaired.order] });
    if (s.cost(trimmed.plan) < s.cost(best.plan)) {
      s.say('repair', `repaired for less: ${s.cost(best.plan)} → ${s.cost(trimmed.plan)}`, trimmed.plan, 0);
      best = trimmed;
    }
  }
  return result(best, asIs);
}
