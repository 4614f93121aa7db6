/** The cost vs. worst-margin Pareto front, with its legend. */
import { ChartCard } from '../results/ChartCard.tsx';
import { useApp } from '../state/appStore.ts';
import { previewPlan } from '../state/planActions.ts';
import { drawPareto } from './drawPareto.ts';
import type { Plan } from '../../sim/api/index.ts';

const INFO =
  'Every plan the search simulated that no cheaper plan beats on worst ' +
  'margin: how much headroom each extra dollar buys. The worst margin is ' +
  'the smallest requirement margin over all flows; below 0 some flow fails.';

export function ParetoChart({ plan }: { plan: Plan }) {
  const preview = useApp((s) => s.planPreview);
  const picked = preview?.startsWith('pareto:') ? Number(preview.slice('pareto:'.length)) : null;
  const pick = (i: number) => previewPlan(i === picked ? null : `pareto:${i}`);
  return (
    <div className="pareto-card">
      <ChartCard
        title={`Cost vs. worst margin — ${plan.pareto.length} plan${plan.pareto.length === 1 ? '' : 's'} on the front`}
        info={INFO}
        testId="pareto-chart"
        draw={(svg, w, h) => drawPareto(svg, w, h, plan, picked, pick)}
        deps={[plan, picked]}
      />
      <div className="chart-legend">
        <span>
          <span className="mark verified" /> verified
        </span>
        <span>
          <span className="mark quick" /> short run
        </span>
        <span>
          <span className="mark chosen" /> the plan
        </span>
        <span>
          <span className="mark naive" /> naive plan’s cost
        </span>
        <span>▼ below −100 %</span>
        <span className="muted">click a point to preview it</span>
      </div>
    </div>
  );
}
