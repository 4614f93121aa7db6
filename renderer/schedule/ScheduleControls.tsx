/** What to schedule: the time-critical flows or a choice of them, and how long a frame may wait at a hop; Synthesize. */
import { drawableScenario } from '../model/drawableScenario.ts';
import { useApp } from '../state/appStore.ts';
import { setScheduleSettings, startSchedule } from '../state/scheduleActions.ts';
import { scheduleCandidates } from './scheduleRows.ts';

export function ScheduleControls() {
  const flows = drawableScenario(useApp((s) => s.doc!.scenario)).flows;
  const settings = useApp((s) => s.scheduleSettings);
  const state = useApp((s) => s.schedule);
  const issues = useApp((s) => s.analysis?.issues.length ?? 0);
  const candidates = scheduleCandidates(flows);
  const chosen = new Set(settings.flows ?? []);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setScheduleSettings({ flows: [...next] });
  };
  const timeCritical = () => setScheduleSettings({ flows: null });
  const running = state.status === 'running';
  const blocked = issues > 0 ? 'Fix the problems listed in the inspector first' : settings.flows?.length === 0 ? 'Pick at least one flow' : null;
  return (
    <section className="planner-card">
      <h3>Gate schedules (802.1Qbv)</h3>
      <div className="schedule-choice" role="radiogroup" aria-label="Flows to schedule">
        <label>
          <input type="radio" checked={settings.flows === null} onChange={timeCritical} data-testid="schedule-default-flows" /> the time-critical flows
          <span className="muted small"> (periodic, with a latency requirement, the highest priority)</span>
        </label>
        <label>
          <input type="radio" checked={settings.flows !== null} onChange={() => setScheduleSettings({ flows: candidates.map((c) => c.id) })} /> these flows:
        </label>
        {settings.flows !== null && (
          <ul className="schedule-flows">
            {candidates.length === 0 && <li className="muted">no one-way periodic flow: only those can be given gate windows</li>}
            {candidates.map((c) => (
              <li key={c.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} /> {c.id}{' '}
                  <span className="muted">
                    PCP {c.priority} · {c.deadline ? `deadline ${c.deadline}` : 'no deadline'}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="field">
        <label
          htmlFor="schedule-max-wait"
          title={
            'No-wait first: each frame crosses every hop as soon as it arrives. When that leaves no room, ' +
            'a frame may wait up to this long at a hop (its latency grows by the wait, still guaranteed).'
          }
        >
          Wait allowed per hop <span className="info-dot">?</span>
        </label>
        <input
          id="schedule-max-wait"
          data-testid="schedule-max-wait"
          placeholder="none (no-wait)"
          value={settings.maxWait}
          onChange={(e) => setScheduleSettings({ maxWait: e.target.value })}
          spellCheck={false}
        />
      </div>
      <button
        className="btn primary plan-start"
        data-testid="schedule-start"
        disabled={running || blocked !== null}
        title={blocked ?? 'Synthesize the gate control lists and send offsets'}
        onClick={() => void startSchedule()}
      >
        {running ? (
          <>
            <span className="spinner" aria-hidden="true" /> Synthesizing…
          </>
        ) : state.status === 'done' ? (
          '↻ Synthesize again'
        ) : (
          'Synthesize gate schedules'
        )}
      </button>
      {state.status === 'error' && (
        <div className="field-error" role="alert" data-testid="schedule-error">
          {state.message}
        </div>
      )}
      <p className="form-hint">
        Gate events fall on whole nanoseconds, so the schedule exports to YANG exactly. The clock error is the largest configured on the routes’ ports.
      </p>
    </section>
  );
}
