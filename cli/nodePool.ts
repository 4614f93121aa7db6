/**
 * The CLI's worker pool (sim/worker): worker threads hosting the SimApi (cli/simWorker.ts), each
 * with a V8 heap limit. What is Node's here is how a worker is made and how it dies: an `error`
 * event (out of memory, or an error that escaped it) or an `exit` we did not ask for.
 */
import { releaseProxy, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import type { SimApi } from '../sim/api/index.ts';
import { hostTimer, type PoolWorker, WorkerFault, WorkerPool } from '../sim/worker/index.ts';

/** V8 heap limit of a worker, MB (typed arrays are bounded by the run's memory budget instead) */
export const DEFAULT_WORKER_HEAP_MB = 4096;

/** A worker thread hosting the SimApi; `held: false` lets the process exit while it lives (nodePool's early workers). */
export function nodeWorker(url: URL, heapMb = DEFAULT_WORKER_HEAP_MB, held = true): PoolWorker & { hold(): PoolWorker } {
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
  if (!held) worker.unref(); // after the listeners: adding a 'message' listener holds the worker again
  return {
    api,
    dead,
    hold() {
      worker.ref();
      return this;
    },
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

/**
 * A pool of `size` worker threads running `url` (the bundled cli/simWorker.ts). `early` of them
 * start now, so that they load while the host compiles the scenario; the pool takes them first,
 * and one never taken (the scenario did not load) does not keep the process alive.
 */
export function nodePool(url: URL, size: number, o: { heapMb?: number; silenceMs?: number; early?: number } = {}): WorkerPool {
  const early = Array.from({ length: o.early ?? 0 }, () => nodeWorker(url, o.heapMb, false));
  for (const w of early) w.dead.catch(() => {}); // a worker that dies before it is taken fails its lane then
  const makeWorker = () => early.shift()?.hold() ?? nodeWorker(url, o.heapMb);
  return new WorkerPool({ makeWorker, timer: hostTimer, size, silenceMs: o.silenceMs });
}
