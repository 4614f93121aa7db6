/**
 * Network-calculus bounds of the scenario on screen, computed by the core's SimApi.bounds() in
 * a Web Worker of its own (a large plant takes a few hundred milliseconds, the editor must not
 * wait). One computation at a time; a request made meanwhile replaces any other waiting one,
 * so a burst of edits costs at most two computations and the last always wins.
 */
import type { BoundsReport, Issue, ScenarioJson } from '../../sim/api/index.ts';
import { createSimWorker, type SimWorker } from './createSimWorker.ts';

export type BoundsOutcome = { ok: true; report: BoundsReport } | { ok: false; issues: Issue[] } | { ok: false; superseded: true };

interface Waiting {
  scenario: ScenarioJson;
  resolve: (o: BoundsOutcome) => void;
}

export class BoundsRunner {
  private worker: SimWorker | null = null;
  private busy = false;
  private waiting: Waiting | null = null;

  constructor(private readonly make: () => SimWorker = createSimWorker) {}

  compute(scenario: ScenarioJson): Promise<BoundsOutcome> {
    return new Promise((resolve) => {
      this.waiting?.resolve({ ok: false, superseded: true });
      this.waiting = { scenario, resolve };
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.waiting) {
        const { scenario, resolve } = this.waiting;
        this.waiting = null;
        resolve(await this.once(scenario));
      }
    } finally {
      this.busy = false;
    }
  }

  private async once(scenario: ScenarioJson): Promise<BoundsOutcome> {
    this.worker ??= this.make();
    try {
      const loaded = await this.worker.api.load({ scenario });
      if (!loaded.ok) return { ok: false, issues: loaded.issues };
      return { ok: true, report: await this.worker.api.bounds() };
    } catch (e) {
      // a bug in the analysis must not take the editor down: say it, start a fresh worker next time
      this.worker.worker.terminate();
      this.worker = null;
      return { ok: false, issues: [{ path: '', message: `the bounds could not be computed: ${e instanceof Error ? e.message : String(e)}` }] };
    }
  }

  dispose(): void {
    this.worker?.worker.terminate();
    this.worker = null;
  }
}
