/**
 * One TSN egress port (sim/net/TsnScheduler.ts) seen by network calculus: 8 strict-priority
 * classes, each behind an 802.1Qbv gate, optionally an 802.1Qav credit-based shaper, with
 * 802.1Qbu/802.3br preemption of preemptable classes by express ones — any combination.
 * Classes are analysed from the highest down, as each one's interference on the classes below
 * needs its own delay bound.
 *
 * For a frame x of class c arriving at a, t0 ≤ a the start of its class's backlog (of the
 * class and the higher classes that are neither gated nor shaped, when c is not shaped),
 * everything ahead of x has arrived in [t0, a]. In the time available to c (classAvailability:
 * its windows less guard band and the frames still on the wire when they open), the port sends
 * c, a higher class, or the one lower frame that was on the wire at t0 — blocking b, whole or,
 * for an express class and a preemptable frame, one fragment (preemption.ts). With Γ the
 * available time, its rate-latency lower bound (A/C)(t − T) (Availability.ts), and I_H what the
 * higher classes may send (their arrival curves, or for gated or shaped ones what leaves them,
 * α_h(t + D_h) and the shaper's output), c is guaranteed
 *   G(t) = [R (A/C)(t − T)⁺ − R b − I_H(t)]⁺,   and a shaped class β = [λ_I ⊗ G − |lo|]⁺
 * (creditShaper.ts). A frame that is sent whole starts by h(α_C − l_x, β) after it arrives
 * (the start argument of analysePort), and where no higher class shares c's windows and c is
 * not shaped, by the phase-aware bound of phaseAwareStart.ts, exact for a frame that arrives in
 * its window; a preemptable frame that may be cut ends by h(α_C, β) (fluid). Per stream,
 * blind multiplexing of the class as in analysePort.
 *
 * 802.3br holds one preempted frame at a time: what the held frames of other classes cost a
 * preemptable class (blocking, window-start blocking, per frame) is heldFrames.ts; an express
 * class is not held back, but a preemptable class above it is, and counts by what leaves it.
 *
 * Cuts cost wire time (cutCost.ts). The gate's share of a class is gateService.ts, its blocking
 * lowerBlocking.ts.
 */
import type { HopTerm } from '../BoundsReport.ts';
import { addCurves, minCurves, rateLatency, shiftLeft, shiftUp, ZERO, type Curve } from '../Curve.ts';
import { aggregate, BLIND_EXACT, handoverTime, overload, ownBits, savingTime, type EntryResult, type PortEntry, type PortSpec } from '../analysePort.ts';
import { allButOne } from '../allButOne.ts';
import type { PhaseCache } from '../phaseAligned.ts';
import { convexResidual } from '../convexResidual.ts';
import { backlogBound, backlogPeriod, delayBound } from '../deviation.ts';
import { because, via, type Reason } from '../Reason.ts';
import type { Availability } from './Availability.ts';
import { spillTime, type ClassTraffic } from './classAvailability.ts';
import { gateService } from './gateService.ts';
import { lowerBlocking } from './lowerBlocking.ts';
import { creditDeficit, shapedOutput, shapedService } from './creditShaper.ts';
import { longestWindow, overlap } from './gateSchedule.ts';
import { phaseAwareStart } from './phaseAwareStart.ts';
import { phaseWindows } from './phaseWindows.ts';
import { staircase } from './staircase.ts';
import { cutCost } from './cutCost.ts';
import { cutOverhead } from './preemption.ts';
import { heldFrames } from './heldFrames.ts';
import { gated, preemptable, shaped, type TsnSpec } from './TsnSpec.ts';
import { maxOf } from '../../core/extrema.ts';

const PS = 1e-12;
const MAX_CYCLES = 64;

export interface TsnPortResult {
  results: EntryResult[];
  /** bits queued at most, over all classes */
  backlog: number;
  /** some frames never fit a window of their class's gate: the port drops them */
  drops: boolean;
}

const us = (s: number) => `${+(s * 1e6).toPrecision(4)} us`;

