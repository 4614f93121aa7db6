/**
 * The breakdown `netloom run` prints under the flows for each listed pipeline flow (issue 12 §1):
 * the escalated share, each path taken with its latency, each stage's wait and service, and each
 * leg's network time.
 */
import type { FlowReport } from '../sim/api/index.ts';
import { count, percent, table, time } from './format.ts';
import { printable as p } from './printable.ts';

export function pipelineTable(flows: readonly FlowReport[]): string[] {
  const out: string[] = [];
  for (const f of flows) {
    const pipe = f.pipeline;
    if (!pipe) continue;
    out.push('', `pipeline ${p(f.id)}: ${pipe.escalated === null ? 'nothing delivered' : `${percent(pipe.escalated)} escalated`}`);
    out.push(
      table(
        ['path', 'items', 'share', 'mean', 'p50', 'p99', 'max'],
        pipe.paths.map((x) => [
          p(x.stages.join('→')),
          count(x.items),
          percent(x.share),
          time(x.latency?.mean),
          time(x.latency?.p50),
          time(x.latency?.p99),
          time(x.latency?.max),
        ]),
      ),
    );
    out.push(
      table(
        ['stage', 'at', 'items', 'mean wait', 'mean service'],
        pipe.stages.map((s) => [p(s.id), p(s.at), count(s.items), time(s.meanWait), time(s.meanService)]),
      ),
    );
    out.push(
      table(
        ['leg', 'items', 'mean network'],
        pipe.legs.map((l) => [p(`${l.fromStage ?? l.from}→${l.toStage ?? l.to}`), count(l.items), time(l.meanNetwork)]),
      ),
    );
  }
  return out;
}
