/** Cost vs. worst-margin Pareto front of every plan the search evaluated. */
import type { Action } from './actions.ts';
import type { Outcome } from './evaluation.ts';
import type { Evaluated } from './SearchOptions.ts';

/** Verifications the front may ask for beyond the search's own (each is a full-length run with replications). */
export const FRONT_VERIFICATIONS = 6;

/**
 * The front of `all`, each plan at its most telling evaluation: its verification where it has one,
 * else its last quick run (the search's quick runs only lengthen, so the last is the longest).
 */
export function paretoFront(all: readonly Evaluated[]): Evaluated[] {
  const byPlan = new Map<string, Evaluated>();
  for (const e of all) {
    const k = JSON.stringify(e.plan.map((a) => JSON.stringify(a)).sort());
    const prev = byPlan.get(k);
    if (!prev || e.verified || !prev.verified) byPlan.set(k, e);
  }
  const usable = [...byPlan.values()].filter((e) => Number.isFinite(e.outcome.worstMargin));
  const sorted = usable.sort((a, b) => a.cost - b.cost || b.outcome.worstMargin - a.outcome.worstMargin);
  const front: Evaluated[] = [];
  let bestMargin = -Infinity;
  for (const e of sorted) {
    if (e.outcome.worstMargin > bestMargin + 1e-12) {
      front.push(e);
      bestMargin = e.outcome.worstMargin;
    }
  }
  return front;
}

/**
 * The front with its points that passed a quick run verified at full length, so that no point
 * says "every requirement holds" on a short run's word (on the electronics line a 2 s run passed a
 * $900 plan whose 8 s verification fails 4 flows, and that point hid the verified $30,900 plan).
 * A verification moves its point, which can bring another onto the front: repeated until every
 * passing point is verified or `most` verifications are spent (those left stay `verified: false`).
 */
export async function verifiedFront(
  evaluated: readonly Evaluated[],
  verify: (plans: Action[][]) => Promise<Outcome[]>,
  most = FRONT_VERIFICATIONS,
): Promise<Evaluated[]> {
  const all = [...evaluated];
  for (let left = most; ; ) {
    const front = paretoFront(all);
    const todo = front.filter((e) => !e.verified && e.outcome.ok).slice(0, left);
    if (todo.length === 0) return front;
    const outcomes = await verify(todo.map((e) => e.plan));
    todo.forEach((e, i) => all.push({ plan: e.plan, cost: e.cost, outcome: outcomes[i], verified: true }));
    left -= todo.length;
  }
}
