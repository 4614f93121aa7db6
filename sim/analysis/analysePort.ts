/**
 * One egress port (sim/net/WiredMedium.ts) seen by network calculus. The port is a work-conserving
 * link of rate R, store-and-forward, with 8 strict-priority FIFO queues (or one FIFO) and up to
 * `txBuffer` frames committed to the MAC that priority can no longer overtake.
 *
 * For a frame x of class c arriving at a, let t0 ≤ a be the last instant no frame of class ≥ c
 * was queued. From t0 the port is busy until x starts, and what it sends before x is: the frames
 * on the wire or committed at t0 (the blocking term), class-c frames that arrived in [t0, a],
 * and higher-class frames that arrived before x started. The blocking term is
 *  - 0 when no lower class uses the port, or the port is FIFO;
 *  - the largest lower-class frame when txBuffer = 0 (the non-preemptive priority node of
 *    Le Boudec & Thiran, Network Calculus, Section 1.3.2);
 *  - (1 + txBuffer) largest frames of any class otherwise (whatever was on the wire and in
 *    the MAC's buffer at t0).
 * Hence, with α_H the higher classes and α_C the class (x included, its own frame l_x), x
 * starts by h(α_C − l_x, [R t − blocking − α_H]⁺) after it arrives, and reaches the next node
 * l_x⁻/R later (l_x⁻: without the gap after it), or, into a cut-through switch, once its first
 * bytes are out (cutThrough.ts): the per-hop bound ("TFA"); the smallest l_x is the worst.
 * and per stream, treating the other flows of its class as if they could also pass it
 * (blind multiplexing, Theorem 6.2.1, sound for FIFO since FIFO never serves them earlier),
 *   completion(x) ≤ t0 + β⁻¹(A_s[t0, a]),  β = [R t − blocking − α_others]⁺
 * which is the per-hop service curve the end-to-end "pay bursts only once" bound concatenates.
 *
 * Traffic arriving over one input link is also limited by that link: its frames were sent one
 * after the other, so in any window of length t they carry at most κ (C t + L) bits, C the
 * input rate, L its largest frame, κ the wire-size ratio between the two links (line shaping).
 *
 * Past BLIND_EXACT streams that one waits for (a plant's thousands of sensors to one MES), the
 * blind-multiplexing curve of each, everything but itself, costs n curves of n streams: each
 * stream then waits for all of them, itself included, one curve for the class. That is an upper
 * bound of everything but itself (a curve of more streams, Le Boudec & Thiran, Theorem 6.2.1
 * still applies), looser by one stream's share of thousands.
 */
import { addCurves, minCurves, shiftUp, ZERO, type Curve } from './Curve.ts';
import { delayBound } from './deviation.ts';
import { type PhaseCache, phaseAligned, type Phased } from './phaseAligned.ts';
import { allButOne, inputCurve } from './allButOne.ts';
import type { HopTerm } from './BoundsReport.ts';
import { because, via, type Reason } from './Reason.ts';
import { residualService } from './residualService.ts';
import { maxOf } from '../core/extrema.ts';

export interface PortEntry {
  label: string;
  /** priority class at this port (0 for every entry of a FIFO port) */
  cls: number;
  /** token bucket in wire bits at this port; null when the stream is unbounded here */
  arrival: Curve | null;
  why?: Reason;
  frameMax: number;
  frameMin: number;
  /** previous port (-1 at the source) with its rate, this stream's wire ratio from it, and its largest frame there in bits */
  prev: number;
  prevRate: number;
  ratio: number;
  prevFrameBits: number;
  /**
   * its largest frame's bits on the previous link when that port may preempt it (802.1Qbu): reassembled,
   * it arrives at its last bit although most of it was sent before the express frames that cut it
   */
  prevHeldBits?: number;
  /** for a periodic stream: bits per unit here, period, phase and the window of delays from its source to this port (seconds) */
  window?: Phased;
  /** inter-frame gap, bits (0 when left out) */
  ifgBits?: number;
  /** frame bytes (no preamble or gap) of the smallest and largest frame */
  bytes?: { min: number; max: number };
  /** into a cut-through switch: its bytes and the largest frame's bits to its handover; the least bits from handover to the end of a frame (cutThrough.ts) */
  handover?: { cutThrough: number; bits: number; saving: number };
  /** bits here per bit of the stream's own measure beyond its wire size (frames held longer: cut-through tails, preemption): the service is divided by it */
  scale?: number;
  /** arrives cut-through, before its last bit */
  early?: boolean;
}

