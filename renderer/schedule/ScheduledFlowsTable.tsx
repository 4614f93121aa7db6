/**
 * Each scheduled flow: its send offset, the latency the schedule guarantees against its deadline,
 * waits and hops — and, after a run of the applied schedule, what the simulation measured.
 */
import type { ScheduleResult } from '../state/AppState.ts';
import { useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { seriesColor } from '../results/charts/palette.ts';
import { checkSchedule } from './scheduleRows.ts';
import { shortPs } from '../../sim/api/index.ts';

export function ScheduledFlowsTable({ result }: { result: ScheduleResult }) {
  const s = result.schedule;
  const focus = useApp((st) => st.selection.flow);
  // a run of the scenario with exactly this schedule applied
  const verified = useApp((st) =>
    result.applied && st.doc?.scenario === result.applied && st.lastReport?.revision === st.doc.revision && !st.lastReport.preview
      ? st.lastReport.report
      : null,
  );
  const checks = verified ? new Map(checkSchedule(s, verified).map((c) => [c.id, c])) : null;
  return (
    <section className="planner-card" data-testid="scheduled-flows">
      <header className="planner-card-head">
        <h3>Flows: offsets and guaranteed latency</h3>
        <span className="muted">
          {checks
            ? 'simulated with the schedule applied'
            : result.applied
              ? 'run the applied schedule to check it by simulation'
              : 'guaranteed whatever the other traffic'}
        </span>
      </header>
      <div className="table-scroll">
        <table className="plan-table">
          <thead>
            <tr>
              <th>flow</th>
              <th>route</th>
              <th className="num">period</th>
              <th className="num">offset</th>
              <th className="num">guaranteed</th>
              <th className="num">deadline</th>
              <th className="num">slack</th>
              <th className="num">wait</th>
              {checks && <th className="num">simulated max</th>}
              {checks && <th className="num">lost</th>}
            </tr>
          </thead>
          <tbody>
            {s.flows.map((f, i) => {
              const c = checks?.get(f.id);
              const met = f.deadlinePs === null || f.latencyPs <= f.deadlinePs;
              return (
                <tr
                  key={f.id}
                  data-flow={f.id}
                  data-holds={c ? String(c.holds) : undefined}
                  className={focus === f.id ? 'focused' : ''}
                  onClick={() => selectFlow(f.id)}
                >
                  <td>
                    <span className="share-swatch" style={{ background: seriesColor(i) }} />
                    {f.id}
                  </td>
                  <td className="muted">
                    {f.from} → {f.to} <span className="small">({f.hops.length} hops)</span>
                  </td>
                  <td className="num">{shortPs(f.periodPs)}</td>
                  <td className="num" data-offset-ps={f.offsetPs}>
                    {shortPs(f.offsetPs)}
                  </td>
                  <td className="num strong">{shortPs(f.latencyPs)}</td>
                  <td className="num">{f.deadlinePs === null ? '—' : shortPs(f.deadlinePs)}</td>
                  <td className={`num ${met ? 'good-text' : 'warn-text'}`}>
                    {f.deadlinePs === null ? '—' : `${met ? '✓' : '✗'} ${shortPs(f.deadlinePs - f.latencyPs)}`}
                  </td>
                  <td className="num">{f.waitPs > 0 ? shortPs(f.waitPs) : '—'}</td>
                  {c && (
                    <td className={`num ${c.holds ? 'good-text' : 'warn-text'}`}>{c.maxPs === null ? '—' : `${c.holds ? '✓' : '✗'} ${shortPs(c.maxPs)}`}</td>
                  )}
                  {c && <td className="num">{c.lost}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
