/**
 * The Planner view: settings on the left (plan / progress, budget, prices), the plan on the
 * right — summary with Accept and Export, the explained actions, as-is vs planned, the
 * Pareto front, the roadmap and the verification.
 */
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import type { PlanResult } from '../state/AppState.ts';
import { useApp } from '../state/appStore.ts';
import { BeforeAfter } from './BeforeAfter.tsx';
import { BudgetEditor } from './BudgetEditor.tsx';
import { CatalogEditor } from './CatalogEditor.tsx';
import { ParetoChart } from './ParetoChart.tsx';
import { PlanActionsTable } from './PlanActionsTable.tsx';
import { PlanControls } from './PlanControls.tsx';
import { PlannerIntro } from './PlannerIntro.tsx';
import { PlanStats } from './PlanStats.tsx';
import { PlanPreviewBar } from './PlanPreviewBar.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { Roadmap } from './Roadmap.tsx';

export function PlannerView() {
  const result = useApp((s) => (s.plan.status === 'done' ? s.plan.result : null));
  return (
    <div className="planner-view" data-testid="planner-view">
      <aside className="planner-side" aria-label="Planner settings">
        <PlanControls />
        <BudgetEditor />
        <CatalogEditor />
      </aside>
      <div className="planner-main">
        <ErrorBoundary what="plan">{result ? <PlanReport result={result} /> : <PlannerIntro />}</ErrorBoundary>
      </div>
    </div>
  );
}

function PlanReport({ result }: { result: PlanResult }) {
  const p = result.plan;
  const changedFlows = new Map(result.changes.flows.map((c) => [c.id, c]));
  return (
    <>
      <PlanSummary result={result} />
      <PlanPreviewBar result={result} />
      {p.actions.length > 0 && <PlanActionsTable actions={p.actions} currency={p.currency} total={p.totalCost} />}
      <div className="planner-grid">
        <BeforeAfter plan={p} changedFlows={changedFlows} />
        <div className="planner-col">
          {p.asIs.failed.length > 0 && <ParetoChart plan={p} />}
          {p.found && p.actions.length > 0 && <Roadmap plan={p} />}
          <PlanStats plan={p} />
        </div>
      </div>
    </>
  );
}
