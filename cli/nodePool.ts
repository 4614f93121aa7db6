/**
 * The CLI's worker pool (sim/worker): worker threads hosting the SimApi (cli/simWorker.ts), each
 * with a V8 heap limit. What is Node's here is how a worker is made and how it dies: an `error`
 * event (out of memory, or an error that escaped it) or an `exit` we did not ask for.
 */
import { releaseProxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import type { SimApi } from '../sim/api/index.ts';
import { type PoolWorker, type Timer, WorkerFault, WorkerPool } from '../sim/worker/index.ts';

/** V8 heap limit of a worker, MB (typed arrays are bounded by the run's memory budget instead) */
export const DEFAULT_WORKER_HEAP_MB = 4096;

export const nodeTimer: Timer = {
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  now: () => performance.now(),
};

export function nodeWorker(url: URL, heapMb = DEFAULT_WORKER_HEAP_MB): PoolWorker {
  const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  const api = wrap<SimApi>(nodeEndpoint(worker));
  let stopping = false;
  const dead = new Promise<never>((_, reject) => {
    worker.on('error', (e: Error & { code?: string }) =>
      reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerFault('memory', `its heap limit is ${heapMb} MB`) : new WorkerFault('crash', e.message)),
    );
    worker.on('exit', (code) => {
      if (!stopping) reject(new WorkerFault('exit', String(code)));
    });
  });
  return {
    api,
    dead,
    async terminate() {
      if (stopping) return;
      stopping = true;
      try {
        api[releaseProxy]();
      } catch {
        /* the port is already closed */
      }
      await worker.terminate();
    },
  };
}

/** A pool of `size` worker threads running `url` (the bundled cli/simWorker.ts). */
export function nodePool(url: URL, size: number, o: { heapMb?: number; silenceMs?: number } = {}): WorkerPool {
  return new WorkerPool({ makeWorker: () => nodeWorker(url, o.heapMb), timer: nodeTimer, size, silenceMs: o.silenceMs });
}
