/**
 * Network-calculus bounds of the scenario on screen, computed by the core's SimApi.bounds() on a
 * Web Worker of their own (a large plant takes a few hundred milliseconds, the editor must not
 * wait). One computation at a time; a request made meanwhile replaces any other waiting one,
 * so a burst of edits costs at most two computations and the last always wins. A worker that
 * throws, does not start, crashes or takes longer than `deadlineMs` (bounds send no progress)
 * is said as the outcome's issue, and the pool replaces it for the next request.
 */
import type { BoundsReport, Issue, ScenarioJson } from '../../sim/api/index.ts';
import { faultOf, type WorkerPool } from '../../sim/worker/index.ts';
import { browserPool } from './browserPool.ts';
import { LatestWins } from './LatestWins.ts';

/** Far beyond the few hundred milliseconds of the largest plants. */
export const BOUNDS_DEADLINE_MS = 30_000;

/** flows or ports a message: the steel works' 14,600 flows and 15,423 ports (35 MB) in one message held the window 0.3 s */
export const BOUNDS_PART = 500;

export type BoundsOutcome = { ok: true; report: BoundsReport } | { ok: false; issues: Issue[] } | { ok: false; superseded: true };

export class BoundsRunner {
  constructor(
    private readonly pool: WorkerPool = browserPool({ size: 1 }),
    private readonly deadlineMs = BOUNDS_DEADLINE_MS,
  ) {}

  private readonly latest = new LatestWins<[ScenarioJson, Readonly<Record<string, string>>], BoundsOutcome>(([s, f]) => this.once(s, f), {
    ok: false,
    superseded: true,
  });

  /** `files`: the trace files the scenario names */
  compute(scenario: ScenarioJson, files: Readonly<Record<string, string>>): Promise<BoundsOutcome> {
    return this.latest.request([scenario, files]);
  }

  private async once(scenario: ScenarioJson, files: Readonly<Record<string, string>>): Promise<BoundsOutcome> {
    try {
      const out = await this.pool.call(
        'the bounds',
        { scenario, files },
        async (api): Promise<BoundsReport> => {
          // kept in the worker and brought over in parts, each its own message: the window takes each in a short task
          const kept = await api.boundsKept();
          const flows: BoundsReport['flows'] = [];
          const ports: BoundsReport['ports'] = [];
          for (let i = 0; i < kept.flows; i += BOUNDS_PART) flows.push(...(await api.keptBoundFlows(i, i + BOUNDS_PART)));
          for (let i = 0; i < kept.ports; i += BOUNDS_PART) ports.push(...(await api.keptBoundPorts(i, i + BOUNDS_PART)));
          return { ...kept.head, flows, ports };
        },
        this.deadlineMs,
      );
      return out.ok ? { ok: true, report: out.value } : out;
    } catch (e) {
      // a bug in the analysis must not take the editor down: say it (the pool starts a fresh worker next time)
      const fault = faultOf(e);
      return { ok: false, issues: [{ path: '', message: `the bounds could not be computed: ${fault.kind === 'threw' ? fault.detail : fault.message}` }] };
    }
  }
}
