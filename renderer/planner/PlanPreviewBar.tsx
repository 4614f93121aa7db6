/**
 * A Pareto point or a roadmap year picked for a closer look: what it buys, what it costs and
 * where it leaves the requirements; its changes are the ones highlighted in both views, and it
 * can be accepted like the plan (the roadmap up to a year: every phase until then).
 */
import type { PlanResult } from '../state/AppState.ts';
import { useApp } from '../state/appStore.ts';
import { acceptPlan, planRelation, previewPlan, showPlanChanges } from '../state/planActions.ts';
import { variantLabel, variantOf, type VariantKey } from '../state/planVariants.ts';
import { formatMargin, formatMoney } from '../../sim/api/index.ts';

function facts(
  result: PlanResult,
  key: VariantKey,
): { actions: string[]; cost: number; failed: number; unchecked: number | null; worstMargin: number; note: string } {
  const p = result.plan;
  const i = Number(key.slice(key.indexOf(':') + 1));
  if (key.startsWith('pareto:')) {
    const pt = p.pareto[i];
    return {
      actions: pt.actions,
      cost: pt.cost,
      failed: pt.failed,
      unchecked: null,
      worstMargin: pt.worstMargin,
      note: pt.verified ? 'verified at full length' : 'from a short run: accept it, then run to check',
    };
  }
  const phases = p.roadmap.slice(0, i + 1);
  const last = phases[phases.length - 1];
  return {
    actions: phases.flatMap((ph) => ph.actions),
    cost: phases.reduce((a, ph) => a + ph.cost, 0),
    failed: last.failed,
    unchecked: last.unchecked,
    worstMargin: last.worstMargin,
    note: 'verified at full length',
  };
}

export function PlanPreviewBar({ result }: { result: PlanResult }) {
  const key = useApp((s) => s.planPreview);
  const relation = useApp((s) => planRelation(s.doc, s.plan));
  const accepted = useApp((s) => (s.doc ? variantOf(result, s.doc.scenario) : null));
  if (!key) return null;
  const p = result.plan;
  const f = facts(result, key);
  return (
    <section className="planner-card plan-preview" data-testid="plan-preview" data-key={key}>
      <header className="planner-card-head">
        <h3>Previewing {variantLabel(p, key)}</h3>
        <button className="linklike" onClick={() => previewPlan(null)}>
          back to the plan
        </button>
      </header>
      <div className="preview-facts">
        <span>
          <b>{formatMoney(f.cost, p.currency)}</b> · {f.actions.length} action{f.actions.length === 1 ? '' : 's'}
        </span>
        <span className={f.failed ? 'bad' : 'good'} data-testid="preview-failed" data-failed={f.failed}>
          {f.failed === 0 ? 'every requirement holds' : `${f.failed} flow${f.failed === 1 ? '' : 's'} still fail`}
          {f.unchecked ? `, ${f.unchecked} without a requirement` : ''}
        </span>
        <span>worst margin {formatMargin(f.worstMargin)}</span>
        <span className="muted">{f.note}</span>
      </div>
      {f.actions.length === 0 ? (
        <p className="muted">nothing to buy: the as-is plant</p>
      ) : (
        <ul className="phase-actions">
          {f.actions.map((a, k) => (
            <li key={k}>{a}</li>
          ))}
        </ul>
      )}
      <div className="plan-buttons">
        <button
          className="btn primary"
          data-testid="preview-accept"
          disabled={relation === 'changed' || accepted === key || f.actions.length === 0}
          onClick={() => acceptPlan(key)}
          title="Replace the working scenario with this upgrade (one undoable edit)"
        >
          {accepted === key ? '✓ Accepted' : 'Accept this'}
        </button>
        <button className="btn" onClick={() => showPlanChanges(true)} title="Its changes are highlighted in the topology and the 3D plant">
          Show in the views
        </button>
      </div>
    </section>
  );
}