/** Arrives cut-through over a link slow enough that its frames may wait here for their tails (cutThrough.ts): `scale` > 1. */
const waitsForTail = (e: PortEntry): boolean => e.early === true && (e.scale ?? 1) > 1;

/**
 * A preemptable class waits for the lives of lower preempted frames (heldFrames.ts), meanwhile
 * an express class below it, gated or shaped, may send its backlog: the class needs α_e(t + D_e)
 * and, where it counts the lower frames, D_k, before the classes below are analysed. The port
 * is analysed with guesses of those delays, from 0 up, until they are a post-fixed
 * point (every computed D_e within its guess), which the time-stopping argument of Le Boudec &
 * Thiran (Network Calculus, Chapter 6) makes sound; otherwise without them (no bound there).
 */
export function analyseTsnPort(port: PortSpec & { tsn: TsnSpec }, entries: readonly PortEntry[], cache?: PhaseCache): TsnPortResult {
  let guess = new Map<number, number>();
  for (let pass = 0, inflate = 0; pass < 24; pass++) {
    const once = analyseOnce(port, entries, guess, cache);
    if (once.guessed.size === 0) return once.result;
    const next = new Map([...once.guessed].map((e) => [e, once.completion.get(e) ?? Infinity]));
    if ([...next].every(([e, D]) => D <= (guess.get(e) ?? 0))) return once.result;
    if (![...next.values()].every((D) => D < 1)) break; // beyond a second: feeding each other without bound
    // settled: inflate a little, to land on a post-fixed point
    const settled = [...next].every(([e, D]) => D <= (guess.get(e) ?? 0) * (1 + 1e-9) + 1e-15);
    if (settled) inflate++;
    guess = new Map([...next].map(([e, D]) => [e, inflate > 0 ? D * (1 + 1e-6 * 4 ** inflate) + 1e-9 * 4 ** inflate : D]));
  }
  return analyseOnce(port, entries, undefined, cache).result;
}

