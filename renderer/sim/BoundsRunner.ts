/**
 * Network-calculus bounds of the scenario on screen, computed by the core's SimApi.bounds() in
 * a Web Worker of its own (a large plant takes a few hundred milliseconds, the editor must not
 * wait). One computation at a time; a request made meanwhile replaces any other waiting one,
 * so a burst of edits costs at most two computations and the last always wins. A worker that
 * throws, does not start, crashes or takes longer than `deadlineMs` (bounds send no progress)
 * is said as the outcome's issue and replaced by a fresh one for the next request.
 */
import type { BoundsReport, Issue, ScenarioJson } from '../../sim/api/index.ts';
import { createSimWorker, type SimWorker } from './createSimWorker.ts';
import { faultOf, terminateWatched, type Watched, watched } from './WorkerWatch.ts';

/** Far beyond the few hundred milliseconds of the largest plants. */
export const BOUNDS_DEADLINE_MS = 30_000;

export type BoundsOutcome = { ok: true; report: BoundsReport } | { ok: false; issues: Issue[] } | { ok: false; superseded: true };

interface Waiting {
  scenario: ScenarioJson;
  /** the trace files it names */
  files: Readonly<Record<string, string>>;
  resolve: (o: BoundsOutcome) => void;
}

export class BoundsRunner {
  private worker: Watched<SimWorker> | null = null;
  private busy = false;
  private waiting: Waiting | null = null;

  constructor(
    private readonly make: () => SimWorker = createSimWorker,
    private readonly deadlineMs = BOUNDS_DEADLINE_MS,
  ) {}

  compute(scenario: ScenarioJson, files: Readonly<Record<string, string>>): Promise<BoundsOutcome> {
    return new Promise((resolve) => {
      this.waiting?.resolve({ ok: false, superseded: true });
      this.waiting = { scenario, files, resolve };
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.waiting) {
        const { scenario, files, resolve } = this.waiting;
        this.waiting = null;
        resolve(await this.once(scenario, files));
      }
    } finally {
      this.busy = false;
    }
  }

  private async once(scenario: ScenarioJson, files: Readonly<Record<string, string>>): Promise<BoundsOutcome> {
    this.worker ??= watched(this.make());
    const { api, watch } = this.worker;
    try {
      const loaded = await watch.guard(api.load({ scenario, files }), this.deadlineMs);
      if (!loaded.ok) return { ok: false, issues: loaded.issues };
      return { ok: true, report: await watch.guard(api.bounds(), this.deadlineMs) };
    } catch (e) {
      // a bug in the analysis must not take the editor down: say it, start a fresh worker next time
      const fault = faultOf(e);
      this.dispose();
      return { ok: false, issues: [{ path: '', message: `the bounds could not be computed: ${fault.kind === 'threw' ? fault.detail : fault.message}` }] };
    }
  }

  dispose(): void {
    if (this.worker) terminateWatched(this.worker);
    this.worker = null;
  }
}
