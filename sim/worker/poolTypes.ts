/** What the worker pool is given and gives back: its options, a run's request, progress and handle, and a call's outcome. */
import type { EvalOptions, Issue, Model, Report, RunOptions, TraceOutput, TraceRequest } from '../api/index.ts';
import type { PoolWorker, Timer } from './PoolWorker.ts';

/** Silence after which a simulation worker counts as stuck: the engine reports every 65,536 events, many times a second. */
export const DEFAULT_SILENCE_MS = 20_000;

export interface WorkerPoolOptions {
  makeWorker: () => PoolWorker;
  timer: Timer;
  /** most workers one piece of work uses at once */
  size: number;
  silenceMs?: number;
  /** workers kept started between runs, so that Run does not wait for one to load (the app: 1) */
  warm?: number;
}

export interface RunRequest {
  /** the scenario as the host compiled it (with `options`): each worker gets a copy to run, and the report is folded here */
  model: Model;
  options?: RunOptions;
  /** most workers to use (default: the pool's size) */
  workers?: number;
  /**
   * how long the host took to load the scenario: a worker gets a few times that to start and take it,
   * and to stay silent while a replication sets up and hands its results back (both grow with the plant)
   */
  loadMs?: number;
  onProgress?: (p: RunProgress) => void;
  /**
   * Per-packet outcomes and captured frames: what replication r traces (undefined: nothing) and
   * where its trace goes; a replication counts as done once its output has ended.
   */
  trace?: { request(replication: number): TraceRequest | undefined; output(replication: number): TraceOutput };
}

export interface RunProgress {
  /** replications done, fractionally (0..total) */
  done: number;
  total: number;
  /** events processed so far, all replications */
  events: number;
}

export interface RunHandle {
  promise: Promise<Report>;
  cancel(): void;
}

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'RunCancelled';
  }
}

export interface EvaluatorOptions {
  files?: Readonly<Record<string, string>>;
  limits?: Pick<RunOptions, 'maxEvents' | 'maxMemoryBytes'>;
  onEvaluated?: (done: number, total: number, options: EvalOptions) => void;
  /**
   * A lone scenario of several replications (the planner's verifications) is compiled in this
   * thread and its replications spread over the workers: for a host whose thread may block for the
   * compile (the CLI; not the app's window, where a large plant's compile takes seconds).
   */
  spread?: boolean;
}

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
