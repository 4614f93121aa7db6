/**
 * Watches one Web Worker for the ways it can fail. A call to it (through comlink) may reject —
 * the simulation threw, or an allocation failed — but a worker whose script did not load, that
 * an error escaped, that closed itself, was killed or is stuck in a loop never answers at all:
 * comlink would wait forever. guard(call) settles as the call does, or rejects with a
 * WorkerFault as soon as the worker reports an error event or stays silent for `silenceMs`
 * (the engine reports progress every 65,536 events: call alive() on each report).
 */

export type FaultKind = 'start' | 'crash' | 'threw' | 'memory' | 'silent' | 'stopped';

export class WorkerFault extends Error {
  constructor(
    readonly kind: FaultKind,
    readonly detail: string,
  ) {
    super(describeFault(kind, detail));
    this.name = 'WorkerFault';
  }
}

function describeFault(kind: FaultKind, detail: string): string {
  switch (kind) {
    case 'start':
      return 'the worker could not start (its script did not load)';
    case 'crash':
      return `the worker crashed (${detail || 'no message'})`;
    case 'threw':
      return `an error in the worker: ${detail}`;
    case 'memory':
      return `the worker ran out of memory (${detail})`;
    case 'silent':
      return `the worker stopped answering: no progress for ${detail} (stuck in a loop, or it ended without a word)`;
    case 'stopped':
      return 'the worker was stopped';
  }
}

const MEMORY = /allocation failed|out of memory|invalid (typed )?array (buffer )?length|array buffer/i;

/** Any rejection of a call to a worker, as a fault (comlink rebuilds the worker's Error with its name and message). */
export function faultOf(e: unknown): WorkerFault {
  if (e instanceof WorkerFault) return e;
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'RangeError' && MEMORY.test(message)) return new WorkerFault('memory', `${name}: ${message}`);
  return new WorkerFault('threw', name && name !== 'Error' ? `${name}: ${message}` : message);
}

const seconds = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);

export class WorkerWatch {
  /** once set, the worker is dead to us: every later guard rejects with it */
  private fault: WorkerFault | null = null;
  private answered = false;
  private reject: ((f: WorkerFault) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private silenceMs = 0;

  constructor(private readonly worker: Worker) {
    worker.addEventListener('error', this.onError);
    worker.addEventListener('message', this.onMessage);
  }

  private onMessage = () => {
    this.answered = true;
  };

  private onError = (e: Event) => {
    e.preventDefault(); // said in the run's error, not as an uncaught error in the console
    // a script that does not load gives an error event without a message; an error that escapes the worker has one
    const message = (e as ErrorEvent).message ?? '';
    this.raise(new WorkerFault(this.answered || message ? 'crash' : 'start', message));
  };

  private raise(f: WorkerFault): void {
    if (this.fault) return;
    this.fault = f;
    clearTimeout(this.timer);
    this.reject?.(f);
    this.reject = null;
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.raise(new WorkerFault('silent', seconds(this.silenceMs))), this.silenceMs);
  }

  /** The worker made progress on the pending call: its silence starts again from now. */
  alive(): void {
    if (this.reject) this.arm();
  }

  /** The call's outcome, or the worker's fault — whichever comes first. One call at a time. */
  guard<T>(call: Promise<T>, silenceMs: number): Promise<T> {
    if (this.fault) return Promise.reject(this.fault);
    this.silenceMs = silenceMs;
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      this.arm();
      const settle = () => {
        clearTimeout(this.timer);
        this.reject = null;
      };
      call.then(
        (v) => (settle(), resolve(v)),
        (e: unknown) => (settle(), reject(faultOf(e))),
      );
    });
  }

  /** Stops watching (the worker is being terminated): a pending guard rejects as stopped. */
  dispose(): void {
    this.raise(new WorkerFault('stopped', ''));
    this.worker.removeEventListener('error', this.onError);
    this.worker.removeEventListener('message', this.onMessage);
  }
}

/** A worker (its comlink handle beside it) with its watch. */
export type Watched<W extends { worker: Worker }> = W & { watch: WorkerWatch };

export function watched<W extends { worker: Worker }>(w: W): Watched<W> {
  return { ...w, watch: new WorkerWatch(w.worker) };
}

/** Stops watching and terminates the worker: a call pending on it rejects as stopped. */
export function terminateWatched(w: Watched<{ worker: Worker }>): void {
  w.watch.dispose();
  w.worker.terminate();
}
