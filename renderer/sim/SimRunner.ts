/**
 * Runs a scenario in Web Workers with the CLI's SimApi: replications spread over several
 * workers, folded in replication order as they finish (the core's OrderedFold: the report does not
 * depend on the number of workers, as in the CLI). Cancel terminates the workers. One worker
 * is kept warm so pressing Run does not wait for a worker to load.
 *
 * A worker that fails — the simulation throws, its script does not load, it crashes, runs out
 * of memory, or sends no progress for `silenceMs` (stuck, closed, killed) — ends the run at
 * once with a ReplicationFailed naming the replication and the cause; every worker of the run
 * is terminated and a fresh one is warmed for the next Run.
 */
import { proxy } from 'comlink';
import { formatIssue, loadScenario, OrderedFold, type Progress, type Report, ReportAccumulator, reportOf, type RunOptions, type ScenarioInput } from '../../sim/api/index.ts';
import { createSimWorker, type SimWorker } from './createSimWorker.ts';
import { faultOf, terminateWatched, type Watched, watched, WorkerFault, type WorkerWatch } from './WorkerWatch.ts';

/** Silence after which a simulation worker counts as stuck: the engine reports every 65,536 events, many times a second. */
export const DEFAULT_SILENCE_MS = 20_000;

export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

export class ReplicationFailed extends Error {
  constructor(
    /** 0-based, as the engine counts */
    readonly replication: number,
    readonly total: number,
    readonly fault: WorkerFault,
  ) {
    super(`replication ${replication + 1} of ${total} failed: ${fault.message}`);
    this.name = 'ReplicationFailed';
  }
}

export interface RunRequest extends RunOptions {
  input: ScenarioInput;
  /** most workers to use (default: cores − 1, at least 2 — the UI thread is mostly idle — at most 8) */
  workers?: number;
  onProgress?: (fraction: number) => void;
}

export interface RunHandle {
  promise: Promise<Report>;
  cancel(): void;
}

export class SimRunner {
  /** how long a worker may send no progress before it counts as stuck, ms */
  silenceMs: number;
  private warm: Watched<SimWorker> | null = null;
  private readonly live = new Set<Watched<SimWorker>>();

  constructor(
    private make: () => SimWorker = createSimWorker,
    options: { silenceMs?: number } = {},
  ) {
    this.silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
  }

  /** Workers started and not yet terminated (the warm one included). */
  get liveWorkers(): number {
    return this.live.size;
  }

  /** Makes workers another way from now on (the end-to-end tests inject failing ones); the warm worker goes. */
  setWorkerFactory(make: () => SimWorker): void {
    this.make = make;
    if (this.warm) this.stop(this.warm);
    this.warm = null;
  }

  /** Starts a worker now so the first run does not pay for loading it. */
  prewarm(): void {
    this.warm ??= this.spawn();
  }

  private spawn(): Watched<SimWorker> {
    const w = watched(this.make());
    this.live.add(w);
    return w;
  }

  private stop(w: Watched<SimWorker>): void {
    terminateWatched(w);
    this.live.delete(w);
  }

  private take(): Watched<SimWorker> {
    const w = this.warm ?? this.spawn();
    this.warm = null;
    return w;
  }

  start(req: RunRequest): RunHandle {
    const started = performance.now();
    const model = loadScenario(req.input.scenario, req.input.files ?? {}, req); // throws ScenarioError on bad input
    const total = model.replications;
    const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
    const n = Math.max(1, Math.min(total, req.workers ?? Math.max(2, Math.min(8, cores - 1))));
    const silence = this.silenceMs;
    const used: Watched<SimWorker>[] = [];
    const watchOf: WorkerWatch[] = []; // replication → the watch of the worker running it
    const fractions = new Array<number>(total).fill(0);
    let stopped = false; // cancelled, or a replication failed: no lane takes another
    let cancelled = false;
    let rejectCancel: (e: Error) => void = () => {};
    const cancelPromise = new Promise<never>((_, reject) => (rejectCancel = reject));
    const onProgress = proxy((p: Progress) => {
      watchOf[p.replication]?.alive();
      fractions[p.replication] = p.fraction;
      req.onProgress?.(fractions.reduce((a, b) => a + b, 0) / total);
    });
    const folded = new OrderedFold(new ReportAccumulator(model), 2 * n);
    let next = 0;
    const lane = async () => {
      const w = this.take();
      used.push(w);
      let loaded = false;
      while (next < total && !stopped) {
        await folded.room();
        if (next >= total || stopped) break;
        const r = next++;
        watchOf[r] = w.watch;
        try {
          if (!loaded) {
            const l = await w.watch.guard(
              w.api.load(req.input, { seed: req.seed, replications: req.replications, durationS: req.durationS, maxEvents: req.maxEvents, maxMemoryBytes: req.maxMemoryBytes }),
              silence,
            );
            if (!l.ok) throw new WorkerFault('threw', `the worker could not load the scenario: ${l.issues.map(formatIssue).join('; ')}`);
            loaded = true;
          }
          folded.add(await w.watch.guard(w.api.runReplication(r, onProgress), silence));
        } catch (e) {
          stopped = true;
          // past the run's limits: not a fault of the worker, its message says what grew and where
          if (e instanceof Error && e.name === 'ResourceLimitError') throw e;
          throw new ReplicationFailed(r, total, faultOf(e));
        }
      }
    };
    const finish = () => {
      for (const w of used) this.stop(w);
      if (!cancelled) this.prewarm();
    };
    const promise = Promise.race([Promise.all(Array.from({ length: n }, lane)), cancelPromise])
      .then(() => reportOf(folded.acc, (performance.now() - started) / 1000))
      .finally(finish);
    return {
      promise,
      cancel: () => {
        if (cancelled) return;
        cancelled = stopped = true;
        for (const w of used) this.stop(w);
        rejectCancel(new CancelledError());
        this.prewarm();
      },
    };
  }
}
