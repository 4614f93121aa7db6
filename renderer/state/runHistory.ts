/**
 * The document's last few finished runs, for Compare: each the scenario it ran and what a comparison
 * reads of its report (each flow's verdict, margin, p99, largest latency and loss). A report of a
 * 10,000-device plant is tens of megabytes with its CDFs, timelines and links: the history keeps the
 * flows' figures only, and at most MAX_RUNS runs (the oldest is dropped).
 */
import type { FlowReport, Report, ScenarioJson } from '../../sim/api/index.ts';
import { inSlices, type SliceOptions } from '../perf/inSlices.ts';

export const MAX_RUNS = 5;

export interface RunRecord {
  /** 1 for the document's first run, counting up */
  n: number;
  /** when it finished, ms since the epoch */
  at: number;
  revision: number;
  scenario: ScenarioJson;
  /** the report without its CDFs, timelines, attribution, links and compute */
  report: Report;
}

const slimFlow = (f: FlowReport): FlowReport => ({
  ...f,
  latency: f.latency && { ...f.latency, cdf: [], ci95: undefined },
  attribution: { hops: [], compute: null },
  timeline: { throughput: [], maxLatency: [] },
});

/** reports slimmed ahead of time, in slices (slimInSlices) */
const slimmed = new WeakMap<Report, Report>();

export function slimReport(r: Report): Report {
  return slimmed.get(r) ?? { ...r, flows: r.flows.map(slimFlow), links: [], compute: [] };
}

/**
 * Slims a report in slices of a few milliseconds before it joins the history, so that withRun finds it done:
 * the steel works' 16,800 flows slimmed in the task that showed the results were ~50 ms of a 123 ms task in a profile under load (issue 10).
 */
export async function slimInSlices(r: Report, o?: SliceOptions): Promise<void> {
  const flows: FlowReport[] = [];
  await inSlices(r.flows, (f) => flows.push(slimFlow(f)), o);
  slimmed.set(r, { ...r, flows, links: [], compute: [] });
}

/** `runs` with this run added last, the oldest dropped past MAX_RUNS. */
export function withRun(runs: readonly RunRecord[], run: { report: Report; scenario: ScenarioJson; revision: number; at: number }): RunRecord[] {
  const n = (runs.at(-1)?.n ?? 0) + 1;
  return [...runs, { ...run, n, report: slimReport(run.report) }].slice(-MAX_RUNS);
}
