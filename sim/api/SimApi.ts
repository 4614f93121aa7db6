/** The one contract between the simulation and its hosts: what a worker of the pool (CLI or app) does. */
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import type { WorkEstimate } from '../engine/estimateWork.ts';
import type { BoundsReport } from '../analysis/BoundsReport.ts';
import type { Issue } from '../scenario/errors.ts';
import type { Model } from '../scenario/model.ts';
import type { ModelFacts } from './modelFacts.ts';
import type { FlowReport, LinkReport, Report } from './Report.ts';
import type { MessagePart } from './messageParts.ts';
import type { ScheduleOutcome, ScheduleRequest } from './scheduleGates.ts';
import type { TraceOutput, TraceRequest } from './traceRun.ts';

export interface ScenarioInput {
  /** the scenario as parsed JSON */
  scenario: unknown;
  /** files the scenario names (trace files), by the name it uses */
  files?: Record<string, string>;
}

/** The scenario the worker has received in parts (receive()), and the files it names. */
export interface ReceivedInput {
  received: true;
  files?: Record<string, string>;
}

/** Overrides of the scenario's `simulation` block (the CLI's --seed, --replications, --duration), and the run's limits. */
export interface RunOptions {
  seed?: number;
  replications?: number;
  durationS?: number;
  /** events one replication may process (--max-events); past it the run stops with a ResourceLimitError */
  maxEvents?: number;
  /** bytes of packets, messages and events in flight one replication may hold (--max-memory) */
  maxMemoryBytes?: number;
  /** keep the latency histograms of this many flows in the report, the ones a report charts (buildReport's ReportOptions) */
  histograms?: number;
}

export interface Progress {
  replication: number;
  /** fraction of this replication's simulated time done, 0..1 */
  fraction: number;
  /** simulated seconds reached */
  simulated: number;
  /** events processed so far in this replication */
  events: number;
}

export interface LoadResult {
  ok: boolean;
  issues: Issue[];
  summary?: { name: string; nodes: number; links: number; flows: number; replications: number; duration: number; seed: number; estimate: WorkEstimate };
}

/** Bounds without their flows and ports, and how many of each the worker keeps. */
export interface KeptBounds {
  head: BoundsReport;
  flows: number;
  ports: number;
}

/** A report without its flows and links, and how many of each the worker keeps. */
export interface KeptReport {
  head: Report;
  flows: number;
  links: number;
}

export interface SimApi {
  /**
   * Validates and compiles a scenario (or the one received in parts); later calls run it. `keepAs`: the worker
   * keeps the scenario's JSON under this key, for `reload` (until the next load or adopt).
   */
  load(input: ScenarioInput | ReceivedInput, options?: RunOptions, keepAs?: number): LoadResult;
  /**
   * Loads the scenario kept as `key` again, with these options and files, as `load` would: the host sends a scenario
   * once per version, not on every run. Null when the worker keeps no scenario as `key` (another one was loaded since).
   */
  reload(key: number, files?: Record<string, string>, options?: RunOptions): LoadResult | null;
  /** Frees the compiled scenario and what runKept and boundsKept kept; keeps the scenario's JSON for reload. */
  unload(): void;
  /**
   * One part of a scenario sent in parts (messageParts), each its own message, for a host whose thread must
   * not stop for the copy of a large scenario; `load({ received: true })` then loads it.
   */
  receive(part: MessagePart): void;
  /**
   * Takes a scenario the host already compiled (`loadScenario` with the run's options, copied into
   * the worker), so that a run compiles it once, not again in every worker; later calls run it.
   * `schedule` needs the scenario's JSON: call `load` for it.
   */
  adopt(model: Model, limits?: Pick<RunOptions, 'maxEvents' | 'maxMemoryBytes'>): void;
  /** What the app's views and run limits need of the loaded scenario (routes, delays, work), without the model. */
  facts(): ModelFacts;
  /** Runs one replication of the loaded scenario. */
  runReplication(replication: number, onProgress?: (p: Progress) => void): ReplicationResult;
  /**
   * Runs one replication as runReplication does, its per-packet outcomes and captured frames going to `output` as
   * it runs; it pauses while TRACE_WINDOW_BYTES of them wait for the host's output to take them (TraceWindow).
   */
  traceReplication(replication: number, onProgress: ((p: Progress) => void) | undefined, trace: TraceRequest, output: TraceOutput): Promise<ReplicationResult>;
  /** Runs every replication here, one after the other, and merges them. `wallSeconds` is the host's to fill. */
  run(onProgress?: (p: Progress) => void): Report;
  /**
   * Runs every replication here as run() does, keeps the report, and returns it without its
   * flows and links (how many there are instead): a host whose thread must not stop for the
   * copy of a large report (the app: 16,800 flows at 10,000 devices) fetches those in parts.
   */
  runKept(onProgress?: (p: Progress) => void): KeptReport;
  /** Flows [from, to) of the report runKept() kept. */
  keptFlows(from: number, to: number): FlowReport[];
  /** Links [from, to) of the report runKept() kept. */
  keptLinks(from: number, to: number): LinkReport[];
  /** Worst-case latency bounds of the loaded scenario by network calculus (no simulation). */
  bounds(): BoundsReport;
  /**
   * Computes the bounds as bounds() does, keeps them, and returns them without their flows and ports
   * (how many there are instead): the steel works' bounds (35 MB) took the app's thread 0.3 s to take in one message.
   */
  boundsKept(): KeptBounds;
  /** Flows [from, to) of the bounds boundsKept() kept. */
  keptBoundFlows(from: number, to: number): BoundsReport['flows'];
  /** Ports [from, to) of the bounds boundsKept() kept. */
  keptBoundPorts(from: number, to: number): BoundsReport['ports'];
  /** 802.1Qbv gate schedules for the loaded scenario's time-critical flows (or those named), with their 802.1Qcw YANG. */
  schedule(request: ScheduleRequest): ScheduleOutcome;
}
