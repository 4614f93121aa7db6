/**
 * Simulates many scenarios over a fixed set of supervised worker threads (the planner's
 * candidates). Results come back in input order, so the planner's choices do not depend on the
 * number of workers. Each report's wallSeconds is that evaluation's own time. A candidate past the
 * run limits is an evaluation error; a worker that fails ends the plan (every worker is stopped).
 */
import { proxy } from 'comlink';
import { formatIssue, type Report, type RunOptions } from '../sim/api/index.ts';
import type { EvalOptions } from '../sim/plan/index.ts';
import { DEFAULT_STALL_MS, SupervisedWorker } from './SupervisedWorker.ts';

export class EvaluatorPool {
  private readonly workers: SupervisedWorker[] = [];

  constructor(
    size: number,
    workerUrl: URL,
    private readonly limits: Pick<RunOptions, 'maxEvents' | 'maxMemoryBytes'> = {},
    /** the trace files the scenario names (every candidate keeps their names) */
    private readonly files: Record<string, string> = {},
    stallMs = DEFAULT_STALL_MS,
  ) {
    for (let i = 0; i < Math.max(1, size); i++) this.workers.push(new SupervisedWorker(workerUrl, { stallMs }));
  }

  evaluate = async (scenarios: readonly object[], opts: EvalOptions): Promise<(Report | { error: string })[]> => {
    const out: (Report | { error: string })[] = new Array(scenarios.length);
    let next = 0;
    try {
      await Promise.all(
        this.workers.map(async (w) => {
          const alive = proxy(() => w.alive());
          while (next < scenarios.length) {
            const i = next++;
            const started = performance.now();
            const what = `candidate evaluation ${i + 1} of ${scenarios.length}`;
            const loaded = await w.call(what, (api) => api.load({ scenario: scenarios[i], files: this.files }, { durationS: opts.durationS, replications: opts.replications, ...this.limits }));
            if (!loaded.ok) {
              out[i] = { error: loaded.issues.map(formatIssue).join('; ') };
              continue;
            }
            try {
              const report = await w.call(what, (api) => api.run(alive));
              report.wallSeconds = (performance.now() - started) / 1000;
              out[i] = report;
            } catch (e) {
              if ((e as Error).name !== 'ResourceLimitError') throw e;
              out[i] = { error: (e as Error).message };
            }
          }
        }),
      );
    } catch (e) {
      await this.close();
      throw e;
    }
    return out;
  };

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
