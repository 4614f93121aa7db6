/**
 * The gate-schedule synthesizer's Web Worker, watched: a synthesis that throws, a worker that
 * does not start or crashes, or one that gives no answer within `deadlineMs` (a synthesis sends
 * no progress) rejects with a WorkerFault instead of leaving "Synthesizing…" on screen for
 * ever; the worker is then replaced by a fresh one for the next request.
 */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { createScheduleWorker, type ScheduleWorker } from './createScheduleWorker.ts';
import type { ScheduleRequest, SynthesisOutcome } from './schedule.worker.ts';
import { terminateWatched, type Watched, watched } from './WorkerWatch.ts';

/** Well past the seconds a large network's synthesis takes. */
export const SYNTHESIS_DEADLINE_MS = 60_000;

export class ScheduleRunner {
  private worker: Watched<ScheduleWorker> | null = null;

  constructor(
    private readonly make: () => ScheduleWorker = createScheduleWorker,
    private readonly deadlineMs = SYNTHESIS_DEADLINE_MS,
  ) {}

  async synthesize(scenario: ScenarioJson, request: ScheduleRequest, files: Readonly<Record<string, string>>): Promise<SynthesisOutcome> {
    const w = (this.worker ??= watched(this.make()));
    try {
      return await w.watch.guard<SynthesisOutcome>(w.api.synthesize(scenario, request, files), this.deadlineMs);
    } catch (e) {
      this.dispose();
      throw e;
    }
  }

  dispose(): void {
    if (this.worker) terminateWatched(this.worker);
    this.worker = null;
  }
}
