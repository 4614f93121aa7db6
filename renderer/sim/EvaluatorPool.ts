/**
 * The planner's simulator in the app: many scenarios over a fixed set of Web Workers, each
 * hosting the core's SimApi (as cli/EvaluatorPool.ts does with worker threads). Results come
 * back in input order, each scenario runs whole on one worker, so the planner's choices do
 * not depend on the number of workers; each report's wallSeconds is that evaluation's own
 * time. Cancel terminates the workers: the pending evaluation and every later one reject
 * with CancelledError, which ends plan() where it awaits.
 */
import { formatIssue, type Report } from '../../sim/api/index.ts';
import type { EvalOptions } from '../../sim/plan/index.ts';
import { createSimWorker, type SimWorker } from './createSimWorker.ts';
import { CancelledError } from './SimRunner.ts';

export type Evaluation = Report | { error: string };

export interface EvaluatorPoolOptions {
  /** workers to start (at least 1) */
  size: number;
  make?: () => SimWorker;
  /** after each scenario of a batch: how many of the batch are done */
  onEvaluated?: (done: number, total: number, options: EvalOptions) => void;
}

/** Workers for the planner: cores − 1, at least 2 (the UI thread mostly waits), at most 8 — as for runs. */
export function plannerWorkers(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2): number {
  return Math.max(2, Math.min(8, cores - 1));
}

export class EvaluatorPool {
  private readonly workers: SimWorker[] = [];
  private cancelled = false;
  private rejectCancel: (e: Error) => void = () => {};
  private readonly cancelPromise: Promise<never>;

  constructor(private readonly o: EvaluatorPoolOptions) {
    this.cancelPromise = new Promise<never>((_, reject) => (this.rejectCancel = reject));
    this.cancelPromise.catch(() => {}); // observed by evaluate(); no unhandled rejection when nothing is pending
  }

  private worker(i: number): SimWorker {
    while (this.workers.length <= i) this.workers.push((this.o.make ?? createSimWorker)());
    return this.workers[i];
  }

  evaluate = async (scenarios: readonly object[], options: EvalOptions): Promise<Evaluation[]> => {
    if (this.cancelled) throw new CancelledError();
    const out: Evaluation[] = new Array(scenarios.length);
    let next = 0;
    let done = 0;
    const lanes = Math.max(1, Math.min(this.o.size, scenarios.length));
    const lane = async (k: number) => {
      const { api } = this.worker(k);
      while (next < scenarios.length && !this.cancelled) {
        const i = next++;
        const started = performance.now();
        try {
          const loaded = await api.load({ scenario: scenarios[i] }, { durationS: options.durationS, replications: options.replications });
          if (!loaded.ok) out[i] = { error: loaded.issues.map(formatIssue).join('; ') };
          else {
            const report = await api.run();
            report.wallSeconds = (performance.now() - started) / 1000;
            out[i] = report;
          }
        } catch (e) {
          if (this.cancelled) return;
          out[i] = { error: `the simulation failed: ${e instanceof Error ? e.message : String(e)}` };
        }
        this.o.onEvaluated?.(++done, scenarios.length, options);
      }
    };
    await Promise.race([Promise.all(Array.from({ length: lanes }, (_, k) => lane(k))), this.cancelPromise]);
    if (this.cancelled) throw new CancelledError();
    return out;
  };

  /** Stops every simulation now; evaluate() rejects with CancelledError from here on. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.close();
    this.rejectCancel(new CancelledError());
  }

  close(): void {
    for (const w of this.workers) w.worker.terminate();
    this.workers.length = 0;
  }
}
