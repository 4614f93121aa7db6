/**
 * What an 802.1Qbv gate leaves one class of a TSN port (analyseTsnPort.ts): the time its windows
 * leave after the guard band and the frames still on the wire when they open (classAvailability),
 * as the rate-latency curve (A/C)(t − T) of Availability.ts (Zhao, Pop & Craciunas, IEEE Access
 * 2018), with the terms that explain it; or why the class has no time it can count on.
 */
import type { HopTerm } from '../BoundsReport.ts';
import { rateLatency, type Curve } from '../Curve.ts';
import { because, type Reason } from '../Reason.ts';
import { type Availability, availabilityLatency, longestGap } from './Availability.ts';
import { classAvailability, type ClassTraffic } from './classAvailability.ts';
import type { GateSchedule } from './gateSchedule.ts';
import type { Holds } from './heldFrames.ts';
import { preemptable, type TsnSpec } from './TsnSpec.ts';

const PS = 1e-12;
const us = (s: number) => `${+(s * 1e6).toPrecision(4)} us`;

export interface GatedClass {
  label: string;
  gates: GateSchedule;
  tsn: TsnSpec;
  cls: number;
  rate: number;
  /** seconds before a window's close that no frame of the class starts; its longest window */
  guard: number;
  longest: number;
  /** every class's largest frame and what it leaves on the wire (classAvailability) */
  traffic: ReadonlyMap<number, ClassTraffic>;
  /** the higher classes counted as interference, and the held frames (heldFrames.ts) */
  crossing: readonly number[];
  holds: Holds;
}

export function gateService(q: GatedClass): { av: Availability; base: Curve; terms: HopTerm[] } | { why: Reason } {
  const { gates: g, cls: c, rate: R, guard, holds } = q;
  // frames on the wire when c's windows open: of the classes not counted as interference
  const others = [...q.traffic].filter(([k]) => !q.crossing.includes(k) && !holds.counted.has(k));
  const hold = (k: number, tr: ClassTraffic): ClassTraffic => (holds.windowHold.has(k) ? { ...tr, hold: holds.windowHold.get(k) } : tr);
  const ca = classAvailability(g, c, guard, R, new Map(others.map(([k, tr]) => [k, hold(k, tr)])));
  const av = ca.av;
  // less than a picosecond per cycle is rounding: a window that fits its frames exactly (as schedules are built) leaves
  // the class single instants to start at, which a service curve cannot count on
  if (!(av.perCycle > PS)) {
    if (holds.windowHold.size > 0 && classAvailability(g, c, guard, R, new Map(others)).av.perCycle > PS) {
      const ks = [...holds.windowHold.keys()].join(', ');
      return {
        why: because(
          `${q.label} leaves class ${c} no time to count on: a preempted ` +
            `frame of class ${ks} may still be held when its windows open, until ` +
            `its own gate reopens, and 802.3br holds one preempted frame at a time`,
        ),
      };
    }
    const exact = Math.abs(q.longest - guard - ca.windowBlocking) < 1e-9;
    return {
      why: because(
        `${q.label} leaves class ${c} no time to count on: its windows ` +
          `${exact ? 'fit its frames exactly' : 'are shorter than its frames'} (${us(guard)}) after the frames still on the wire when ` +
          `they open (${us(ca.windowBlocking)})${exact ? ', with no margin the analysis can use' : ''}`,
      ),
    };
  }
  const T = availabilityLatency(av);
  const terms: HopTerm[] = [
    {
      source: '802.1Qbv',
      term:
        `gate: class ${c} can use ${+((100 * av.perCycle) / av.cycle).toPrecision(3)} % ` +
        `of each ${us(g.cycle)} cycle; ` +
        (Math.abs(longestGap(av) - T) < 1e-9
          ? 'its longest wait for usable time, the latency of its rate-latency curve'
          : `longest wait for usable time ${us(longestGap(av))}; the latency of its rate-latency curve`),
      seconds: T,
    },
    {
      source: '802.1Qbv',
      term: `guard band: a frame starts only if it ends before its gate closes (${preemptable(q.tsn, c) ? 'a minimum fragment' : 'the largest frame'})`,
      seconds: guard,
    },
    {
      source: '802.1Qbv',
      term:
        `window-start blocking: frames still on the wire when the window ` +
        `opens${holds.windowHold.size > 0 ? ', or a preempted frame still held (802.3br holds one at a time)' : ''}`,
      seconds: ca.windowBlocking,
    },
  ];
  return { av, base: rateLatency((R * av.perCycle) / av.cycle, T), terms };
}
