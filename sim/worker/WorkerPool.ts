/**
 * The one worker pool, over `Remote<SimApi>`, for every host: the CLI's worker threads and the
 * app's Web Workers differ only in the `makeWorker` they give (how a worker is made and how it
 * dies) and the timer. The pool runs
 *  - a scenario's replications over several workers, folded in replication order as they finish
 *    (OrderedFold: the report does not depend on the number of workers, memory stays bounded);
 *  - batches of whole scenarios, the planner's evaluations, results in input order;
 *  - single calls (bounds, gate schedules) on a worker kept for them.
 * Every call is watched (Lane): a worker that throws, does not start, crashes, exits, runs out of
 * memory or sends no progress for `silenceMs` ends the work at once with a WorkFailed naming it
 * ("replication 3 of 8") and the cause, and the workers of that work are stopped. The input's own
 * errors (ScenarioError, ResourceLimitError) come back as they are.
 */
import { proxy, type Remote } from 'comlink';
import {
  type EvalOptions,
  type Evaluate,
  type Evaluation,
  formatIssue,
  loadScenario,
  type Model,
  OrderedFold,
  type Progress,
  type Report,
  ReportAccumulator,
  reportOf,
  type RunOptions,
  ScenarioError,
  type ScenarioInput,
  type ScenarioJson,
  type SimApi,
} from '../api/index.ts';
import { Lane } from './Lane.ts';
import { traceChannel } from './traceChannel.ts';
import type { PoolWorker } from './PoolWorker.ts';
import { faultOf, isInputError, WorkFailed } from './WorkerFault.ts';
import {
  type CallOutcome,
  DEFAULT_SILENCE_MS,
  type EvaluatorOptions,
  RunCancelled,
  type RunHandle,
  type RunProgress,
  type RunRequest,
  type WorkerPoolOptions,
} from './poolTypes.ts';

const CANCELLED: Evaluation = { error: 'cancelled' };

