/** What a host gives the pool: how a worker is made and how it dies, and a clock (sim/ has none of its own). */
import type { Remote } from 'comlink';
import type { SimApi } from '../api/SimApi.ts';

export interface PoolWorker {
  api: Remote<SimApi>;
  /** rejects with a WorkerFault when the worker dies (its script did not load, an error escaped it, its thread exited, it ran out of memory); never resolves */
  dead: Promise<never>;
  /** ends the worker now; it never answers again (and `dead` stays unsettled) */
  terminate(): Promise<void> | void;
}

export interface Timer {
  /** calls `fn` after `ms`; the function returned cancels it */
  after(ms: number, fn: () => void): () => void;
  /** milliseconds from any fixed origin (wall-clock figures of reports) */
  now(): number;
}
