/** For the pool's unit tests (no threads): a worker hosting `api` in this thread, that the test can kill the ways workers die. */
import type { Remote } from 'comlink';
import type { SimApi } from '../api/SimApi.ts';
import { hostTimer } from './hostTimer.ts';
import type { WorkerPoolOptions } from './poolTypes.ts';
import type { PoolWorker } from './PoolWorker.ts';
import { WorkerPool } from './WorkerPool.ts';
import { type FaultKind, WorkerFault } from './WorkerFault.ts';

export class FakeWorker implements PoolWorker {
  terminated = false;
  readonly dead: Promise<never>;
  private kill: (f: WorkerFault) => void = () => {};

  constructor(readonly api: Remote<SimApi>) {
    this.dead = new Promise<never>((_, reject) => (this.kill = reject));
  }

  /** What the host reports when the worker dies (an error event, its thread exiting). */
  die(kind: FaultKind, detail = ''): void {
    this.kill(new WorkerFault(kind, detail));
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A pool of 2 (unless `o` says) of the workers `makeWorker` makes, on the host's timer. */
export const fakePool = (makeWorker: () => FakeWorker, o: Partial<WorkerPoolOptions> = {}): WorkerPool =>
  new WorkerPool({ makeWorker, timer: hostTimer, size: 2, ...o });

/** A promise that never settles: a worker that never answers. */
export const never = (): Promise<never> => new Promise<never>(() => {});

/** Resolves after `ms` milliseconds on the host's timer. */
export const tick = (ms: number): Promise<void> => new Promise((r) => hostTimer.after(ms, r));
