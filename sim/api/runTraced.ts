/**
 * Every replication of a compiled scenario run in this thread, each traced as `trace.request(r)`
 * asks into `trace.output(r)`, and merged into the report run() gives: for a host that simulates in
 * its own thread and wants the trace (the library's `simulate` with a trace). An output whose calls
 * return promises paces the run as the worker pool's does (TraceWindow).
 */
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import type { Model } from '../scenario/model.ts';
import { buildReport } from './buildReport.ts';
import { createSimApi } from './createSimApi.ts';
import type { Report } from './Report.ts';
import type { Progress, RunOptions } from './SimApi.ts';
import type { TraceOutput, TraceRequest } from './traceRun.ts';

export interface TracedRun {
  /** what replication r traces (undefined: nothing) */
  request(replication: number): TraceRequest | undefined;
  output(replication: number): TraceOutput;
}

export async function runTraced(
  model: Model,
  trace: TracedRun,
  limits: Pick<RunOptions, 'maxEvents' | 'maxMemoryBytes'> = {},
  onProgress?: (p: Progress) => void,
): Promise<Report> {
  const api = createSimApi();
  api.adopt(model, limits);
  const results: ReplicationResult[] = [];
  for (let r = 0; r < model.replications; r++) {
    const request = trace.request(r);
    results.push(request ? await api.traceReplication(r, onProgress, request, trace.output(r)) : api.runReplication(r, onProgress));
  }
  return buildReport(model, results, 0);
}
