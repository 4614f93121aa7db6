/** The plan in one band: as-is vs planned, cost vs the naive plan, verification; Accept, Export, Show changes. */
import type { PlanResult } from '../state/AppState.ts';
import { useApp } from '../state/appStore.ts';
import { ChangedSinceNote, InScenarioNote } from '../app/OutcomeNotes.tsx';
import { selectFlow } from '../state/editActions.ts';
import { acceptPlan, exportBillOfMaterials, exportPlan, planRelation, showPlanChanges, startPlan } from '../state/planActions.ts';
import { variantLabel, variantOf } from '../state/planVariants.ts';
import { formatMargin, formatMoney } from '../../sim/api/index.ts';

export function PlanSummary({ result }: { result: PlanResult }) {
  const p = result.plan;
  const relation = useApp((s) => planRelation(s.doc, s.plan));
  const overlay = useApp((s) => s.planOverlay);
  const pricesChanged = useApp((s) => JSON.stringify(s.planSettings.catalog) !== JSON.stringify(p.catalog));
  const money = (x: number) => formatMoney(x, p.currency);
  const v = p.verification;
  const saving = p.naive.cost - p.totalCost;
  const accepted = useApp((s) => (s.doc && s.plan.status === 'done' ? variantOf(s.plan.result, s.doc.scenario) : null));
  const canAccept = p.found && p.actions.length > 0 && relation !== 'changed' && accepted !== 'plan';
  return (
    <section className="planner-card plan-summary" data-testid="plan-summary">
      <div className="kpis">
        <div className="kpi">
          <span className="kpi-label">As-is</span>
          <span className={`kpi-value ${p.asIs.failed.length ? 'bad' : 'good'}`} data-testid="kpi-as-is">
            {p.asIs.failed.length} of {p.asIs.flows} flows fail
          </span>
          <span className="kpi-note">worst margin {formatMargin(p.asIs.worstMargin)}</span>
        </div>
        <div className="kpi-arrow">→</div>
        <div className="kpi">
          <span className="kpi-label">Cheapest plan found</span>
          <span className="kpi-value" data-testid="plan-total">
            {!p.found ? 'none' : p.actions.length === 0 ? 'nothing to buy' : money(p.totalCost)}
          </span>
          <span className="kpi-note">{p.found ? `${p.actions.length} action${p.actions.length === 1 ? '' : 's'}` : p.reason}</span>
        </div>
        {p.asIs.failed.length > 0 && (
          <div className="kpi">
            <span
              className="kpi-label"
              title={
                'Every link on the violating paths to the fastest tier, every switch on them to ' +
                'the best model, one more accelerator per compute node: the plan a planner must beat'
              }
            >
              Naive plan <span className="info-dot">?</span>
            </span>
            <span className="kpi-value muted-value" data-testid="naive-cost">
              {money(p.naive.cost)}
            </span>
            <span className="kpi-note">
              {p.naive.actions} actions, {p.naive.passes ? 'passes' : 'does not pass'}
              {p.found && p.actions.length > 0 && saving > 0 ? ` · the plan saves ${money(saving)}` : ''}
            </span>
          </div>
        )}
        {v && (
          <div className="kpi">
            <span
              className="kpi-label"
              title="The plan's upgraded scenario, simulated at full length with several replications: it is only reported if every requirement holds"
            >
              Verified by simulation <span className="info-dot">?</span>
            </span>
            <span className={`kpi-value ${v.failed ? 'bad' : 'good'}`} data-testid="plan-verified">
              {v.passed} pass, {v.failed} fail
            </span>
            <span className="kpi-note">
              {v.replications} × {v.durationS} s · worst margin {formatMargin(v.worstMargin)}
              {v.unchecked > 0 ? ` · ${v.unchecked} without a requirement` : ''}
            </span>
          </div>
        )}
      </div>
      {p.found && p.asIs.failed.length === 0 && (
        <div className="plan-note good" data-testid="nothing-to-buy">
          Every requirement already holds as the plant is: there is nothing to buy. Add the workloads you plan to deploy (W), then plan again.
        </div>
      )}
      {!p.found && (
        <div className="plan-note warn" data-testid="no-plan">
          No plan found: {p.reason ?? 'no upgrade in the catalog makes every requirement hold'}.
        </div>
      )}
      {p.asIs.failed.length > 0 && (
        <div className="failing-as-is" data-testid="failing-as-is">
          <span className="muted">Failing as-is:</span>
          {p.asIs.failed.map((f) => (
            <button key={f} className="flow-chip fail" onClick={() => selectFlow(f)}>
              {f}
            </button>
          ))}
        </div>
      )}
      <div className="plan-buttons">
        {p.found && p.actions.length > 0 && (
          <button
            className="btn primary"
            data-testid="plan-accept"
            disabled={!canAccept}
            onClick={() => acceptPlan('plan')}
            title={
              accepted === 'plan'
                ? 'Already accepted: Ctrl+Z restores the as-is'
                : relation === 'changed'
                  ? 'The scenario changed since this plan: plan again'
                  : 'Replace the working scenario with the upgraded one (one undoable edit)'
            }
          >
            {accepted === 'plan' ? '✓ Accepted' : 'Accept plan'}
          </button>
        )}
        <button className="btn" data-testid="plan-export" onClick={() => void exportPlan()} title="Save the plan as JSON (the format of netloom plan --json)">
          Export plan
        </button>
        {p.found && p.actions.length > 0 && (
          <button
            className="btn"
            data-testid="plan-export-bom"
            onClick={() => void exportBillOfMaterials()}
            title="Save what to buy as CSV: item, quantity, unit price, amount and where, with the total (the file netloom plan --bom writes)"
          >
            Export bill of materials (CSV)
          </button>
        )}
        {result.changes.nodes.length + result.changes.links.length + result.changes.flows.length > 0 && (
          <button
            className={`btn ${overlay ? 'plan-on' : ''}`}
            data-testid="plan-show-changes"
            onClick={() => showPlanChanges(true)}
            title="Highlight what the plan changes in the topology and 3D views"
          >
            Show changes in the views
          </button>
        )}
        <div className="spacer" />
        {relation === 'accepted' && (
          <InScenarioNote testId="plan-accepted">
            The working scenario is {accepted === 'plan' || !accepted ? 'the upgraded one' : `upgraded with ${variantLabel(p, accepted)}`}.
          </InScenarioNote>
        )}
        {relation === 'changed' && <ChangedSinceNote testId="plan-stale" what="plan" again="Plan again" onAgain={() => void startPlan()} />}
        {relation !== 'changed' && pricesChanged && <span className="plan-note warn">Prices changed since this plan: plan again to use them.</span>}
      </div>
    </section>
  );
}
