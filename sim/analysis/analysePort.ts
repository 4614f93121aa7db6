/**
 * One egress port (sim/net/Ports.ts) seen by network calculus. The port is a work-conserving
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
 * Hence, with α_H the higher classes and α_C the class (x included, its own frame l_x):
 *   delay(x) ≤ h(α_C − l_x, [R t − blocking − α_H]⁺) + l_x / R        (per-hop bound, "TFA")
 * and per stream, treating the other flows of its class as if they could also pass it
 * (blind multiplexing, Theorem 6.2.1, sound for FIFO since FIFO never serves them earlier),
 *   completion(x) ≤ t0 + β⁻¹(A_s[t0, a]),  β = [R t − blocking − α_others]⁺
 * which is the per-hop service curve the end-to-end "pay bursts only once" bound concatenates.
 *
 * Traffic arriving over one input link is also limited by that link: its frames were sent one
 * after the other, so in any window of length t they carry at most κ (C t + L) bits, C the
 * input rate, L its largest frame, κ the wire-size ratio between the two links (line shaping).
 */
import { addCurves, minCurves, shiftUp, tokenBucket, ZERO, type Curve } from './Curve.ts';
import { delayBound } from './deviation.ts';
import { phaseAligned, type Phased } from './phaseAligned.ts';
import { because, via, type Reason } from './Reason.ts';
import { residualService } from './residualService.ts';

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
  /** for a periodic stream: bits per unit here, period, phase and the window of delays from its source to this port (seconds) */
  window?: Phased;
}

export interface EntryResult {
  /** per-hop delay bound, seconds, from arrival to the end of the frame's transmission (Infinity when unbounded) */
  delay: number;
  /** per-stream residual service curve (bits), null when none is left */
  service: Curve | null;
  /** blocking, bits */
  blocking: number;
  /** why the entry is unbounded here */
  why?: Reason;
  higher: number[];
  same: number[];
  lower: number[];
}

export interface PortSpec {
  rate: number;
  fifo: boolean;
  txBuffer: number;
  label: string;
}

const PS = 1e-12;

/**
 * Arrival curve of a set of entries: per input link, the sum of token buckets capped by the
 * link (line shaping); and, where periodic streams share a period, their phase-aware curve
 * (phaseAligned) plus the others' token buckets. Both are sound: the result is their minimum.
 */
export function aggregate(entries: readonly PortEntry[], members: readonly number[]): Curve {
  const shaped = lineShaped(entries, members);
  const byPeriod = new Map<number, number[]>();
  for (const i of members) {
    const w = entries[i].window;
    if (!w || !entries[i].arrival) continue;
    byPeriod.set(w.period, [...(byPeriod.get(w.period) ?? []), i]);
  }
  const phased = [...byPeriod.values()].filter((g) => g.length > 1);
  if (phased.length === 0) return shaped;
  const grouped = new Set(phased.flat());
  const parts = phased.map((g) => phaseAligned(g.map((i) => entries[i].window!)));
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
  const parts: Curve[] = [];
  for (const [prev, g] of groups) {
    const sum = addCurves(...g.map((i) => entries[i].arrival ?? ZERO));
    if (prev < 0) {
      parts.push(sum);
      continue;
    }
    const rate = entries[g[0]].prevRate;
    const k = Math.max(...g.map((i) => entries[i].ratio));
    const L = Math.max(...g.map((i) => entries[i].prevFrameBits));
    parts.push(minCurves(sum, tokenBucket(k * (L + 3 * rate * PS), k * rate)));
  }
  return addCurves(...parts);
}

export function analysePort(port: PortSpec, entries: readonly PortEntry[]): EntryResult[] {
  const R = port.rate;
  const all = entries.map((_, i) => i);
  // the classes' curves are shared by their members: compute each set once
  const memo = new Map<string, Curve>();
  const curveOf = (members: number[]) => {
    const key = [...members].sort((a, b) => a - b).join(',');
    let c = memo.get(key);
    if (!c) memo.set(key, (c = aggregate(entries, members)));
    return c;
  };
  return entries.map((e, i) => {
    const higher = port.fifo ? [] : all.filter((j) => entries[j].cls > e.cls);
    const same = all.filter((j) => j !== i && (port.fifo || entries[j].cls === e.cls));
    const lower = port.fifo ? [] : all.filter((j) => entries[j].cls < e.cls);
    let blocking = 0;
    if (lower.length > 0)
      blocking = port.txBuffer === 0 ? Math.max(...lower.map((j) => entries[j].frameMax)) : (1 + port.txBuffer) * Math.max(...entries.map((x) => x.frameMax));
    const base = { blocking, higher, same, lower };
    if (!e.arrival) return { ...base, delay: Infinity, service: null, why: e.why };
    const culprit = [...higher, ...same].find((j) => !entries[j].arrival);
    if (culprit !== undefined)
      return { ...base, delay: Infinity, service: null, why: via(`shares ${port.label} with ${entries[culprit].label}, which has no bound`, entries[culprit].why!) };
    const aH = curveOf(higher);
    const aC = curveOf([i, ...same]);
    const lx = e.frameMin;
    const classService = residualService(R, blocking, aH);
    const delay = classService ? delayBound(shiftUp(aC, -lx), classService) + lx / R : Infinity;
    const service = residualService(R, blocking, curveOf([...higher, ...same]));
    const why = Number.isFinite(delay) ? undefined : overload(port, entries, [i, ...higher, ...same]);
    return { ...base, delay, service, why };
  });
}

function overload(port: PortSpec, entries: readonly PortEntry[], members: number[]): Reason {
  const load = members.reduce((s, j) => s + (entries[j].arrival?.slope ?? 0), 0);
  return because(`${port.label} is overloaded: the traffic it must serve first offers ${(load / 1e6).toPrecision(4)} Mb/s of wire bits for ${(port.rate / 1e6).toPrecision(4)} Mb/s`);
}
