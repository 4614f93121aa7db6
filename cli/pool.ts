/**
 * Runs a scenario's replications over worker threads, each hosting the SimApi through comlink,
 * and merges them in replication order: the report does not depend on the number of workers.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import { buildReport, loadScenario, type Progress, type ReplicationResult, type Report, type RunOptions, type ScenarioInput, type SimApi } from '../sim/api/index.ts';

export interface PoolOptions extends RunOptions {
  workers: number;
  onProgress?: (done: number, total: number) => void;
}

export async function runPooled(input: ScenarioInput, opts: PoolOptions, workerUrl: URL): Promise<Report> {
  const model = loadScenario(input.scenario, input.files ?? {}, opts); // throws ScenarioError before any worker starts
  const total = model.replications;
  const started = performance.now();
  const fractions = new Array<number>(total).fill(0);
  const report = (p: Progress) => {
    fractions[p.replication] = p.fraction;
    opts.onProgress?.(fractions.reduce((a, b) => a + b, 0), total);
  };
  const results: ReplicationResult[] = [];
  const n = Math.max(1, Math.min(opts.workers, total));
  const threads: Worker[] = [];
  try {
    let next = 0;
    const lanes = Array.from({ length: n }, async () => {
      const worker = new Worker(workerUrl);
      threads.push(worker);
      const api: Remote<SimApi> = wrap<SimApi>(nodeEndpoint(worker));
      const loaded = await api.load(input, { seed: opts.seed, replications: opts.replications, durationS: opts.durationS });
      if (!loaded.ok) throw new Error(`worker could not load the scenario: ${loaded.issues[0]?.message}`);
      const onProgress = proxy(report);
      while (next < total) {
        const r = next++;
        results.push(await api.runReplication(r, onProgress));
      }
      api[releaseProxy]();
    });
    await Promise.all(lanes);
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return buildReport(model, results, (performance.now() - started) / 1000);
}
