/** The schedule in one band: what was scheduled and how, or that no schedule exists; Apply, Export YANG, and where the document stands. */
import type { ScheduleResult } from '../state/AppState.ts';
import { useApp } from '../state/appStore.ts';
import { ChangedSinceNote, InScenarioNote } from '../app/OutcomeNotes.tsx';
import { applyGateSchedule, exportGateYang, scheduleRelation, startSchedule } from '../state/scheduleActions.ts';
import { percent, shortPs } from '../../sim/api/index.ts';

export function ScheduleSummary({ result }: { result: ScheduleResult }) {
  const s = result.schedule;
  const relation = useApp((st) => scheduleRelation(st.doc, st.schedule));
  const busiest = s.ports.reduce((a, p) => Math.max(a, p.utilization), 0);
  return (
    <section className="planner-card plan-summary" data-testid="schedule-summary" data-ok={s.ok}>
      <div className="kpis">
        <div className="kpi">
          <span className="kpi-label">Gate schedule</span>
          <span className={`kpi-value ${s.ok ? 'good' : 'bad'}`} data-testid="schedule-status">
            {s.ok
              ? `${s.flows.length} flow${s.flows.length === 1 ? '' : 's'} scheduled`
              : `none — ${s.conflicts.length} conflict${s.conflicts.length === 1 ? '' : 's'}`}
          </span>
          <span className="kpi-note">
            {s.ok ? `${s.mode}, class ${s.pcp}` : 'which flows and ports, and why, below'} · {result.ms.toFixed(0)} ms
          </span>
        </div>
        {s.ok && (
          <>
            <div className="kpi">
              <span className="kpi-label">Hyperperiod</span>
              <span className="kpi-value">{shortPs(s.hyperperiodPs)}</span>
              <span className="kpi-note">{s.syncErrorPs > 0 ? `clock error ±${shortPs(s.syncErrorPs)}` : 'perfect clocks'}</span>
            </div>
            <div className="kpi">
              <span className="kpi-label">Ports</span>
              <span className="kpi-value">{s.ports.length}</span>
              <span className="kpi-note">busiest {percent(busiest)} reserved</span>
            </div>
          </>
        )}
      </div>
      {s.warnings.length > 0 && (
        <ul className="schedule-warnings" data-testid="schedule-warnings">
          {s.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="plan-buttons">
        {s.ok && (
          <>
            <button
              className="btn primary"
              data-testid="schedule-apply"
              disabled={relation !== 'as-is'}
              onClick={applyGateSchedule}
              title="Write the gate control lists into the ports and the offsets and class into the flows (one undoable edit)"
            >
              {relation === 'applied' ? '✓ Applied' : 'Apply'}
            </button>
            <button
              className="btn"
              data-testid="schedule-export"
              disabled={!result.qcw}
              onClick={() => void exportGateYang()}
              title={result.qcwError ?? 'Save the gate control lists as IEEE 802.1Qcw YANG instance data (JSON, RFC 7951), one document per switch'}
            >
              Export 802.1Qcw YANG (JSON)
            </button>
          </>
        )}
        <div className="spacer" />
        {relation === 'applied' && <InScenarioNote testId="schedule-applied">The schedule is applied.</InScenarioNote>}
        {relation === 'changed' && <ChangedSinceNote testId="schedule-stale" what="schedule" again="Synthesize again" onAgain={() => void startSchedule()} />}
      </div>
    </section>
  );
}
