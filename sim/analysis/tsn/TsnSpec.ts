/** A TSN egress port as its analysis needs it (sim/net/TsnScheduler.ts; model: PortModel.tsn). */
import type { Model } from '../../scenario/model.ts';
import { gateSchedule, type GateSchedule } from './gateSchedule.ts';

export interface TsnSpec {
  gates?: GateSchedule;
  /** 802.1Qav idle slope per class, bit/s (undefined: not shaped) */
  idleSlope: (number | undefined)[];
  /** 802.1Qbu: express classes (bit c), and the minimum fragment in bytes (0: no preemption, every class express) */
  expressMask: number;
  minFragment: number;
  /** framing of the link: preamble and inter-frame gap, bytes */
  preamble: number;
  ifg: number;
}

export function tsnSpec(model: Model, port: number): TsnSpec | undefined {
  const p = model.ports[port];
  if (!p.tsn) return undefined;
  const f = model.links[p.link].framing;
  return {
    gates: p.tsn.gates ? gateSchedule(p.tsn.gates) : undefined,
    idleSlope: p.tsn.cbs ?? new Array(8).fill(undefined),
    expressMask: p.tsn.preemption?.expressMask ?? 0xff,
    minFragment: p.tsn.preemption?.minFragment ?? 0,
    preamble: f.preamble,
    ifg: f.ifg,
  };
}

export const preemptable = (t: TsnSpec, c: number): boolean => t.minFragment > 0 && ((t.expressMask >> c) & 1) === 0;
export const shaped = (t: TsnSpec, c: number): boolean => t.idleSlope[c] !== undefined;
export const gated = (t: TsnSpec, c: number): boolean => t.gates !== undefined && !t.gates.alwaysOpen[c];
