/**
 * The result of gate-schedule synthesis (`netloom.gcl/v1`): per egress port an 802.1Qbv gate
 * control list, per time-critical flow its send offset and guaranteed latency, or — when no
 * schedule exists — the conflicts that prevent one. Times are integer picoseconds.
 */
import type { PortModel } from '../../scenario/model.ts';

export const SCHEDULE_FORMAT = 'netloom.gcl/v1';

/** An egress port: the node it leaves and the neighbour it goes to. */
export interface PortRef {
  port: number;
  from: string;
  to: string;
  /** "S1→S2" */
  name: string;
}

export interface SynthesisOptions {
  /** the time-critical flows by id (default: periodic flows with a latency requirement and priority ≥ minPriority) */
  flows?: string[];
  /** default: the highest priority among periodic flows with a latency requirement */
  minPriority?: number;
  /** the traffic class (PCP) reserved for the scheduled flows (default: their highest priority, if no other flow on their ports uses it) */
  pcp?: number;
  /** bounded waiting: largest wait of a frame at one hop when no-wait placement fails (default 0: no-wait only) */
  maxWaitPs?: number;
  /** bound on each port clock's error (default: the largest `syncError` already configured on the routes' ports) */
  syncErrorPs?: number;
  /** gate control list length limit, for all ports or per port (default 1024) */
  maxEntries?: number | ((port: PortModel) => number | undefined);
  /** refuse hyperperiods longer than this (default 1 s) */
  maxHyperperiodPs?: number;
  /** refuse when the flows would need more windows than this over the hyperperiod (default 200 000) */
  maxWindows?: number;
  /** gate events fall on multiples of this (default 1 ns, so the lists export to YANG exactly) */
  granularityPs?: number;
}

export interface HopSchedule {
  port: PortRef;
  /** relative to the flow's emission: the frame's latest arrival at the port, its latest start, how long it waits for its window */
  arrivalPs: number;
  startPs: number;
  waitPs: number;
  /** transmission time of the largest frame, preamble included */
  transmitPs: number;
  /** the class's gate is open for this frame during [open, close), relative to the emission */
  openPs: number;
  closePs: number;
}

export interface ScheduledFlow {
  id: string;
  from: string;
  to: string;
  periodPs: number;
  offsetPs: number;
  /** the deadline (latency requirement), null when the flow has none */
  deadlinePs: number | null;
  /** guaranteed end-to-end latency (every frame, whatever the other traffic) */
  latencyPs: number;
  /** the latency of the path with no waiting at all */
  pathLatencyPs: number;
  waitPs: number;
  frameBytes: number;
  hops: HopSchedule[];
}

export interface GateEntry {
  durationPs: number;
  /** bit c open = traffic class (PCP) c may transmit */
  mask: number;
}

export interface PortSchedule {
  port: PortRef;
  link: string;
  cyclePs: number;
  basePs: number;
  entries: GateEntry[];
  maxEntries: number;
  /** the scheduled class's windows within the cycle: [open, close) with close possibly past the cycle end */
  windows: { flow: string; openPs: number; closePs: number }[];
  flows: string[];
  /** share of the cycle the scheduled class's windows take */
  utilization: number;
  /** share of the cycle closed to every other class */
  closedToOthers: number;
  /** the longest time other classes' gates stay open (what a best-effort frame must fit in) */
  longestOpeningPs: number;
}

interface ConflictBase {
  flows: string[];
  ports: PortRef[];
  message: string;
}

export type Conflict =
  | (ConflictBase & { kind: 'too-slow'; latencyPs: number; deadlinePs: number })
  | (ConflictBase & { kind: 'overbooked'; utilization: number })
  | (ConflictBase & { kind: 'pair' })
  | (ConflictBase & { kind: 'group' })
  | (ConflictBase & { kind: 'gcl-too-long'; entries: number; maxEntries: number })
  | (ConflictBase & { kind: 'class-shared'; pcp: number })
  | (ConflictBase & { kind: 'unsupported' })
  | (ConflictBase & { kind: 'hyperperiod'; hyperperiodPs: number | null; limitPs: number });

export interface Schedule {
  format: typeof SCHEDULE_FORMAT;
  scenario: string;
  ok: boolean;
  /** 'bounded-wait' when some frame waits at some hop */
  mode: 'no-wait' | 'bounded-wait';
  pcp: number;
  hyperperiodPs: number;
  syncErrorPs: number;
  granularityPs: number;
  /** nodes whose queues must become per-class (scheduler "strict") with no transmit buffer, as gates need */
  strictNodes: string[];
  /** empty unless ok */
  flows: ScheduledFlow[];
  ports: PortSchedule[];
  conflicts: Conflict[];
  warnings: string[];
}

/** The caller asked for something that makes no sense (unknown flow, no flow to schedule): exit code 2. */
export class ScheduleInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleInputError';
  }
}
