/**
 * 802.3br holds one preempted frame at a time (sim/net/TsnScheduler.ts `kick`): while a frame of
 * a preemptable class k is held — cut by an express frame, or stopped at its gate's close (a
 * preemptable frame may start when only a minimum fragment fits before the close) — no other
 * preemptable class starts until it has resumed and finished. Express classes are not held back.
 *
 * The life of a frame of k, from its start to its end, is spent on its own bits (F, with all
 * its cuts), on express classes above k (they go before it resumes: α_E, from an instant
 * they had nothing ready to start — their arrival curves, early by the frames still arriving
 * cut-through then, or α_e(t + D_e) where D_e is known or guessed), on one
 * express frame below k still on the wire when k's window opens, on credit k waits for when
 * shaped, and otherwise the held frame waits for k's gate to reopen and for room for a minimum
 * fragment before it closes. With Γ_k the time k can resume in (classAvailability), a life
 * that starts at s ends by Γ_k⁻¹(Γ_k(s) + Y(d)), Y(d) = F/R + α_E(d)/R + the credit wait:
 * the least d ≥ sup_s [that − s] (worst at the end of an interval of Γ_k) bounds every life.
 *
 * For a preemptable class c, what a life costs beyond the bits counted elsewhere (`cost`): F +
 * n·(gap + in-flight) + α_B(d)/R + credit wait, n the closes of k's gate within a life, `gap`
 * the time of c's windows from a close of k (less the minimum fragment's room before it) to
 * its reopening, B the express classes between k and c that share c's windows (those above c
 * are interference); only n·gap + α_B(d)/R when k's windows never meet c's.
 *  - a lower class k: one life when c's backlog begins (blocking) and — c gated — one in
 *    progress when each window of c opens: what is left at x, Γ_k⁻¹(Γ_k(x) + Y(d)) − x. Or,
 *    when that takes less of c's time in the long run, each life is counted: those that meet
 *    an interval of length u arrived within u + D_k, at most Σ_i α_i(u + D_k)/l_i (D_k guessed
 *    and checked by analyseTsnPort's fixed point).
 *  - a higher class k (gated or shaped): per frame n·(gap + in-flight) + credit wait, counted
 *    so, or per close of its gate (at most one hold each) without the credit wait.
 * An express class is never held back, but a preemptable class above it is, and then sends the
 * backlog it built before the express class: for that class it is interference by what leaves
 * it, α_h(t + D_h), not by what arrives (analyseTsnPort).
 */
import type { HopTerm } from '../BoundsReport.ts';
import { addCurves, curveAt, minCurves, scaleCurve, shiftLeft, tokenBucket, ZERO, type Curve } from '../Curve.ts';
import type { PortEntry } from '../analysePort.ts';
import { because, type Reason } from '../Reason.ts';
import { availability, gamma, release, type Availability } from './Availability.ts';
import { classAvailability } from './classAvailability.ts';
import { creditDeficit } from './creditShaper.ts';
import { overlap } from './gateSchedule.ts';
import { gated, preemptable, shaped, type TsnSpec } from './TsnSpec.ts';
import { maxOf } from '../../core/extrema.ts';

const PS = 1e-12;
const CONTINUATION = 8;
const MAX_CYCLES = 64;

export interface HeldPort {
  rate: number;
  tsn: TsnSpec;
  label: string;
  entries: readonly PortEntry[];
  classes: readonly number[];
  members(c: number): number[];
  /** the largest frame of class k on the wire, with all the cuts it may get (bits, gap included) */
  frameBits(k: number): number;
  /** the largest frame of class k (bits, gap included), as sent whole */
  frameMax(k: number): number;
  /** a stream whose frames may be cut, and so held */
  cuttable(i: number): boolean;
  /** bits express class e may send from an instant it had nothing ready; null when unknown */
  express(e: number): Curve | null;
  /** completion bound of an analysed class, or a lower one's guess (analyseTsnPort) */
  completion(k: number): number | undefined;
}

