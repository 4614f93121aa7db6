/**
 * The fuzz harness: feeds mutants to worker threads that run them as the CLI would, each under a
 * time cap (a mutant that takes longer is a hang: its worker is killed and replaced) and a memory
 * cap (a worker that runs out of its heap is an out-of-memory failure). Mutants that fail are kept
 * with their text so they can be replayed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FuzzJob, Outcome } from './fuzzWorker.ts';
import { mutant } from './mutate.ts';
import { fuzzSeeds } from './seeds.ts';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** first mutant index (to replay one) */
  from?: number;
  workers: number;
  /** wall time one mutant may take before it counts as a hang */
  timeoutMs: number;
  /** the run limits mutants are simulated under (as `netloom run --max-events/--max-memory`) */
  maxEvents: number;
  maxMemoryBytes: number;
  /** V8 heap of each worker, MB: past it the mutant counts as out of memory */
  heapMb: number;
  onProgress?: (done: number, total: number) => void;
}

export type FailureKind = 'crash' | 'hang' | 'oom' | 'unplaced';

export interface FuzzSummary {
  counts: Record<Outcome['kind'] | 'hang' | 'oom', number>;
  failures: { index: number; kind: FailureKind; detail: string; text: string }[];
}

// tsx's ESM entry (its CommonJS one cannot register hooks in an ES module worker)
const tsx = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const workerFile = new URL('./fuzzWorker.ts', import.meta.url).href;

function spawn(heapMb: number): Worker {
  // the worker is TypeScript: register tsx inside it, then load it
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(workerFile)}); });`;
  return new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: true, stderr: true });
}

export async function fuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const seeds = fuzzSeeds();
  const root = mkdtempSync(join(tmpdir(), 'netloom-fuzz-'));
  const summary: FuzzSummary = { counts: { rejected: 0, refused: 0, limited: 0, ran: 0, unplaced: 0, crash: 0, hang: 0, oom: 0 }, failures: [] };
  const first = o.from ?? 0;
  let next = first;
  let done = 0;
  const lane = async () => {
    let worker = spawn(o.heapMb);
    try {
      while (next < first + o.count) {
        const index = next++;
        const text = mutant(seeds, o.seed, index);
        const job: FuzzJob = { index, text, dir: join(root, String(index)), maxEvents: o.maxEvents, maxMemoryBytes: o.maxMemoryBytes };
        const outcome = await new Promise<Outcome | { index: number; kind: 'hang' | 'oom'; detail: string }>((resolve) => {
          const timer = setTimeout(() => resolve({ index, kind: 'hang', detail: `no answer within ${o.timeoutMs / 1000} s` }), o.timeoutMs);
          const settle = (r: Outcome | { index: number; kind: 'hang' | 'oom'; detail: string }) => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
            resolve(r);
          };
          const onMessage = (r: Outcome) => settle(r);
          const onError = (e: Error & { code?: string }) =>
            settle(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { index, kind: 'oom', detail: e.message } : { index, kind: 'crash', detail: e.stack ?? e.message });
          worker.on('message', onMessage);
          worker.on('error', onError);
          worker.postMessage(job);
        });
        summary.counts[outcome.kind]++;
        if (outcome.kind === 'crash' || outcome.kind === 'hang' || outcome.kind === 'oom' || outcome.kind === 'unplaced') {
          summary.failures.push({ index, kind: outcome.kind, detail: outcome.detail, text });
          if (outcome.kind !== 'unplaced') {
            await worker.terminate();
            worker = spawn(o.heapMb);
          }
        }
        rmSync(job.dir, { recursive: true, force: true });
        o.onProgress?.(++done, o.count);
      }
    } finally {
      await worker.terminate();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, o.workers) }, lane));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  summary.failures.sort((a, b) => a.index - b.index);
  return summary;
}