function analyseOnce(
  port: PortSpec & { tsn: TsnSpec },
  entries: readonly PortEntry[],
  guess: ReadonlyMap<number, number> | undefined,
  cache: PhaseCache | undefined,
): { result: TsnPortResult; guessed: Set<number>; completion: Map<number, number> } {
  const R = port.rate;
  const t = port.tsn;
  const g = t.gates;
  const ifgBits = 8 * t.ifg;
  const all = entries.map((_, i) => i);
  const classes = [...new Set(entries.map((e) => e.cls))].sort((a, b) => b - a);
  const byClass = new Map<number, number[]>(classes.map((c) => [c, all.filter((i) => entries[i].cls === c)]));
  const membersOf = (c: number) => byClass.get(c) ?? [];
  const frameMaxOf = (c: number) => maxOf(membersOf(c).map((i) => entries[i].frameMax));

  // preemption: who may be cut, and who pays for the cuts
  const { cuts, expressPays, own, seen } = cutCost(t, entries, classes, membersOf);
  const memo = new Map<string, Curve>();
  const curveOf = (list: readonly PortEntry[], members: number[], tag: string) => {
    const key = tag + [...members].sort((a, b) => a - b).join(',');
    let c = memo.get(key);
    if (!c) memo.set(key, (c = members.length === 0 ? ZERO : aggregate(list, members, cache)));
    return c;
  };

  // a preemptable frame is held at its gate's close by a wake the engine drops when another wake is due earlier; that
  // earlier wake cuts it unless it is for another preemptable class (waiting for its gate, credit or cut-through tail), or
  // for an express frame whose tail has come in while its gate is closed or its credit negative (no cut then either)
  const tail = (j: number) => membersOf(j).some((i) => waitsForTail(entries[i]));
  const waits = (j: number) => gated(t, j) || shaped(t, j) || tail(j);
  const stale = (j: number) => (preemptable(t, j) ? waits(j) : tail(j) && (gated(t, j) || shaped(t, j)));
  const missed = (k: number) => classes.some((j) => j !== k && stale(j));
  const traffic = new Map<number, ClassTraffic>(
    classes.map((k) => [k, { frameMax: frameMaxOf(k), spill: spillTime(R, ifgBits, frameMaxOf(k), preemptable(t, k), t.minFragment, missed(k)) }]),
  );
  const completion = new Map<number, number>();
  const output = new Map<number, Curve>();
  // a class analysed below: its guess (analyseTsnPort)
  const guessed = new Set<number>();
  const delay = (k: number): number | undefined => {
    if (completion.has(k) || !guess) return completion.get(k);
    guessed.add(k);
    return guess.get(k) ?? 0;
  };
  // one preempted frame held at a time (heldFrames.ts): express classes as they send from an instant they had nothing ready
  // to start — at most the frames still coming in cut-through then, one per input link, arrived within their time on it
  const calm = (e: number) => !gated(t, e) && !shaped(t, e);
  const tailWait = (e: number) =>
    Math.max(
      0,
      maxOf(
        membersOf(e)
          .filter((i) => waitsForTail(entries[i]))
          .map((i) => entries[i].prevFrameBits / entries[i].prevRate),
      ),
    );
  const held = heldFrames({
    rate: R,
    tsn: t,
    label: port.label,
    entries,
    classes,
    members: membersOf,
    frameMax: frameMaxOf,
    frameBits: (k) => maxOf(membersOf(k).map((i) => (own[i].frameMax * (own[i].scale ?? 1)) / (entries[i].scale ?? 1))),
    cuttable: (i) => (entries[i].bytes?.max ?? entries[i].frameMax / 8) >= 2 * (t.minFragment - 4),
    express: (e) => {
      if (membersOf(e).some((i) => !entries[i].arrival)) return null;
      const a = curveOf(seen, membersOf(e), 'seen');
      if (calm(e)) return shiftLeft(a, Math.min(tailWait(e), completion.get(e) ?? Infinity));
      const D = delay(e);
      return D !== undefined && Number.isFinite(D) ? shiftLeft(a, D) : null;
    },
    completion: delay,
  });
  const results: EntryResult[] = [];
  let backlog = 0;
  let drops = false;

  for (const c of classes) {
    const ms = membersOf(c);
    const terms: HopTerm[] = [];
    // every member unbounded: for `why` (a member without an arrival keeps its own reason), or for what whyOf(member) says
    const fail = (why: Reason | ((i: number) => Reason | undefined), blocking = 0) => {
      for (const i of ms)
        results[i] = {
          delay: Infinity,
          completion: Infinity,
          saving: savingTime(entries[i], R),
          service: null,
          blocking,
          why: typeof why === 'function' ? why(i) : entries[i].arrival ? why : entries[i].why,
          terms,
        };
      completion.set(c, Infinity);
      backlog = Infinity;
    };

    // the gate: what frames fit, the guard band, the available time
    const fit = (e: PortEntry) =>
      preemptable(t, c) ? (8 * Math.min(t.preamble + (e.bytes?.max ?? Infinity), t.preamble + t.minFragment)) / R + PS : (e.frameMax - ifgBits) / R;
    const longest = g ? longestWindow(g, c) : Infinity;
    if (g && g.windows[c].length === 0) {
      drops = true;
      fail(because(`${port.label} never opens the gate of class ${c}: its frames are dropped`));
      continue;
    }
    const guard = Math.min(longest, maxOf(ms.map((i) => fit(entries[i]))));
    // the higher classes that may send in c's windows: counted as interference over the whole interval (I_H below)
    const crossing = classes.filter((h) => h > c && (!g || overlap(g, c, h)));
    // a preemptable class waits for the one preempted frame the MAC may hold (heldFrames.ts)
    const holds = held.forClass(c, crossing, tail(c));
    if (holds.why) {
      fail(holds.why);
      continue;
    }
    let av: Availability | undefined;
    let base = rateLatency(R, 0);
    if (g && gated(t, c)) {
      const gs = gateService({ label: port.label, gates: g, tsn: t, cls: c, rate: R, guard, longest, traffic, crossing, holds });
      if ('why' in gs) {
        fail(gs.why);
        continue;
      }
      av = gs.av;
      base = gs.base;
      terms.push(...gs.terms);
    }
    const lowest = lowerBlocking({ tsn: t, gates: g, cls: c, classes, rate: R, frameMax: frameMaxOf, tail: tail(c), crossing, holds });
    const b0 = lowest.seconds;
    if (lowest.term) terms.push(lowest.term);

    // higher classes
    const parts: Curve[] = [];
    let culprit: number | undefined;
    for (const h of crossing) {
      const hs = membersOf(h);
      const bad = hs.find((j) => !entries[j].arrival);
      if (bad !== undefined) culprit ??= bad;
      const a = curveOf(seen, hs, 'seen');
      // a preemptable class held back by another's held frame builds a backlog that an express class then waits for: what
      // leaves it, not what arrives from the start of the express class's backlog
      if (!shaped(t, c) && !gated(t, h) && !shaped(t, h) && !(!preemptable(t, c) && held.heldBack(h, c))) parts.push(a);
      else {
        const D = completion.get(h) ?? Infinity;
        if (!Number.isFinite(D)) culprit ??= hs[0];
        const out = shiftLeft(a, Number.isFinite(D) ? D : 0);
        // the shaper's output bound only while its credit is kept as 802.1Qav says: once one of its frames has been cut,
        // the engine lets the class's credit grow while it is idle (creditShaper.ts), and it may burst at line rate
        parts.push(shaped(t, h) && output.has(h) && !cuts(h) ? minCurves(out, output.get(h)!) : out);
      }
    }
    const sameBad = ms.find((j) => !entries[j].arrival);
    if (culprit !== undefined || sameBad !== undefined) {
      const j = culprit ?? sameBad!;
      const why = results[j]?.why ?? entries[j].why ?? because('no bound');
      fail((i) => (i === j ? entries[i].why : via(`shares ${port.label} with ${entries[j].label}, which has no bound`, why)), R * b0);
      continue;
    }
    terms.push(...holds.terms);
    if (holds.interference) parts.push(holds.interference);
    const IH = parts.length > 0 ? addCurves(...parts) : ZERO;
    let beta = convexResidual(base, R * b0, IH);
    const idle = t.idleSlope[c];
    let deficit = 0;
    if (idle !== undefined) {
      deficit = creditDeficit(R, idle, frameMaxOf(c));
      beta = beta && shapedService(beta, idle, deficit);
      terms.push(
        { source: '802.1Qav', term: `idle slope ${+(idle / 1e6).toPrecision(4)} Mb/s: the class is served at most at that rate`, seconds: null },
        { source: '802.1Qav', term: 'credit deficit after a frame, recovered at the idle slope', seconds: deficit / idle },
      );
    }
    if (cuts(c))
      terms.push({
        source: '802.1Qbu',
        term: expressPays
          ? 'preemptable: express frames cut it, each cut costs mCRC + gap + continuation preamble'
          : `preemptable: cut into up to all its fragments, each adding ${cutOverhead(t.ifg)} B`,
        seconds: null,
      });

    // no service left: the link is overloaded, or the gate's share of it is
    const starved = (): Reason => {
      const load = [...ms, ...crossing.flatMap(membersOf)].reduce((x, j) => x + (entries[j].arrival?.slope ?? 0), 0);
      const mbps = (x: number) => `${(x / 1e6).toPrecision(4)} Mb/s`;
      if (holds.interference && load < base.slope)
        return because(
          `${port.label} leaves class ${c} too little time: held preemptable frames of other ` +
            `classes (802.3br holds one at a time) may take ${mbps(holds.interference.slope)} of ` +
            `the ${mbps(base.slope)} it gets, and it and the classes above it offer ${mbps(load)}`,
        );
      return base.slope < R
        ? because(
            `${port.label} gives class ${c} ${mbps(base.slope)} of its ${mbps(R)} (its windows less guard band ` +
              `and window-start blocking), less than the ${mbps(load)} of wire bits it and the classes above it offer`,
          )
        : overload(port, entries, [...ms, ...crossing.flatMap(membersOf)]);
    };
    const aClass = curveOf(own, ms, 'own');
    const U = beta ? backlogPeriod(aClass, beta) : Infinity;
    const phased = av !== undefined && !shaped(t, c) && crossing.length === 0 && !holds.interference && Number.isFinite(U) && U <= MAX_CYCLES * av.cycle;
    // for the phase-aware bound, periodic streams as the staircases they are
    const aSteps = phased ? minCurves(aClass, staircase(own, ms, U)) : aClass;
    // blind multiplexing within the class: everything but itself (allButOne), or past BLIND_EXACT all of it (analysePort)
    let others: (i: number) => Curve;
    if (ms.length > BLIND_EXACT) others = () => aClass;
    else {
      const butOne = allButOne(own, ms, cache);
      others = (i) => (ms.length === 1 ? ZERO : butOne(i));
    }
    let worst = 0;
    for (const i of ms) {
      const e = entries[i];
      const lx = e.frameMin;
      const result: EntryResult = {
        delay: Infinity,
        completion: Infinity,
        saving: savingTime(e, R),
        service: null,
        blocking: R * b0,
        terms: [...terms],
      };
      results[i] = result;
      if (!beta) {
        result.why = starved();
        continue;
      }
      const psi = phased ? phaseWindows(e.window, g!.cycle, g!.base, g!.sync) : [];
      if (cuts(c)) {
        // fluid: the frame may be cut and held; it ends when the class has had all its bits
        let end = delayBound(aClass, beta);
        if (phased) end = Math.min(end, phaseAwareStart(av!, b0, R, aSteps, 0, psi, U));
        result.completion = end;
        // handed over with its last bit: a preemptable frame reaches even a cut-through switch whole (Stream.cutThroughAt)
        result.delay = end - (e.ifgBits ?? ifgBits) / R;
      } else {
        let start = delayBound(shiftUp(aClass, -lx), beta);
        if (phased) {
          const s2 = phaseAwareStart(av!, b0, R, aSteps, lx, psi, U);
          if (s2 < start) {
            const why =
              psi.length === 1 && psi[0][1] - psi[0][0] >= g!.cycle
                ? 'the exact time its windows leave (no phase known)'
                : `where in the ${us(g!.cycle)} cycle it arrives (±${us(g!.sync)} clock offset)`;
            result.terms.push({
              source: 'phase',
              term: `from ${why}: starts within ${us(s2)} of arriving, not the ${us(start)} of the rate-latency curve`,
              seconds: s2 - start,
            });
            start = s2;
          }
        }
        result.completion = start + lx / R;
        result.delay = start + handoverTime(e, R, lx);
      }
      if (Number.isFinite(result.delay)) result.service = ownBits(convexResidual(beta, 0, others(i)), own[i]);
      if (result.service && ms.length > BLIND_EXACT) result.coarse = true;
      if (!Number.isFinite(result.delay) && !result.why) result.why = starved();
      worst = Math.max(worst, result.completion);
      // frames too long for every window are dropped (the rest are bounded above, and weigh on the classes below)
      if (g && fit(e) > longest + 1e-15) {
        drops = true;
        result.delay = Infinity;
        result.service = null;
        result.why = because(
          `${port.label} drops frames of ${e.label}: up to ${e.bytes?.max ?? '?'} B, they do not fit the longest window of class ${c} (${us(longest)})`,
        );
      }
    }
    completion.set(c, ms.every((i) => Number.isFinite(results[i].completion)) ? worst : Infinity);
    if (idle !== undefined && beta) output.set(c, shapedOutput(beta, idle, deficit, U));
    backlog += beta ? backlogBound(aClass, beta) : Infinity;
  }
  return { result: { results, backlog, drops }, guessed, completion };
}
