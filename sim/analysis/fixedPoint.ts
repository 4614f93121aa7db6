/**
 * The network's bursts as a fixed point J = F(J), iterated from zero (J: per stream and hop,
 * the delay variation its frames have picked up before the port). When routes do not depend on
 * each other in a loop (feed-forward), the iteration reaches the exact fixed point after as many
 * rounds as the longest chain of ports. With cyclic dependencies (hasCycle) it is stopped once
 * it has settled, and the bursts are inflated a little until they are a post-fixed point
 * F(J) ≤ J, which the time-stopping argument of Le Boudec & Thiran (Network Calculus,
 * Chapter 6) makes sound; when none is found, the streams still moving are reported unbounded.
 */
import { because, type Reason } from './Reason.ts';
import type { Stream } from './Stream.ts';

export interface State {
  J: number[][];
  why: (Reason | undefined)[];
}

export function fixedPoint<T>(evaluate: (s: State) => { next: State; out: T }, streams: readonly Stream[], cyclic: boolean): { out: T; iterations: number } {
  let state: State = { J: streams.map((s) => s.hops.map(() => 0)), why: streams.map(() => undefined) };
  const cap = cyclic ? 200 : 16 + 2 * streams.reduce((n, s) => n + s.hops.length, 0);
  let iterations = 0;
  let last: { next: State; out: T } | undefined = evaluate(state);
  while (iterations < cap && !same(last.next.J, state.J) && !(cyclic && (settled(last.next.J, state.J) || runaway(last.next.J)))) {
    state = last.next;
    // the last round's results are garbage once the next starts (a large plant's are hundreds of MB): not held through it
    last = undefined;
    last = evaluate(state);
    iterations++;
  }
  if (!same(last.next.J, state.J)) last = settle(evaluate, state, last, streams);
  return { out: last.out, iterations };
}

/** Delay variations beyond 1000 s: a loop feeding itself, not a factory network's bound (reporting none is the sound answer). */
function runaway(J: number[][]): boolean {
  return J.some((row) => row.some((x) => Number.isFinite(x) && x > 1e3));
}

/** Bursts that no longer move (relative change below 1e-9): close enough to inflate into a post-fixed point. */
function settled(a: number[][], b: number[][]): boolean {
  return a.every((row, i) => row.every((x, j) => x === b[i][j] || Math.abs(x - b[i][j]) <= 1e-9 * Math.abs(x)));
}

function same(a: number[][], b: number[][]): boolean {
  return a.every((row, i) => row.every((x, j) => x === b[i][j]));
}

/** Cyclic case: inflate the settled bursts until they are a post-fixed point; otherwise the changing streams are unbounded. */
function settle<T extends { next: State }>(evaluate: (s: State) => T, state: State, last: T, streams: readonly Stream[]): T {
  for (let k = 0; k < 8; k++) {
    const factor = 1e-6 * 4 ** k;
    const J = last.next.J.map((row) => row.map((x) => (Number.isFinite(x) ? x * (1 + factor) + 1e-9 * 4 ** k : x)));
    const trial = evaluate({ J, why: last.next.why });
    if (trial.next.J.every((row, i) => row.every((x, j) => x <= J[i][j]))) return trial;
  }
  const J = last.next.J.map((row, i) => (row.every((x, j) => x === state.J[i][j]) ? row : row.map(() => Infinity)));
  const why = last.next.why.map((w, i) =>
    J[i].some((x) => !Number.isFinite(x)) ? (w ?? because(`${streams[i].label} is in a loop of ports whose bursts feed each other without bound`)) : w,
  );
  return evaluate({ J, why });
}
