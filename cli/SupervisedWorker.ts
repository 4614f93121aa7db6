/**
 * One worker thread hosting the SimApi, watched: a worker that throws, exits, runs out of memory
 * or stops sending progress ends the call it was serving with a message naming that work
 * ("replication 3 …") within seconds, instead of leaving its caller waiting for an answer that
 * will never come (comlink never settles a call whose worker died).
 */
import { releaseProxy, wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import type { SimApi } from '../sim/api/index.ts';

/** A worker failed: exit code 3 (not the user's mistake; the message says what to report). */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

export interface SupervisionOptions {
  /** longest silence (no progress) while a call runs before the worker is declared stuck */
  stallMs: number;
  /** V8 heap limit of the worker, MB (typed arrays are bounded by the run's memory budget instead) */
  heapMb?: number;
}

export const DEFAULT_STALL_MS = 20_000;
export const DEFAULT_WORKER_HEAP_MB = 4096;

export class SupervisedWorker {
  readonly api: Remote<SimApi>;
  private readonly worker: Worker;
  private failure: Error | undefined;
  private current: { what: string; reject: (e: Error) => void; rearm: () => void } | undefined;
  private stopping = false;

  constructor(
    url: URL,
    private readonly opts: SupervisionOptions,
  ) {
    this.worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? DEFAULT_WORKER_HEAP_MB } });
    this.api = wrap<SimApi>(nodeEndpoint(this.worker));
    this.worker.on('error', (e: Error & { code?: string }) =>
      this.fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory (the worker's heap limit is ${opts.heapMb ?? DEFAULT_WORKER_HEAP_MB} MB)` : `crashed: ${e.message}`),
    );
    this.worker.on('exit', (code) => {
      if (!this.stopping) this.fail(`stopped: its worker thread exited with code ${code}`);
    });
  }

  /** The worker is making progress: the watchdog starts counting again. */
  alive(): void {
    this.current?.rearm();
  }

  /**
   * Runs `call` on the worker for `what` (e.g. "replication 3"); rejects with a WorkerFailure
   * naming it when the worker dies or is silent for longer than `silenceMs` (default: stallMs).
   * An error thrown inside the worker comes back with its name (a ResourceLimitError stays one).
   */
  async call<T>(what: string, call: (api: Remote<SimApi>) => Promise<T>, silenceMs = this.opts.stallMs): Promise<T> {
    if (this.failure) throw this.failure;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watched = new Promise<never>((_, reject) => {
      const rearm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.fail(`stopped answering: no progress for ${+(silenceMs / 1000).toFixed(1)} s`);
        }, silenceMs);
      };
      this.current = { what, reject, rearm };
      rearm();
    });
    try {
      return await Promise.race([call(this.api), watched]);
    } catch (e) {
      if (e instanceof WorkerFailure) throw e;
      const err = e as Error;
      if (err?.name === 'ResourceLimitError' || err?.name === 'ScenarioError') throw err;
      throw new WorkerFailure(`${what} failed inside its worker: ${err?.message ?? String(e)}`);
    } finally {
      clearTimeout(timer);
      this.current = undefined;
    }
  }

  private fail(cause: string): void {
    if (this.failure) return;
    this.failure = new WorkerFailure(`${this.current?.what ?? 'a worker'} ${cause}`);
    this.current?.reject(this.failure);
    void this.terminate();
  }

  async terminate(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    try {
      this.api[releaseProxy]();
    } catch {
      /* the port is already closed */
    }
    await this.worker.terminate();
  }
}
