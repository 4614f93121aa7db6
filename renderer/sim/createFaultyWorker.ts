/**
 * For the end-to-end tests only: simulation workers that fail in a chosen way (see
 * faulty.worker.ts), or whose script does not load at all ('no-start': a path that is not there).
 */
import { wrap } from 'comlink';
import type { PoolWorker } from '../../sim/worker/index.ts';
import { browserWorker } from './browserPool.ts';
import type { FaultyWorkerApi, InWorkerFault } from './faulty.worker.ts';

export type WorkerFaultSpec = InWorkerFault | { kind: 'no-start' };

export function createFaultyWorker(f: WorkerFaultSpec): PoolWorker {
  if (f.kind === 'no-start') return browserWorker(new Worker('./no-such-worker.js', { type: 'module' }));
  const worker = new Worker(new URL('./faulty.worker.ts', import.meta.url), { type: 'module', name: 'netloom-sim-faulty' });
  void wrap<FaultyWorkerApi>(worker).setFault(f);
  return browserWorker(worker);
}
