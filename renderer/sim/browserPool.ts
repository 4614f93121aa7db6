/**
 * The app's worker pools (sim/worker): Web Workers hosting the core's SimApi
 * (sim/worker/sim.worker.ts). What is the browser's here is how a worker is made and how it dies:
 * an `error` event — without a message before any answer when its script did not load, with one
 * when an error escaped it — or a `messageerror`. A worker that closes itself or is stuck says
 * nothing at all: the pool's silence watchdog catches those.
 */
import { wrap } from 'comlink';
import type { SimApi } from '../../sim/api/index.ts';
import { hostTimer, type PoolWorker, WorkerFault, WorkerPool, type WorkerPoolOptions } from '../../sim/worker/index.ts';

export function browserWorker(worker: Worker): PoolWorker {
  const api = wrap<SimApi>(worker);
  let answered = false;
  const dead = new Promise<never>((_, reject) => {
    worker.addEventListener('message', () => (answered = true));
    worker.addEventListener('error', (e) => {
      e.preventDefault(); // said in the work's error, not as an uncaught error in the console
      const message = (e as ErrorEvent).message ?? '';
      reject(new WorkerFault(answered || message ? 'crash' : 'start', message));
    });
    worker.addEventListener('messageerror', () => reject(new WorkerFault('crash', 'a message from the worker could not be read')));
  });
  return {
    api,
    dead,
    terminate: () => worker.terminate(),
  };
}

/** One Web Worker hosting the core's SimApi. */
export function simWorker(): PoolWorker {
  return browserWorker(new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'netloom-sim' }));
}

/** Workers for runs and plans: cores − 1, at least 2 (the UI thread mostly waits), at most 8. */
export function simWorkers(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2): number {
  return Math.max(2, Math.min(8, cores - 1));
}

export function browserPool(o: Partial<WorkerPoolOptions> = {}): WorkerPool {
  return new WorkerPool({ makeWorker: simWorker, timer: hostTimer, size: simWorkers(), ...o });
}
