/** One Web Worker hosting the core's SimApi (sim/worker/sim.worker.ts), wrapped with comlink. */
import { type Remote, wrap } from 'comlink';
import type { SimApi } from '../../sim/api/index.ts';

export interface SimWorker {
  worker: Worker;
  api: Remote<SimApi>;
}

export function createSimWorker(): SimWorker {
  const worker = new Worker(new URL('../../sim/worker/sim.worker.ts', import.meta.url), { type: 'module', name: 'netloom-sim' });
  return { worker, api: wrap<SimApi>(worker) };
}
