// The worker side of the façade: the pool every host runs its workers with, and what it throws.
export { WorkerPool } from './WorkerPool.ts';
export { DEFAULT_SILENCE_MS, RunCancelled } from './poolTypes.ts';
export type { CallOutcome, RunHandle, RunProgress, RunRequest, WorkerPoolOptions } from './poolTypes.ts';
export type { PoolWorker, Timer } from './PoolWorker.ts';
export { hostTimer } from './hostTimer.ts';
export { faultOf, WorkerFault, WorkFailed } from './WorkerFault.ts';
export type { FaultKind } from './WorkerFault.ts';
