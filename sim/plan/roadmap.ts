/**
 * A phased roadmap: the plan's actions in the order the search found them useful (free
 * changes first), packed into yearly budgets; an action larger than what is left waits for
 * the next year, unspent budget carries over.
 */
import type { Action } from './actions.ts';

export interface Budget {
  years: number[];
  perYear: number;
}

export function phase(order: readonly Action[], cost: (a: Action) => number, b: Budget): { year: number; budget: number; actions: Action[] }[] {
  const free = order.filter((a) => cost(a) === 0);
  const queue = [...free, ...order.filter((a) => cost(a) > 0)];
  const phases: { year: number; budget: number; actions: Action[] }[] = [];
  let carry = 0;
  for (let y = 0; y < b.years.length; y++) {
    const last = y === b.years.length - 1;
    let left = carry + b.perYear;
    const budget = left;
    const actions: Action[] = [];
    while (queue.length > 0 && (cost(queue[0]) <= left || last)) {
      const a = queue.shift()!;
      left -= cost(a);
      actions.push(a);
    }
    carry = Math.max(0, left);
    phases.push({ year: b.years[y], budget, actions });
  }
  return phases;
}