export interface Holds {
  /** blocking (seconds) by a lower class's held frame when the backlog begins, and its class */
  blocking: number;
  from: number;
  /** per lower class: how long its frame may still hold the port after x (c gated: at each window's opening) */
  windowHold: Map<number, (x: number) => number>;
  /** classes whose frames' lives are all counted in `interference`, what they leave on the wire when c's windows open included */
  counted: Set<number>;
  /** bits' worth of time held frames take, over an interval */
  interference: Curve | null;
  terms: HopTerm[];
  why?: Reason;
}

interface Life {
  av: Availability | null;
  /** k-available time a life needs */
  need: number;
  /** longest life, seconds */
  span: number;
  /** one express frame below k on the wire when k's window opens, seconds */
  inflight: number;
  /** credit k may wait for, seconds */
  credit: number;
  why?: string;
}

export function heldFrames(p: HeldPort) {
  const R = p.rate;
  const t = p.tsn;
  const g = t.gates;
  const expressClasses = p.classes.filter((e) => t.minFragment > 0 && !preemptable(t, e));
  const holdable = (k: number) => preemptable(t, k) && p.members(k).some(p.cuttable) && (gated(t, k) || expressClasses.length > 0);
  // a held frame resumes when a minimum fragment (or its rest) fits before its gate closes
  const guardRes = (8 * (Math.max(t.preamble, CONTINUATION) + t.minFragment)) / R + PS;

  function life(k: number): Life {
    const below = expressClasses.filter((e) => e < k);
    const inflight = Math.max(0, maxOf(below.map((e) => p.frameMax(e) / R)));
    const idle = t.idleSlope[k];
    const credit = idle !== undefined ? creditDeficit(R, idle, p.frameMax(k)) / idle + inflight : 0;
    const out: Life = { av: null, need: Infinity, span: Infinity, inflight, credit };
    const curves: Curve[] = [];
    for (const e of expressClasses.filter((x) => x > k)) {
      const a = p.express(e);
      if (!a) return { ...out, why: `express class ${e}, which goes first, has no bound on what it may send meanwhile` };
      curves.push(a);
    }
    const aE = curves.length > 0 ? addCurves(...curves) : ZERO;
    if (g && gated(t, k)) {
      const traffic = new Map(below.map((e) => [e, { frameMax: p.frameMax(e), spill: (8 * t.ifg) / R + 2 * PS }]));
      out.av = classAvailability(g, k, guardRes, R, traffic).av;
      if (!(out.av.perCycle > PS)) return { ...out, why: `the gate of class ${k} leaves it no time to resume in` };
    }
    const av = out.av;
    const worst = (y: number) => (av ? maxOf(av.ends.map((s) => release(av, s, y) - s)) : y);
    const need = (d: number) => p.frameBits(k) / R + credit + curveAt(aE, d) / R;
    const limit = MAX_CYCLES * (g ? g.cycle : 1e-3) + 1;
    let d = worst(need(0));
    for (let i = 0; i < 200 && d <= limit; i++) {
      const next = worst(need(d));
      if (next <= d) return { ...out, need: need(d), span: d };
      d = Math.max(next, d * (1 + 1e-9) + PS);
    }
    return { ...out, why: 'the express traffic above it may keep it from resuming' };
  }

  /** most closes of k's gate within an interval of length d */
  function closes(k: number, d: number): number {
    if (!g || !gated(t, k)) return 0;
    const xs = g.windows[k].map((w) => w.close % g.cycle);
    let most = 0;
    for (const x of xs) {
      let n = 0;
      for (let m = 0; m <= Math.ceil(d / g.cycle) + 1; m++) for (const y of xs) if (y + m * g.cycle >= x && y + m * g.cycle < x + d) n++;
      most = Math.max(most, n);
    }
    return most;
  }

  /** the longest time of c's windows from a close of k's gate (less the room for a minimum fragment) to its reopening */
  function gap(k: number, c: number): number {
    if (!g || !gated(t, k)) return 0;
    const cw = gated(t, c)
      ? availability(
          g.cycle,
          g.windows[c].map((w) => [w.open, w.close]),
        )
      : null;
    const ws = g.windows[k];
    let most = 0;
    ws.forEach((w, i) => {
      const reopen = i + 1 < ws.length ? ws[i + 1].open : ws[0].open + g.cycle;
      const a = w.close - Math.min(guardRes, w.close - w.open);
      most = Math.max(most, cw ? gamma(cw, reopen) - gamma(cw, a) : reopen - a);
    });
    return most;
  }

  /** `bits` per frame of the streams `ms` whose lives meet an interval of length u: they arrived within u + D */
  function frames(ms: readonly number[], D: number, bits: number): Curve {
    return addCurves(
      ...ms.map((i) => {
        const e = p.entries[i];
        // (a stream without a bound leaves its class none anyway)
        return e.arrival ? shiftLeft(scaleCurve(e.arrival, bits / (e.frameMin * (e.scale ?? 1))), D) : ZERO;
      }),
    );
  }

  /** long-run share of the time `cost` (seconds) per frame of the streams `ms` takes */
  const rate = (ms: readonly number[], cost: number) =>
    cost > 0 ? cost * ms.reduce((x, i) => x + (p.entries[i].arrival?.slope ?? Infinity) / (p.entries[i].frameMin * (p.entries[i].scale ?? 1)), 0) : 0;

  /** `waits`: frames of c may wait for their tails (cut-through from a slower link) */
  function forClass(c: number, crossing: readonly number[], waits: boolean): Holds {
    const out: Holds = { blocking: 0, from: -1, windowHold: new Map(), counted: new Set(), interference: null, terms: [], why: undefined };
    if (!preemptable(t, c)) return out;
    const parts: Curve[] = [];
    const lowers: { k: number; blocking: number; cost: number; hold: (x: number) => number; meets: boolean }[] = [];
    const fail = (k: number, why: string) => {
      out.why = because(
        `${p.label}: 802.3br holds one preempted frame at a time, and how long a frame ` +
          `of class ${k} may be held, keeping class ${c} waiting, has no bound: ${why}`,
      );
      return out;
    };
    for (const k of p.classes) {
      if (k === c || !holdable(k)) continue;
      const L = life(k);
      if (!Number.isFinite(L.span)) return fail(k, L.why ?? 'no bound');
      const n = closes(k, L.span);
      if (k < c) {
        // a frame on the wire when the backlog begins: of a class that may start in c's windows
        const B = expressClasses.filter((e) => e > k && e < c && (!g || overlap(g, c, e)));
        const aB = B.map((e) => p.express(e)!);
        const between = aB.length > 0 ? curveAt(addCurves(...aB), L.span) / R : 0;
        const blocking = p.frameBits(k) / R + n * (L.inflight + gap(k, c)) + between + L.credit;
        // a life in c's windows: only its holds, when k's windows never meet c's (its own bits, the express frame in flight
        // when its window opens, its credit waits are all in k's windows)
        const cost = !g || overlap(g, c, k) ? blocking : n * gap(k, c) + between;
        const av = L.av;
        // in the wall time of a life: with gaps, all its need; without, what is not interference
        const hold = av ? (x: number) => release(av, x, L.need) - x : () => p.frameBits(k) / R + between + L.credit;
        lowers.push({ k, blocking, cost, hold, meets: !g || overlap(g, c, k) });
        continue;
      }
      // per hold at a close of k's gate (at most one per close, n per frame), and per frame the credit it may wait for
      const perHold = n > 0 ? gap(k, c) + (crossing.includes(k) ? L.inflight : 0) : 0;
      if (!(perHold > 0) && !(L.credit > 0)) continue;
      const D = p.completion(k);
      const ms = p.members(k).filter(p.cuttable);
      const known = D !== undefined && Number.isFinite(D) && ms.every((i) => p.entries[i].arrival);
      if (perHold > 0) {
        // the holds that meet it began at a close within u + span
        const nW = g!.windows[k].length;
        const byCloses = tokenBucket(R * perHold * nW * (L.span / g!.cycle + 1), (R * perHold * nW) / g!.cycle);
        parts.push(known ? minCurves(byCloses, frames(ms, D!, R * perHold * n)) : byCloses);
        out.counted.add(k);
      }
      if (L.credit > 0) {
        if (!known) return fail(k, 'its class has no bound here');
        parts.push(frames(ms, D!, R * L.credit));
      }
      out.terms.push({
        source: '802.1Qbu',
        term:
          `held frames of class ${k}: 802.3br holds one preempted frame at a time, so each of its ` +
          `frames ${[perHold > 0 ? "stopped at its gate's close" : '', L.credit > 0 ? 'cut and waiting for credit' : ''].filter(Boolean).join(' or ')} keeps ` +
          `class ${c} waiting until it resumes`,
        seconds: n * perHold + L.credit,
      });
    }
    if (lowers.length > 0) {
      // lower lives meet c's backlog when it begins, when each of its windows opens (c gated) and before each of its
      // frames that waits for its tail (c has no frame to start then); or count them all, when that takes less of c's
      // time in the long run
      const perWindow =
        g && gated(t, c) ? g.windows[c].reduce((x, w) => x + Math.min(maxOf(lowers.map((l) => l.hold(w.open))), w.close - w.open), 0) / g.cycle : 0;
      const tailCost = waits ? Math.max(0, maxOf(lowers.filter((l) => l.meets).map((l) => l.blocking))) : 0;
      const own = p.members(c);
      const alternative = perWindow + rate(own, tailCost);
      const count = alternative > 0 && lowers.reduce((x, l) => x + rate(p.members(l.k), l.cost), 0) < alternative;
      const Ds = count ? lowers.map((l) => p.completion(l.k)) : [];
      if (Ds.length > 0 && Ds.every((D) => D !== undefined && Number.isFinite(D))) {
        lowers.forEach((l, i) => {
          parts.push(frames(p.members(l.k), Ds[i]!, R * l.cost));
          out.counted.add(l.k);
          out.terms.push({
            source: '802.1Qbu',
            term:
              `held frames of class ${l.k}: 802.3br holds one preempted frame at a ` +
              `time, so each of its frames, cut by an express frame or stopped at its ` +
              `gate's close, keeps class ${c} waiting until it has resumed and finished`,
            seconds: l.cost,
          });
        });
      } else {
        for (const l of lowers) {
          out.windowHold.set(l.k, l.hold);
          if (l.meets && l.blocking > out.blocking) {
            out.blocking = l.blocking;
            out.from = l.k;
          }
        }
        if (tailCost > 0) {
          parts.push(frames(own, 0, R * tailCost));
          out.terms.push({
            source: '802.1Qbu',
            term:
              `held frames: while a frame of class ${c} waits for its tail (cut-through), ` +
              `a lower preemptable frame may start, and 802.3br then holds one preempted ` +
              `frame at a time: class ${c} waits until it has resumed and finished (per frame)`,
            seconds: tailCost,
          });
        }
      }
    }
    if (parts.length > 0) out.interference = addCurves(...parts);
    return out;
  }

  /**
   * A preemptable class h another class's held frame may keep from starting while the port serves none of the classes
   * from express class c up (its gate is closed, it waits for credit, or an express class below c goes).
   */
  const heldBack = (h: number, c: number) =>
    preemptable(t, h) && p.classes.some((k) => k !== h && holdable(k) && (gated(t, k) || shaped(t, k) || expressClasses.some((e) => e > k && e < c)));

  return { forClass, heldBack };
}
