/**
 * One worker of the pool, watched. A call to it (through comlink) may reject — the simulation
 * threw, an allocation failed — but a worker whose script did not load, that an error escaped,
 * whose thread exited or that is stuck in a loop never answers at all: comlink would wait for
 * ever. guard(call) settles as the call does, or rejects with a WorkerFault as soon as the worker
 * dies or stays silent for `silenceMs` (the engine reports progress every 65,536 events: alive()
 * on each report). Once dead, every later guard rejects at once. One call at a time.
 */
import type { Remote } from 'comlink';
import { sendParts } from '../api/messageParts.ts';
import type { LoadResult, RunOptions, ScenarioInput, SimApi } from '../api/SimApi.ts';
import type { PoolWorker, Timer } from './PoolWorker.ts';
import { faultOf, isInputError, silence, WorkerFault } from './WorkerFault.ts';

/** keys of the scenarios lanes keep in their workers, unique in this host */
let nextKey = 1;

export class Lane {
  /** the scenario this lane's worker keeps (the object loaded, and its key there), for load to send it once */
  private held: { scenario: unknown; key: number } | null = null;
  /** once set, the worker is dead to us */
  private fault: WorkerFault | null = null;
  private reject: ((f: WorkerFault) => void) | null = null;
  private cancelTimer: () => void = () => {};
  private silenceMs = 0;

  constructor(
    private readonly worker: PoolWorker,
    private readonly timer: Timer,
  ) {
    worker.dead.catch((e: unknown) => this.raise(e instanceof WorkerFault ? e : new WorkerFault('crash', String(e))));
  }

  get api(): Remote<SimApi> {
    return this.worker.api;
  }

  get dead(): boolean {
    return this.fault !== null;
  }

  private raise(f: WorkerFault): void {
    if (this.fault) return;
    this.fault = f;
    this.cancelTimer();
    this.reject?.(f);
    this.reject = null;
  }

  private arm(): void {
    this.cancelTimer();
    this.cancelTimer = this.timer.after(this.silenceMs, () => this.raise(new WorkerFault('silent', silence(this.silenceMs))));
  }

  /** The worker made progress on the pending call: its silence starts again from now. */
  alive(): void {
    if (this.reject) this.arm();
  }

  /**
   * The call's outcome, or the worker's fault — whichever comes first. A rejection is a
   * WorkerFault, except the input's own errors (a ScenarioError, a ResourceLimitError), which
   * come back as they are.
   */
  guard<R>(call: (api: Remote<SimApi>) => R, silenceMs: number): Promise<Awaited<R>> {
    if (this.fault) return Promise.reject(this.fault);
    this.silenceMs = silenceMs;
    return new Promise<Awaited<R>>((resolve, reject) => {
      this.reject = reject;
      this.arm();
      const settle = () => {
        this.cancelTimer();
        this.reject = null;
      };
      let answer: Promise<Awaited<R>>;
      try {
        answer = Promise.resolve(call(this.worker.api));
      } catch (e) {
        answer = Promise.reject(e);
      }
      answer.then(
        (v) => (settle(), resolve(v)),
        (e: unknown) => (settle(), reject(isInputError(e) ? e : faultOf(e))),
      );
    });
  }

  /** Whether this lane's worker keeps `scenario` (this very object) from its last load. */
  holds(scenario: unknown): boolean {
    return this.held?.scenario === scenario;
  }

  /**
   * Loads `input` on the worker: a large scenario goes in parts (messageParts), each its own message and
   * guarded call, so the host's thread copies one part per task instead of the whole scenario in one. The
   * scenario object loaded last is not sent again: the worker loads the copy it kept (SimApi.reload). A host's
   * scenario is one version of the document (the app's are immutable: an edit makes a new object), so sending
   * it once per version spares the host's thread the copy on every run (the steel works: 30–60 ms, issue 10).
   */
  async load(input: ScenarioInput, options: RunOptions | undefined, silenceMs: number): Promise<LoadResult> {
    const held = this.held;
    if (held && held.scenario === input.scenario) {
      const again = await this.guard((api) => api.reload(held.key, input.files, options), silenceMs);
      if (again) return again;
    }
    this.held = null;
    const key = nextKey++;
    const sent = await sendParts(input.scenario, (part) => this.guard((api) => api.receive(part), silenceMs));
    const loaded = await this.guard((api) => api.load(sent ? { received: true, files: input.files } : input, options, key), silenceMs);
    this.held = { scenario: input.scenario, key };
    return loaded;
  }

  /** Terminates the worker: a pending guard rejects as stopped. */
  async stop(): Promise<void> {
    this.raise(new WorkerFault('stopped', ''));
    try {
      await this.worker.terminate();
    } catch {
      /* already gone */
    }
  }
}
