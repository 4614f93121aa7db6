/** Start the planner, or follow it: what it is doing, how far the current batch of simulations is, Cancel. */
import { useEffect, useMemo, useState } from 'react';
import { simWorkers } from '../sim/browserPool.ts';
import { useApp } from '../state/appStore.ts';
import { cancelPlan, startPlan } from '../state/planActions.ts';
import { budgetProblem } from '../state/planSettings.ts';
import { formatMoney, type PlanProgress, planRunLengths } from '../../sim/api/index.ts';

function useElapsed(since: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (since === null) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [since]);
  return since === null ? 0 : Math.max(0, now - since) / 1000;
}

const PHASES: Record<PlanProgress['phase'], string> = {
  search: 'searching: adding the best upgrade per dollar',
  verify: 'verifying at full length',
  trim: 'trimming: dropping what is not needed',
  repair: 'repairing without each expensive action',
  front: 'verifying the cost/margin front’s passing plans',
  explain: 'explaining each action, checking the naive plan',
  roadmap: 'verifying the roadmap’s phases',
};

/** The planner's structured progress: phase, round, the plan under consideration. */
function ProgressFacts({ progress, currency }: { progress: PlanProgress; currency: string }) {
  return (
    <dl className="plan-status" data-testid="plan-status" data-phase={progress.phase}>
      <dt>phase</dt>
      <dd>{PHASES[progress.phase]}</dd>
      {progress.round !== undefined && (
        <>
          <dt>round</dt>
          <dd data-testid="plan-round">{progress.round}</dd>
        </>
      )}
      {progress.actions !== undefined && (
        <>
          <dt>plan so far</dt>
          <dd>
            {progress.actions} action{progress.actions === 1 ? '' : 's'}
            {progress.cost !== undefined ? `, ${formatMoney(progress.cost, currency)}` : ''}
          </dd>
        </>
      )}
      {progress.failing !== undefined && (
        <>
          <dt>still failing</dt>
          <dd>
            {progress.failing} flow{progress.failing === 1 ? '' : 's'}
          </dd>
        </>
      )}
    </dl>
  );
}

export function PlanControls() {
  const state = useApp((s) => s.plan);
  const issues = useApp((s) => s.analysis?.issues.length ?? 0);
  const budgetBad = useApp((s) => budgetProblem(s.planSettings) !== null);
  // from the model the check compiled here (a small scenario); a large one is compiled only in workers, and its plan's worker says them
  const model = useApp((s) => s.analysis?.model ?? null);
  const runs = useMemo(() => (model ? planRunLengths(model, model.replications) : null), [model]);
  const elapsed = useElapsed(state.status === 'running' ? state.started : null);
  const currency = useApp((s) => s.planSettings.catalog.currency ?? 'USD');

  if (state.status === 'running') {
    const b = state.batch;
    const pct = b && b.total > 0 ? Math.round((b.done / b.total) * 100) : 0;
    const what = !b
      ? 'Starting the workers…'
      : b.verify
        ? `Verifying${state.runs ? `, ${state.runs.verify.replications} × ${state.runs.verify.durationS} s` : ''}`
        : `Candidates${state.runs ? `, ${state.runs.quick.durationS} s runs` : ''}`;
    return (
      <section className="planner-card plan-progress" data-testid="plan-progress">
        <header className="planner-card-head">
          <h3>
            <span className="spinner" aria-hidden="true" /> Planning… {elapsed.toFixed(0)} s
          </h3>
          <button className="btn danger small" onClick={cancelPlan} data-testid="plan-cancel" title="Stop the planner (Esc)">
            Cancel
          </button>
        </header>
        <div className="progress wide" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
          <div className="progress-fill" style={{ width: `${pct}%` }} />
          <span className="progress-text">
            {what}
            {b ? ` · ${b.done}/${b.total}` : ''}
          </span>
        </div>
        {state.progress && <ProgressFacts progress={state.progress} currency={currency} />}
        <div className="plan-message" data-testid="plan-message">
          {state.messages[state.messages.length - 1]}
        </div>
        <ol className="plan-log" aria-label="What the planner did">
          {state.messages
            .slice(0, -1)
            .reverse()
            .map((m, i) => (
              <li key={state.messages.length - i}>{m}</li>
            ))}
        </ol>
      </section>
    );
  }

  const done = state.status === 'done';
  const blocked = issues > 0 ? 'Fix the problems listed in the inspector first' : budgetBad ? 'Fix the budget first' : null;
  return (
    <section className="planner-card">
      <button
        className="btn primary plan-start"
        data-testid="plan-start"
        onClick={() => void startPlan()}
        disabled={blocked !== null}
        title={blocked ?? 'Find the cheapest set of upgrades after which every requirement holds'}
      >
        {done ? '↻ Plan again' : 'Plan the cheapest upgrade'}
      </button>
      <p className="form-hint">
        Candidates come from where the failing flows wait (the simulation’s own attribution); each is simulated
        {runs ? ` for ${runs.quick.durationS} s` : ''}. A plan is reported only if it passes the verification
        {runs ? `: ${runs.verify.replications} replications × ${runs.verify.durationS} s` : ''}, on {simWorkers()} workers in the background.
      </p>
      {state.status === 'error' && (
        <div className="field-error" role="alert" data-testid="plan-error">
          {state.message}
        </div>
      )}
      {state.status === 'cancelled' && <p className="form-hint">The last planning was cancelled.</p>}
    </section>
  );
}
