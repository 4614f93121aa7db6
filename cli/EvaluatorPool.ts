/**
 * Simulates many scenarios over a fixed set of worker threads (the planner's candidates).
 * Results come back in input order, so the planner's choices do not depend on the number of
 * workers. Each report's wallSeconds is that evaluation's own time.
 */
import { releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import { formatIssue, type Report, type SimApi } from '../sim/api/index.ts';
import type { EvalOptions } from '../sim/plan/index.ts';

export class EvaluatorPool {
  private readonly workers: Worker[] = [];
  private readonly apis: Remote<SimApi>[] = [];

  constructor(size: number, workerUrl: URL) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const w = new Worker(workerUrl);
      this.workers.push(w);
      this.apis.push(wrap<SimApi>(nodeEndpoint(w)));
    }
  }

  evaluate = async (scenarios: readonly object[], opts: EvalOptions): Promise<(Report | { error: string })[]> => {
    const out: (Report | { error: string })[] = new Array(scenarios.length);
    let next = 0;
    await Promise.all(
      this.apis.map(async (api) => {
        while (next < scenarios.length) {
          const i = next++;
          const started = performance.now();
          const loaded = await api.load({ scenario: scenarios[i] }, { durationS: opts.durationS, replications: opts.replications });
          if (!loaded.ok) {
            out[i] = { error: loaded.issues.map(formatIssue).join('; ') };
            continue;
          }
          const report = await api.run();
          report.wallSeconds = (performance.now() - started) / 1000;
          out[i] = report;
        }
      }),
    );
    return out;
  };

  async close(): Promise<void> {
    for (const api of this.apis) api[releaseProxy]();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
