/** For the pool's unit tests (no threads): a worker hosting `api` in this thread, that the test can kill the ways workers die. */
import type { Remote } from 'comlink';
import type { SimApi } from '../api/SimApi.ts';
import type { PoolWorker } from './PoolWorker.ts';
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
