/**
 * The arrival curves of a sequence of port entries with each of them left out in turn, as
 * analysePort's blind multiplexing needs them (a stream waits for everything it shares the
 * port with but itself): `allButOne(entries, seq)(i)` is `aggregate(entries, seq without i)`
 * to the last bit. Made one by one, that is n curves of n entries, with n·m phase-aware steps
 * each (phaseAligned.ts): cubic in the streams of a busy port (a plant's 10,000 sensors to
 * one MES). Here the parts of `seq` that do not hold i (the curve of each input link, of each
 * period's steps) are made once, and for each i only its own input's curve and its period's
 * steps without it (phaseSteps) are made again, then summed in the order aggregate sums them.
 */
import { addCurves, type Curve, minCurves, tokenBucket, ZERO } from './Curve.ts';
import type { PortEntry } from './analysePort.ts';
import { type PhaseCache, phaseSteps } from './phaseAligned.ts';
import { maxOf } from '../core/extrema.ts';

const PS = 1e-12;

export function allButOne(entries: readonly PortEntry[], seq: readonly number[], cache?: PhaseCache): (i: number) => Curve {
  const pos = new Map<number, number>(seq.map((m, k) => [m, k]));
  const inputs = groupBy(seq, (m) => entries[m].prev);
  const inputCurves = new Map([...inputs].map(([prev, g]) => [prev, inputCurve(entries, prev, g)]));
  const periods = groupBy(
    seq.filter((m) => entries[m].window && entries[m].arrival),
    (m) => entries[m].window!.period,
  );
  const steps = new Map<number, { without(skip: number): Curve }>();
  const stepsOf = (period: number, g: number[]) => {
    let s = steps.get(period);
    if (!s) {
      const windows = g.map((m) => entries[m].window!);
      steps.set(period, (s = cache ? cache.steps(windows) : phaseSteps(windows)));
    }
    return s;
  };
  const inGroup = new Map<number, number>();
  for (const g of periods.values()) g.forEach((m, k) => inGroup.set(m, k));
  // entries not in a period's group of two or more: their own token buckets
  const single = seq.filter((m) => !inGroup.has(m) || periods.get(entries[m].window!.period)!.length < 2);
  const byFirst = (a: { first: number }, b: { first: number }) => a.first - b.first;

  return (i) => {
    // line shaping: each input's curve, in the order the inputs first appear without i
    const shapedParts: { first: number; curve: Curve }[] = [];
    inputs.forEach((g, prev) => {
      if (prev !== entries[i].prev) shapedParts.push({ first: pos.get(g[0])!, curve: inputCurves.get(prev)! });
      else {
        const rest = g.filter((m) => m !== i);
        if (rest.length > 0) shapedParts.push({ first: pos.get(rest[0])!, curve: inputCurve(entries, prev, rest) });
      }
    });
    const shaped = addCurves(...shapedParts.sort(byFirst).map((p) => p.curve));
    // periods with two or more entries without i: their phase-aware curves, in the order the periods first appear
    const own = inGroup.has(i) ? entries[i].window!.period : undefined;
    const phased: { first: number; curve: Curve }[] = [];
    let alone: number | undefined; // the one entry left of a period of two
    periods.forEach((g, period) => {
      const left = period === own ? g.length - 1 : g.length;
      if (left < 2) {
        if (left === 1 && g.length === 2) alone = g[0] === i ? g[1] : g[0];
        return;
      }
      const first = g[0] === i ? g[1] : g[0];
      phased.push({ first: pos.get(first)!, curve: stepsOf(period, g).without(period === own ? inGroup.get(i)! : -1) });
    });
    if (phased.length === 0) return shaped;
    const rest = single.filter((m) => m !== i);
    if (alone !== undefined) rest.splice(sortedIndex(rest, pos.get(alone)!, pos), 0, alone);
    const parts = [...phased.sort(byFirst).map((p) => p.curve), ...rest.map((m) => entries[m].arrival ?? ZERO)];
    return minCurves(shaped, addCurves(...parts));
  };
}

function groupBy(seq: readonly number[], key: (m: number) => number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const m of seq) {
    const k = key(m);
    const g = out.get(k);
    if (g) g.push(m);
    else out.set(k, [m]);
  }
  return out;
}

/** Where an entry at position p goes in `list` (in order of position). */
function sortedIndex(list: readonly number[], p: number, pos: ReadonlyMap<number, number>): number {
  let k = 0;
  while (k < list.length && pos.get(list[k])! < p) k++;
  return k;
}

/** The entries `g` that come over one input (prev; < 0: from their sources), capped by that link. */
export function inputCurve(entries: readonly PortEntry[], prev: number, g: number[]): Curve {
  const sum = addCurves(...g.map((i) => entries[i].arrival ?? ZERO));
  if (prev < 0) return sum;
  const rate = entries[g[0]].prevRate;
  const k = maxOf(g.map((i) => entries[i].ratio));
  // the frame on the wire of the input link, and a preempted one held there, may both end later than the window starts
  const L = maxOf(g.map((i) => entries[i].prevFrameBits)) + maxOf(g.map((i) => entries[i].prevHeldBits ?? 0));
  return minCurves(sum, tokenBucket(k * (L + 3 * rate * PS), k * rate));
}