export interface EntryResult {
  /** per-hop delay bound, seconds, from arrival to the frame's handover to the next node: its last bit, or its cut-through point (Infinity when unbounded) */
  delay: number;
  /** … and to the end of its transmission, gap included */
  completion: number;
  /** least seconds from a frame's handover to the end of its transmission (taken off the pay-bursts-only-once bound) */
  saving: number;
  /** per-stream residual service curve, in the stream's own bits, null when none is left */
  service: Curve | null;
  /** blocking, bits */
  blocking: number;
  /** why the entry is unbounded here */
  why?: Reason;
  /** what the bound at this port is made of, per mechanism */
  terms: HopTerm[];
  /** its service is what the whole class leaves (past BLIND_EXACT streams), not everything but itself */
  coarse?: true;
}

export interface PortSpec {
  rate: number;
  fifo: boolean;
  txBuffer: number;
  label: string;
}

/** Seconds from a frame's start to its handover, for the smallest frame `lx` (bits, with gap): the last bit, or the cut-through point. */
export function handoverTime(e: PortEntry, rate: number, lx: number): number {
  return (e.handover && e.handover.cutThrough > 0 ? e.handover.bits : lx - (e.ifgBits ?? 0)) / rate;
}

export const savingTime = (e: PortEntry, rate: number): number => (e.handover?.saving ?? e.ifgBits ?? 0) / rate;

/** A per-stream service curve in the stream's own bits. */
export const ownBits = (c: Curve | null, e: PortEntry): Curve | null =>
  c && e.scale && e.scale !== 1 ? { xs: c.xs, ys: c.ys.map((y) => y / e.scale!), slope: c.slope / e.scale } : c;

/**
 * Arrival curve of a set of entries: per input link, the sum of token buckets capped by the
 * link (line shaping); and, where periodic streams share a period, their phase-aware curve
 * (phaseAligned) plus the others' token buckets. Both are sound: the result is their minimum.
 */
export function aggregate(entries: readonly PortEntry[], members: readonly number[], cache?: PhaseCache): Curve {
  const shaped = lineShaped(entries, members);
  const byPeriod = new Map<number, number[]>();
  for (const i of members) {
    const w = entries[i].window;
    if (!w || !entries[i].arrival) continue;
    const g = byPeriod.get(w.period);
    if (g) g.push(i);
    else byPeriod.set(w.period, [i]);
  }
  const groups = [...byPeriod.values()].filter((g) => g.length > 1);
  if (groups.length === 0) return shaped;
  const grouped = new Set(groups.flat());
  const parts = groups.map((g) =>
    phaseAligned(
      g.map((i) => entries[i].window!),
      cache,
    ),
  );
  for (const i of members) if (!grouped.has(i)) parts.push(entries[i].arrival ?? ZERO);
  return minCurves(shaped, addCurves(...parts));
}

function lineShaped(entries: readonly PortEntry[], members: readonly number[]): Curve {
  const groups = new Map<number, number[]>();
  for (const i of members) {
    const g = groups.get(entries[i].prev);
    if (g) g.push(i);
    else groups.set(entries[i].prev, [i]);
  }
  return addCurves(...[...groups].map(([prev, g]) => inputCurve(entries, prev, g)));
}

/** The most streams one waits for at a port for which its blind-multiplexing curve is made without it (beyond: see above). */
export const BLIND_EXACT = 3000;

