/**
 * The planner's simulator in the app: many scenarios over a fixed set of Web Workers, each
 * hosting the core's SimApi (as cli/EvaluatorPool.ts does with worker threads). Results come
 * back in input order, each scenario runs whole on one worker, so the planner's choices do
 * not depend on the number of workers; each report's wallSeconds is that evaluation's own
 * time. Cancelling is the planner's own signal: when it aborts, the workers are terminated at
 * once and the pending evaluation resolves with the scenarios left undone marked cancelled —
 * plan(), which checks the same signal after every batch, then rejects with PlanCancelled.
 * A simulation that throws is that scenario's error; a worker that does not start, crashes or
 * sends no progress for `silenceMs` stops the batch: every worker is terminated and the
 * evaluation rejects naming the simulation and the cause (the planner then stops with it).
 */
import { proxy } from 'comlink';
import { formatIssue, type Report } from '../../sim/api/index.ts';
import type { EvalOptions } from '../../sim/plan/index.ts';
import { createSimWorker, type SimWorker } from './createSimWorker.ts';
import { DEFAULT_SILENCE_MS } from './SimRunner.ts';
import { faultOf, terminateWatched, type Watched, watched } from './WorkerWatch.ts';

export type Evaluation = Report | { error: string };

export interface EvaluatorPoolOptions {
  /** workers to start (at least 1) */
  size: number;
  make?: () => SimWorker;
  /** after each scenario of a batch: how many of the batch are done */
  onEvaluated?: (done: number, total: number, options: EvalOptions) => void;
  /** the planner's cancel signal: aborting it stops every simulation now */
  signal?: AbortSignal;
  /** how long a worker may send no progress before it counts as stuck, ms */
  silenceMs?: number;
  /** the trace files the scenarios name (every candidate keeps the names of the scenario planned) */
  files: Readonly<Record<string, string>>;
}

type Lane = Watched<SimWorker> & {
  /** the progress callback the worker calls (one per worker, for all its simulations) */
  progress: () => void;
};

const CANCELLED: Evaluation = { error: 'cancelled' };

/** Workers for the planner: cores − 1, at least 2 (the UI thread mostly waits), at most 8 — as for runs. */
export function plannerWorkers(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2): number {
  return Math.max(2, Math.min(8, cores - 1));
}

export class EvaluatorPool {
  private readonly workers: Lane[] = [];
  private readonly aborted: Promise<void>;

  constructor(private readonly o: EvaluatorPoolOptions) {
    const signal = o.signal;
    this.aborted = new Promise<void>((resolve) => {
      if (!signal) return;
      const stop = () => {
        this.close();
        resolve();
      };
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
    });
  }

  private get cancelled(): boolean {
    return this.o.signal?.aborted ?? false;
  }

  private worker(i: number): Lane {
    while (this.workers.length <= i) {
      const w = watched((this.o.make ?? createSimWorker)());
      this.workers.push({ ...w, progress: proxy(() => w.watch.alive()) });
    }
    return this.workers[i];
  }

  evaluate = async (scenarios: readonly object[], options: EvalOptions): Promise<Evaluation[]> => {
    const out: Evaluation[] = new Array(scenarios.length).fill(CANCELLED);
    if (this.cancelled) return out;
    let next = 0;
    let done = 0;
    const lanes = Math.max(1, Math.min(this.o.size, scenarios.length));
    const silence = this.o.silenceMs ?? DEFAULT_SILENCE_MS;
    let failed = false;
    const lane = async (k: number) => {
      const { api, watch, progress } = this.worker(k);
      while (next < scenarios.length && !this.cancelled && !failed) {
        const i = next++;
        const started = performance.now();
        try {
          const loaded = await watch.guard(api.load({ scenario: scenarios[i], files: this.o.files }, { durationS: options.durationS, replications: options.replications }), silence);
          if (!loaded.ok) out[i] = { error: loaded.issues.map(formatIssue).join('; ') };
          else {
            const report = await watch.guard(api.run(progress), silence);
            report.wallSeconds = (performance.now() - started) / 1000;
            out[i] = report;
          }
        } catch (e) {
          if (this.cancelled) return;
          const fault = faultOf(e);
          if (fault.kind !== 'threw' && fault.kind !== 'memory') {
            failed = true;
            this.close();
            throw new Error(`simulation ${i + 1} of ${scenarios.length} (${options.durationS} s × ${options.replications}) failed: ${fault.message}`);
          }
          out[i] = { error: `the simulation failed: ${fault.detail}` };
        }
        this.o.onEvaluated?.(++done, scenarios.length, options);
      }
    };
    await Promise.race([Promise.all(Array.from({ length: lanes }, (_, k) => lane(k))), this.aborted]);
    return out;
  };

  close(): void {
    for (const w of this.workers) terminateWatched(w);
    this.workers.length = 0;
  }
}