/** An evaluation's own failure as its result (bad input, a simulation that threw or ran out of memory); undefined: the worker's fault. */
function failedEvaluation(e: unknown): Evaluation | undefined {
  const fault = faultOf(e);
  if (isInputError(e)) return { error: e.message };
  if (fault.kind === 'threw' || fault.kind === 'memory') return { error: `the simulation failed: ${fault.detail}` };
  return undefined;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export class WorkerPool {
  /** how long a worker may send no progress before it counts as stuck, ms */
  silenceMs: number;
  private make: () => PoolWorker;
  private readonly lanes = new Set<Lane>();
  private idle: Lane[] = [];
  private cancelled = false;
  private onCancel: () => void = () => {};
  private readonly whenCancelled = new Promise<void>((resolve) => (this.onCancel = resolve));
  private queue: Promise<unknown> = Promise.resolve();
  /** aborted once cancel() is called: give it to plan() as its signal */
  readonly signal: { readonly aborted: boolean };

  constructor(private readonly o: WorkerPoolOptions) {
    this.make = o.makeWorker;
    this.silenceMs = o.silenceMs ?? DEFAULT_SILENCE_MS;
    const isCancelled = () => this.cancelled;
    this.signal = {
      get aborted() {
        return isCancelled();
      },
    };
  }

  /** Workers started and not yet stopped (warm and idle ones included). */
  get liveWorkers(): number {
    return this.lanes.size;
  }

  /** Makes workers another way from now on (tests inject failing ones); idle workers go. */
  setWorkerFactory(make: () => PoolWorker): void {
    this.make = make;
    for (const l of this.idle.splice(0)) void this.retire(l);
  }

  /** Starts the warm workers now, so that the first run does not pay for loading one. */
  prewarm(): void {
    while (this.idle.length < (this.o.warm ?? 0)) this.idle.push(this.spawn());
  }

  private spawn(): Lane {
    const l = new Lane(this.make(), this.o.timer);
    this.lanes.add(l);
    return l;
  }

  /** An idle worker, the one that keeps `scenario` if any (Lane.load does not send it again), else a new one. */
  private take(scenario?: unknown): Lane {
    const holder = this.idle.findIndex((x) => !x.dead && scenario !== undefined && x.holds(scenario));
    if (holder >= 0) return this.idle.splice(holder, 1)[0];
    let l = this.idle.pop();
    while (l?.dead) {
      void this.retire(l);
      l = this.idle.pop();
    }
    return l ?? this.spawn();
  }

  private release(l: Lane): void {
    if (l.dead) void this.retire(l);
    else this.idle.push(l);
  }

  private retire(l: Lane): Promise<void> {
    this.lanes.delete(l);
    this.idle = this.idle.filter((x) => x !== l);
    return l.stop();
  }

  private named(e: unknown, work: string): Error {
    return isInputError(e) ? e : new WorkFailed(work, faultOf(e));
  }

  /** Runs the replications of `req.model` over fresh workers (stopped when the run ends, and warm ones started again). */
  run(req: RunRequest): RunHandle {
    const started = this.o.timer.now();
    const total = req.model.replications;
    const n = Math.max(1, Math.min(total, req.workers ?? this.o.size));
    const folded = new OrderedFold(new ReportAccumulator(req.model), 2 * n);
    const used: Lane[] = [];
    const laneOf: Lane[] = []; // replication → the lane running it
    const fractions = new Array<number>(total).fill(0);
    const events = new Array<number>(total).fill(0);
    let stopped = false; // cancelled, or a replication failed: no lane takes another
    let cancelled = false;
    let rejectCancel: (e: Error) => void = () => {};
    const cancelPromise = new Promise<never>((_, reject) => (rejectCancel = reject));
    cancelPromise.catch(() => {}); // a cancel after the end is no one's concern
    const onProgress = proxy((p: Progress) => {
      laneOf[p.replication]?.alive();
      fractions[p.replication] = p.fraction;
      events[p.replication] = p.events;
      req.onProgress?.({ done: sum(fractions), total, events: sum(events) });
    });
    const loadSilence = this.silenceMs + 5 * (req.loadMs ?? 1000);
    // before its first progress and after its last, a replication is silent for as long as building the
    // simulation and copying its results back take: at 50,000 devices several times the load's CPU time
    const runSilence = this.silenceMs + 5 * (req.loadMs ?? 0);
    let next = 0;
    const lane = async () => {
      const l = this.take();
      used.push(l);
      let loaded = false;
      while (next < total && !stopped) {
        await folded.room();
        if (next >= total || stopped) break;
        const r = next++;
        laneOf[r] = l;
        try {
          if (!loaded) {
            await l.guard((api) => api.adopt(req.model, { maxEvents: req.options?.maxEvents, maxMemoryBytes: req.options?.maxMemoryBytes }), loadSilence);
            loaded = true;
          }
          const trace = req.trace?.request(r);
          const channel = trace && traceChannel(req.trace!.output(r), () => l.alive());
          const call = (api: Remote<SimApi>) => (channel ? api.traceReplication(r, onProgress, trace!, channel.output) : api.runReplication(r, onProgress));
          folded.add(await l.guard(call, runSilence));
          await channel?.ended;
        } catch (e) {
          stopped = true;
          throw this.named(e, `replication ${r + 1} of ${total}`);
        }
      }
    };
    const finish = async () => {
      stopped = true;
      await Promise.all(used.map((l) => this.retire(l)));
      if (!cancelled) this.prewarm();
    };
    const promise = Promise.race([Promise.all(Array.from({ length: n }, lane)), cancelPromise])
      .then(() => reportOf(folded.acc, (this.o.timer.now() - started) / 1000, req.options))
      .finally(finish);
    return {
      promise,
      cancel: () => {
        if (cancelled) return;
        cancelled = stopped = true;
        for (const l of used) void this.retire(l);
        rejectCancel(new RunCancelled());
        this.prewarm();
      },
    };
  }

  /**
   * Runs a scenario whole on one worker, which compiles it, runs its replications one after the
   * other and builds the report; the report then comes over in parts of `part` flows or links,
   * each its own message. For a host whose thread must never stop for long (the app on a large
   * plant): no compile, no fold and no single copy of a large report on it. Parts of 100, not 500: a
   * part of 500 of the steel works' flows was decoded, its garbage collected, in one task of up to 130 ms
   * (bench/app/flow.ts). A run that ends keeps its worker and the scenario in it: the next run of the same scenario
   * object (a preview's full run, Run pressed again) takes that worker and does not send the scenario again (Lane.load).
   */
  runWhole(req: { input: ScenarioInput; options?: RunOptions; loadMs?: number; part?: number; onProgress?: (p: RunProgress) => void }): RunHandle {
    const started = this.o.timer.now();
    const l = this.take(req.input.scenario);
    let cancelled = false;
    let failed = false;
    let rejectCancel: (e: Error) => void = () => {};
    const cancelPromise = new Promise<never>((_, reject) => (rejectCancel = reject));
    cancelPromise.catch(() => {});
    let total = 1;
    const onProgress = proxy((p: Progress) => {
      l.alive();
      req.onProgress?.({ done: Math.min(total, p.replication + p.fraction), total, events: p.events });
    });
    const part = req.part ?? 100;
    const work = async (): Promise<Report> => {
      let what = 'loading the scenario';
      try {
        const loaded = await l.load(req.input, req.options, this.silenceMs + 5 * (req.loadMs ?? 1000));
        if (!loaded.ok) throw new ScenarioError(loaded.issues);
        total = loaded.summary?.replications ?? 1;
        what = `the run (${total} replication${total === 1 ? '' : 's'})`;
        const kept = await l.guard((api) => api.runKept(onProgress), this.silenceMs);
        what = 'the report';
        const flows: Report['flows'] = [];
        const links: Report['links'] = [];
        for (let i = 0; i < kept.flows; i += part) flows.push(...(await l.guard((api) => api.keptFlows(i, i + part), this.silenceMs)));
        for (let i = 0; i < kept.links; i += part) links.push(...(await l.guard((api) => api.keptLinks(i, i + part), this.silenceMs)));
        await l.guard((api) => api.unload(), this.silenceMs); // the worker is kept, with the scenario only
        return { ...kept.head, flows, links, wallSeconds: (this.o.timer.now() - started) / 1000 };
      } catch (e) {
        failed = true;
        throw this.named(e, what);
      }
    };
    const promise = Promise.race([work(), cancelPromise]).finally(async () => {
      if (cancelled) return;
      await (failed ? this.retire(l) : this.release(l));
      this.prewarm();
    });
    return {
      promise,
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        void this.retire(l);
        rejectCancel(new RunCancelled());
        this.prewarm();
      },
    };
  }

  /**
   * The planner's simulator: each scenario whole on one worker, results in input order (the
   * planner's choices do not depend on the number of workers), each report's wallSeconds its own
   * evaluation's time. A scenario that does not load, or whose simulation throws or passes the
   * limits, is an error in its place; a worker that dies or stays silent stops the batch and
   * every worker. After cancel(), every evaluation resolves with its scenarios marked cancelled.
   */
  evaluator(o: EvaluatorOptions = {}): Evaluate {
    return async (scenarios, options) => {
      const out: Evaluation[] = new Array(scenarios.length).fill(CANCELLED);
      if (this.cancelled) return out;
      if (o.spread && scenarios.length === 1 && options.replications > 1 && this.o.size > 1) {
        // one scenario of several replications (the planner's verifications, one at a time): spread them, not one worker and the rest idle
        await Promise.race([this.spread(scenarios[0], options, o).then((r) => (out[0] = r)), this.whenCancelled]);
        o.onEvaluated?.(1, 1, options);
        return out;
      }
      let next = 0;
      let done = 0;
      let failed = false;
      const lane = async () => {
        const l = this.take();
        const alive = proxy(() => l.alive());
        try {
          while (next < scenarios.length && !this.cancelled && !failed) {
            const i = next++;
            const started = this.o.timer.now();
            try {
              const loaded = await l.guard(
                (api) =>
                  api.load({ scenario: scenarios[i], files: o.files }, { durationS: options.durationS, replications: options.replications, ...o.limits }),
                this.silenceMs,
              );
              if (!loaded.ok) out[i] = { error: loaded.issues.map(formatIssue).join('; ') };
              else {
                const report = await l.guard((api) => api.run(alive), this.silenceMs);
                report.wallSeconds = (this.o.timer.now() - started) / 1000;
                out[i] = report;
              }
            } catch (e) {
              if (this.cancelled || failed) return; // stopped by the cancel, or by another lane's failure
              const own = failedEvaluation(e);
              if (own) out[i] = own;
              else {
                failed = true;
                await this.close();
                throw new WorkFailed(`candidate evaluation ${i + 1} of ${scenarios.length} (${options.durationS} s × ${options.replications})`, faultOf(e));
              }
            }
            o.onEvaluated?.(++done, scenarios.length, options);
          }
        } finally {
          if (!failed && !this.cancelled) this.release(l);
        }
      };
      const lanes = Math.max(1, Math.min(this.o.size, scenarios.length));
      await Promise.race([Promise.all(Array.from({ length: lanes }, lane)), this.whenCancelled]);
      return out;
    };
  }

  /**
   * One scenario's replications over the pool's workers, compiled here and folded in replication
   * order as `run` folds them: the report one worker's `run()` gives (buildReport folds the same
   * way), in a fraction of the time. The workers are kept for the planner's next batch.
   */
  private async spread(scenario: ScenarioJson, options: EvalOptions, o: EvaluatorOptions): Promise<Evaluation> {
    const started = this.o.timer.now();
    let model: Model;
    try {
      model = loadScenario(scenario, o.files ?? {}, { durationS: options.durationS, replications: options.replications, ...o.limits });
    } catch (e) {
      if (e instanceof ScenarioError) return { error: e.issues.map(formatIssue).join('; ') };
      throw e;
    }
    const total = model.replications;
    const n = Math.min(total, this.o.size);
    const folded = new OrderedFold(new ReportAccumulator(model), 2 * n);
    let next = 0;
    let stopped = false;
    let outcome: Evaluation | undefined;
    const lane = async () => {
      const l = this.take();
      const alive = proxy(() => l.alive());
      try {
        await l.guard((api) => api.adopt(model, o.limits), this.silenceMs);
        while (next < total && !this.cancelled && !stopped) {
          await folded.room();
          if (next >= total || this.cancelled || stopped) break;
          const r = next++;
          folded.add(await l.guard((api) => api.runReplication(r, alive), this.silenceMs));
        }
      } catch (e) {
        if (this.cancelled || stopped) return;
        stopped = true;
        outcome = failedEvaluation(e);
        if (!outcome) {
          await this.close();
          throw new WorkFailed(`the verification (${options.durationS} s × ${options.replications})`, faultOf(e));
        }
      } finally {
        if (!this.cancelled && this.lanes.has(l)) this.release(l);
      }
    };
    await Promise.all(Array.from({ length: n }, lane));
    if (this.cancelled) return CANCELLED;
    return outcome ?? reportOf(folded.acc, (this.o.timer.now() - started) / 1000);
  }

  /**
   * Loads `input` on the worker kept for single calls and runs `fn` there: the scenario's issues
   * when it does not load, else fn's answer. Calls run one after the other. A failure is a
   * WorkFailed naming `work`; the worker is replaced for the next call.
   */
  call<R>(work: string, input: ScenarioInput, fn: (api: Remote<SimApi>) => R, silenceMs = this.silenceMs): Promise<CallOutcome<Awaited<R>>> {
    type T = Awaited<R>;
    const run = async (): Promise<CallOutcome<T>> => {
      const l = this.take(input.scenario);
      try {
        const loaded = await l.load(input, undefined, silenceMs);
        const out: CallOutcome<T> = loaded.ok ? { ok: true, value: await l.guard(fn, silenceMs) } : { ok: false, issues: loaded.issues };
        this.release(l);
        return out;
      } catch (e) {
        await this.retire(l);
        throw this.named(e, work);
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }

  /** Stops every worker now: pending evaluations resolve with what is done, the rest cancelled; later ones are all cancelled. */
  cancel(): void {
    this.cancelled = true;
    this.onCancel();
    void this.close();
  }

  /** Stops every worker (a call pending on one rejects as stopped). */
  async close(): Promise<void> {
    this.idle = [];
    await Promise.all([...this.lanes].map((l) => this.retire(l)));
  }
}