/** `blindExact`: BLIND_EXACT unless a test says; `cache`: the phase-aware curves of the fixed point's last round (boundNetwork). */
export function analysePort(
  port: PortSpec,
  entries: readonly PortEntry[],
  { blindExact = BLIND_EXACT, cache }: { blindExact?: number; cache?: PhaseCache } = {},
): EntryResult[] {
  const R = port.rate;
  const all = entries.map((_, i) => i);
  // what a class sees (the entries above, its own, below, the blocking) and its curves are shared by its members: once per class
  const classes = new Map<
    number,
    {
      higher: number[];
      own: number[];
      lower: number[];
      blocking: number;
      aH?: Curve;
      aC?: Curve;
      others?: (i: number) => Curve;
      terms?: HopTerm[];
      /** past blindExact, the one residual every member gets */
      shared?: Curve | null;
      unbounded?: number[];
    }
  >();
  const classOf = (c: number) => {
    let k = classes.get(c);
    if (!k) {
      const lower = port.fifo ? [] : all.filter((j) => entries[j].cls < c);
      const blocking =
        lower.length === 0
          ? 0
          : port.txBuffer === 0
            ? maxOf(lower.map((j) => entries[j].frameMax))
            : (1 + port.txBuffer) * maxOf(entries.map((x) => x.frameMax));
      k = { higher: port.fifo ? [] : all.filter((j) => entries[j].cls > c), own: port.fifo ? all : all.filter((j) => entries[j].cls === c), lower, blocking };
      classes.set(c, k);
    }
    return k;
  };
  return entries.map((e, i) => {
    const k = classOf(e.cls);
    const { higher, blocking } = k;
    // what strict priority costs is the class's, and so is its list of terms (shared: nothing writes to it)
    k.terms ??= port.fifo
      ? []
      : [
          {
            source: 'strict priority',
            term:
              blocking > 0
                ? port.txBuffer > 0
                  ? `blocking: ${1 + port.txBuffer} frames already committed to the MAC`
                  : 'blocking: one lower-priority frame it cannot overtake'
                : 'no lower-priority traffic to wait for',
            seconds: blocking / R,
          },
        ];
    const result = (delay: number, completion: number, service: Curve | null, why: Reason | undefined, coarse?: true): EntryResult => {
      const r: EntryResult = { delay, completion, saving: savingTime(e, R), service, blocking, why, terms: k.terms! };
      if (coarse) r.coarse = coarse;
      return r;
    };
    if (!e.arrival) return result(Infinity, Infinity, null, e.why);
    // the first unbounded entry it waits for: above it, or of its class but itself
    k.unbounded ??= [...higher.filter((j) => !entries[j].arrival).slice(0, 1), ...k.own.filter((j) => !entries[j].arrival).slice(0, 2)];
    const culprit = k.unbounded.find((j) => j !== i);
    if (culprit !== undefined)
      return result(Infinity, Infinity, null, via(`shares ${port.label} with ${entries[culprit].label}, which has no bound`, entries[culprit].why!));
    // every member of a class reaching here has an arrival and no culprit (or none does), so the first computes its curves
    k.aH ??= aggregate(entries, higher, cache);
    k.aC ??= aggregate(entries, k.own, cache);
    const lx = e.frameMin;
    const classService = residualService(R, blocking, k.aH);
    const start = classService ? delayBound(shiftUp(k.aC, -lx), classService) : Infinity;
    const why = Number.isFinite(start) ? undefined : overload(port, entries, [i, ...higher, ...k.own.filter((j) => j !== i)]);
    const delay = start + handoverTime(e, R, lx);
    const completion = start + lx / R;
    // blind multiplexing: everything it may wait for but itself (allButOne: what is common to the members made once per class)
    if (higher.length + k.own.length <= blindExact) {
      k.others ??= allButOne(entries, [...higher, ...k.own], cache);
      return result(delay, completion, ownBits(residualService(R, blocking, k.others(i)), e), why);
    }
    if (k.shared === undefined) k.shared = residualService(R, blocking, higher.length === 0 ? k.aC : aggregate(entries, [...higher, ...k.own], cache));
    return result(delay, completion, ownBits(k.shared, e), why, true);
  });
}

export function overload(port: { label: string; rate: number }, entries: readonly PortEntry[], members: number[]): Reason {
  const load = members.reduce((s, j) => s + (entries[j].arrival?.slope ?? 0), 0);
  return because(
    `${port.label} is overloaded: the traffic it must serve first offers ` +
      `${(load / 1e6).toPrecision(4)} Mb/s of wire bits for ${(port.rate / 1e6).toPrecision(4)} Mb/s`,
  );
}
