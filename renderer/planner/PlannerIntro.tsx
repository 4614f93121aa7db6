/**
 * Before a plan: what the planner does, and the flows the last run saw failing, worst first, in a table that draws
 * only the rows in view. Each of a plan's progress messages re-renders this card: the steel works' failing flows,
 * filtered and sorted again and drawn whole, held the window ~100 ms when the planner opened; their first 100 rows
 * drawn at once were still ~700 of the view's ~900 elements in the task that opened it (issue 10).
 */
import { useMemo } from 'react';
import { formatRoute } from '../format/formatRoute.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { startRun } from '../state/runActions.ts';
import { WindowedTable } from '../perf/WindowedTable.tsx';
import { formatMargin } from '../../sim/api/index.ts';

/** px: a row of the failing flows' table, and the most its box shows (14 rows) */
const ROW = 30;
const BOX = 420;

export function PlannerIntro() {
  const last = useApp((s) => (s.lastReport && s.doc && s.lastReport.revision === s.doc.revision && !s.lastReport.preview ? s.lastReport.report : null));
  const running = useApp((s) => s.plan.status === 'running');
  const failing = useMemo(() => last?.flows.filter((f) => f.verdict === 'fail').sort((a, b) => (a.margin ?? 0) - (b.margin ?? 0)) ?? [], [last]);
  return (
    <>
      <section className="planner-card planner-intro">
        <h2>{running ? 'Looking for the cheapest upgrade…' : 'Will this network carry the workloads — and what is the cheapest upgrade that makes it so?'}</h2>
        <ol className="steps">
          <li>
            Add the workloads you plan to deploy (
            <button className="linklike accent" onClick={() => appStore.set({ workloadOpen: true })}>
              Add AI workload…
            </button>
            ), check the prices on the left (defaults until you edit them) and the yearly budget.
          </li>
          <li>
            Plan: the planner proposes upgrades where the failing flows wait (faster links, managed or TSN switches, priorities, routes, accelerators, edge
            servers), simulates each, and keeps the best value for money.
          </li>
          <li>
            It reports a plan only after a full-length simulation with several replications says every requirement holds — with each action explained, the cost
            against the naive plan, a Pareto front and a roadmap by year.
          </li>
          <li>Accept it to make the upgraded plant your working scenario (one edit: Ctrl+Z undoes it), or export the plan as JSON.</li>
        </ol>
      </section>
      <section className="planner-card" data-testid="as-is-failing">
        <header className="planner-card-head">
          <h3>Failing as-is</h3>
          {last && <span className="muted">{failing.length > 0 ? `${failing.length} from the last run` : 'from the last run'}</span>}
        </header>
        {!last ? (
          <p className="form-hint">
            <button className="linklike accent" onClick={() => startRun()}>
              Run the scenario
            </button>{' '}
            to see which requirements fail as it is — or plan right away: the planner simulates the as-is scenario first.
          </p>
        ) : failing.length === 0 ? (
          <p className="good-text">Every requirement holds as-is: there is nothing to buy (add the workloads you plan first).</p>
        ) : (
          <WindowedTable
            className="plan-table"
            rows={failing}
            rowHeight={ROW}
            height={BOX}
            row={(f) => (
              <tr key={f.id} data-flow={f.id} onClick={() => selectFlow(f.id)}>
                <td>
                  <span className="badge fail">✗ fail</span>
                </td>
                <td>{f.id}</td>
                <td className="muted">{formatRoute(f)}</td>
                <td className="num">{formatMargin(f.margin)}</td>
                <td className="muted">{f.worst}</td>
              </tr>
            )}
          />
        )}
      </section>
    </>
  );
}
