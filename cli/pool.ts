/**
 * Runs a scenario's replications over worker threads, each hosting the SimApi through comlink,
 * and merges them in replication order: the report does not depend on the number of workers.
 * Each worker is supervised: when one fails, the others are stopped and the run ends at once with
 * a message naming the replication.
 */
import { proxy } from 'comlink';
import { OrderedFold, ReportAccumulator, reportOf, ScenarioError, type Model, type Progress, type Report, type RunOptions, type ScenarioInput } from '../sim/api/index.ts';
import { DEFAULT_STALL_MS, SupervisedWorker } from './SupervisedWorker.ts';

export interface PoolProgress {
  /** replications done, fractionally (0..total) */
  done: number;
  total: number;
  /** events processed so far, all replications */
  events: number;
}

export interface PoolOptions extends RunOptions {
  workers: number;
  onProgress?: (p: PoolProgress) => void;
  /** supervision (tests shorten these) */
  stallMs?: number;
  heapMb?: number;
  /** how long the main thread took to load the scenario: a worker gets a few times that to load it too */
  loadMs?: number;
}

/** Runs the replications of `model` (already loaded and checked on this thread from `input`). */
export async function runPooled(input: ScenarioInput, model: Model, opts: PoolOptions, workerUrl: URL): Promise<Report> {
  const total = model.replications;
  const started = performance.now();
  const fractions = new Array<number>(total).fill(0);
  const events = new Array<number>(total).fill(0);
  const n = Math.max(1, Math.min(opts.workers, total));
  const folded = new OrderedFold(new ReportAccumulator(model), 2 * n);
  const stallMs = opts.stallMs ?? DEFAULT_STALL_MS;
  const workers = Array.from({ length: n }, () => new SupervisedWorker(workerUrl, { stallMs, heapMb: opts.heapMb }));
  const options: RunOptions = { seed: opts.seed, replications: opts.replications, durationS: opts.durationS, maxEvents: opts.maxEvents, maxMemoryBytes: opts.maxMemoryBytes };
  let next = 0;
  try {
    await Promise.all(
      workers.map(async (w) => {
        const onProgress = proxy((p: Progress) => {
          w.alive();
          fractions[p.replication] = p.fraction;
          events[p.replication] = p.events;
          opts.onProgress?.({ done: fractions.reduce((a, b) => a + b, 0), total, events: events.reduce((a, b) => a + b, 0) });
        });
        const loaded = await w.call('loading the scenario in a worker', (api) => api.load(input, options), stallMs + 5 * (opts.loadMs ?? 1000));
        if (!loaded.ok) throw new ScenarioError(loaded.issues);
        while (next < total) {
          await folded.room();
          if (next >= total) break;
          const r = next++;
          folded.add(await w.call(`replication ${r + 1} of ${total}`, (api) => api.runReplication(r, onProgress)));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return reportOf(folded.acc, (performance.now() - started) / 1000);
}
