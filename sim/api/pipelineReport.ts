/**
 * A pipeline flow's part of the report (issue 12 §1): per path taken its items, share and
 * latency; per stage the mean wait and service; per leg the mean network time; and the hops of
 * its legs for "where it waits" (its request route is not what its messages take).
 */
import type { FlowModel, Model } from '../scenario/model.ts';
import type { PipelineStatsMerger } from '../stats/PipelineStats.ts';
import { hopWaits } from './hopWaits.ts';
import type { HopWait, PipelineReport } from './Report.ts';
import type { ReportAccumulator } from './ReportAccumulator.ts';

const PS = 1e12;

/** The report of pipeline flow `f` from its pooled figures, or undefined for a flow without a pipeline or figures. */
export function pipelineReport(model: Model, f: FlowModel, pooled: ReturnType<PipelineStatsMerger['result']>): PipelineReport | undefined {
  const pipe = f.pipeline;
  if (!pipe || !pooled) return undefined;
  const total = pooled.paths.reduce((n, p) => n + p.items, 0);
  const isTarget = (k: number) => pipe.stages[k].target;
  const escalatedItems = pooled.paths.reduce((n, p, k) => n + (pipe.paths[k].some(isTarget) ? p.items : 0), 0);
  const node = (stage: number, end: number) => model.nodes[stage < 0 ? end : pipe.stages[stage].at].id;
  return {
    escalated: total > 0 ? escalatedItems / total : null,
    paths: pooled.paths.map((p, k) => {
      const [p50, p99] = p.items > 0 ? p.hist.percentiles([50, 99]) : [0, 0];
      return {
        stages: pipe.paths[k].map((s) => pipe.stages[s].id),
        items: p.items,
        share: total > 0 ? p.items / total : 0,
        latency: p.items > 0 ? { mean: p.sum / p.items / PS, p50: p50 / PS, p99: p99 / PS, max: p.max / PS } : null,
      };
    }),
    stages: pooled.stages.map((s, k) => ({
      id: pipe.stages[k].id,
      at: model.nodes[pipe.stages[k].at].id,
      items: s.jobs,
      meanWait: s.jobs > 0 ? s.waitSum / s.jobs / PS : 0,
      meanService: s.jobs > 0 ? s.serviceSum / s.jobs / PS : 0,
    })),
    legs: pooled.legs.map((l, k) => {
      const leg = pipe.legs[k];
      return {
        from: node(leg.from, f.from),
        to: node(leg.to, f.to),
        ...(leg.from >= 0 ? { fromStage: pipe.stages[leg.from].id } : {}),
        ...(leg.to >= 0 ? { toStage: pipe.stages[leg.to].id } : {}),
        items: l.count,
        meanNetwork: l.count > 0 ? l.sum / l.count / PS : 0,
      };
    }),
  };
}

/** The queue waits on the hops of pipeline flow `f`'s legs, leg after leg, as a request flow's attribution lists its routes' hops. */
export function legHops(acc: ReportAccumulator, f: FlowModel, legRoute: number): HopWait[] {
  let offset = 0;
  for (let r = 0; r < legRoute; r++) offset += acc.routes[r].length;
  return hopWaits(
    acc,
    (f.pipeline?.legs ?? []).flatMap((l) => l.route),
    offset,
  );
}
