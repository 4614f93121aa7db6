/**
 * Runs a scenario in Web Workers with the CLI's SimApi: replications spread over several
 * workers, merged in replication order with the core's buildReport (so the report does not
 * depend on the number of workers, as in the CLI). Cancel terminates the workers. One worker
 * is kept warm so pressing Run does not wait for a worker to load.
 */
import { proxy } from 'comlink';
import { buildReport, loadScenario, type Progress, type ReplicationResult, type Report, type RunOptions, type ScenarioInput } from '../../sim/api/index.ts';
import { createSimWorker, type SimWorker } from './createSimWorker.ts';

export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
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
  private warm: SimWorker | null = null;

  constructor(private readonly make: () => SimWorker = createSimWorker) {}

  /** Starts a worker now so the first run does not pay for loading it. */
  prewarm(): void {
    this.warm ??= this.make();
  }

  private take(): SimWorker {
    const w = this.warm ?? this.make();
    this.warm = null;
    return w;
  }

  start(req: RunRequest): RunHandle {
    const started = performance.now();
    const model = loadScenario(req.input.scenario, req.input.files ?? {}, req); // throws ScenarioError on bad input
    const total = model.replications;
    const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
    const n = Math.max(1, Math.min(total, req.workers ?? Math.max(2, Math.min(8, cores - 1))));
    const workers: SimWorker[] = [];
    const fractions = new Array<number>(total).fill(0);
    let cancelled = false;
    let rejectCancel: (e: Error) => void = () => {};
    const cancelPromise = new Promise<never>((_, reject) => (rejectCancel = reject));
    const onProgress = proxy((p: Progress) => {
      fractions[p.replication] = p.fraction;
      req.onProgress?.(fractions.reduce((a, b) => a + b, 0) / total);
    });
    const results: ReplicationResult[] = [];
    let next = 0;
    const lane = async () => {
      const w = this.take();
      workers.push(w);
      const loaded = await w.api.load(req.input, { seed: req.seed, replications: req.replications, durationS: req.durationS });
      if (!loaded.ok) throw new Error(`the worker could not load the scenario: ${loaded.issues[0]?.message ?? 'unknown issue'}`);
      while (next < total && !cancelled) {
        const r = next++;
        results.push(await w.api.runReplication(r, onProgress));
      }
    };
    const finish = () => {
      for (const w of workers) w.worker.terminate();
      if (!cancelled) this.prewarm();
    };
    const promise = Promise.race([Promise.all(Array.from({ length: n }, lane)), cancelPromise])
      .then(() => buildReport(model, results, (performance.now() - started) / 1000))
      .finally(finish);
    return {
      promise,
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        for (const w of workers) w.worker.terminate();
        rejectCancel(new CancelledError());
        this.prewarm();
      },
    };
  }
}
