/**
 * For the end-to-end tests only: simulation workers that fail in a chosen way (see
 * faulty.worker.ts), or whose script does not load at all ('no-start': a path that is not there).
 */
import { wrap } from 'comlink';
import type { SimApi } from '../../sim/api/index.ts';
import type { SimWorker } from './createSimWorker.ts';
import type { FaultyWorkerApi, InWorkerFault } from './faulty.worker.ts';

export type WorkerFaultSpec = InWorkerFault | { kind: 'no-start' };

export function createFaultyWorker(f: WorkerFaultSpec): SimWorker {
  if (f.kind === 'no-start') {
    const worker = new Worker('./no-such-worker.js', { type: 'module' });
    return { worker, api: wrap<SimApi>(worker) };
  }
  const worker = new Worker(new URL('./faulty.worker.ts', import.meta.url), { type: 'module', name: 'netloom-sim-faulty' });
  const api = wrap<FaultyWorkerApi>(worker);
  void api.setFault(f);
  return { worker, api: api as unknown as SimWorker['api'] };
}
