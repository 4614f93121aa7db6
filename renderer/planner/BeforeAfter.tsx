/**
 * Before/after side by side: each flow's verdict and margin as-is and with the plan, as the planner
 * verified them (plan.asIs.verdicts, plan.verification.flows); a large plant's in a table that draws
 * only the rows in view, each row's route found when it is drawn.
 */
import { useMemo } from 'react';
import { formatRoute, scenarioFlowEnds } from '../format/formatRoute.ts';
import { useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { beforeAfterRows } from './beforeAfterRows.ts';
import type { FlowVerdict, Plan } from '../../sim/api/index.ts';
import { VerdictCell } from './VerdictCell.tsx';
import { WindowedTable } from '../perf/WindowedTable.tsx';

/** px: a row (the flow's name over its route), and the most the table's box shows */
const ROW = 48;
const BOX = 560;

function Counts({ verdicts }: { verdicts: readonly FlowVerdict[] | null }) {
  if (!verdicts) return <span className="muted">not verified</span>;
  const n = (v: FlowVerdict['verdict']) => verdicts.filter((f) => f.verdict === v).length;
  return (
    <span className="summary-pills">
      <span className="pill pass small">{n('pass')} pass</span>
      <span className="pill fail small">{n('fail')} fail</span>
      {n('none') > 0 && (
        <span className="pill none small" title="flows without a requirement">
          {n('none')} no req.
        </span>
      )}
    </span>
  );
}

export function BeforeAfter({ plan, changedFlows }: { plan: Plan; changedFlows: ReadonlyMap<string, { note: string }> }) {
  const focus = useApp((s) => s.selection.flow);
  const flows = useApp((s) => (s.plan.status === 'done' ? s.plan.result.base.flows : []));
  const asIs = plan.asIs.verdicts;
  const planned = plan.verification?.flows ?? null;
  const byId = useMemo(() => new Map(flows.map((f) => [f.id, f])), [flows]);
  const route = (id: string) => {
    const f = byId.get(id);
    return f ? formatRoute(scenarioFlowEnds(f)) : '';
  };
  const rows = useMemo(() => beforeAfterRows(asIs, planned), [asIs, planned]);
  const v = plan.verification;
  return (
    <section className="planner-card before-after" data-testid="before-after">
      <header className="planner-card-head">
        <h3>Requirements: as-is vs planned</h3>
        <span className="muted">{v ? `${v.replications} × ${v.durationS} s each` : ''}</span>
      </header>
      <WindowedTable
        className="plan-table compare"
        rows={rows}
        rowHeight={ROW}
        height={BOX}
        head={
          <tr>
            <th>flow</th>
            <th>
              as-is
              <Counts verdicts={asIs} />
            </th>
            <th>
              planned
              <Counts verdicts={planned} />
            </th>
          </tr>
        }
        row={(r) => (
          <tr
            key={r.flow}
            data-flow={r.flow}
            data-before={r.before?.verdict}
            data-after={r.after?.verdict}
            className={`${r.change} ${focus === r.flow ? 'focused' : ''}`}
            onClick={() => selectFlow(r.flow)}
          >
            <td>
              <div className="flow-name">
                {r.flow}
                {changedFlows.has(r.flow) && (
                  <span className="plan-tag" title={`Changed by the plan: ${changedFlows.get(r.flow)!.note}`}>
                    plan
                  </span>
                )}
                {r.change === 'fixed' && <span className="fixed-tag">fixed</span>}
              </div>
              <div className="muted small">{route(r.flow)}</div>
            </td>
            <td>
              <VerdictCell v={r.before} />
            </td>
            <td>
              <VerdictCell v={r.after} />
            </td>
          </tr>
        )}
      />
    </section>
  );
}
