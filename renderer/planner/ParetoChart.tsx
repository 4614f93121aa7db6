/** The cost vs. worst-margin Pareto front, with its legend. */
import type { Plan } from '../../sim/plan/index.ts';
import { ChartCard } from '../results/ChartCard.tsx';
import { drawPareto } from './drawPareto.ts';

const INFO =
  'Every plan the search simulated that no cheaper plan beats on worst margin: how much headroom each extra dollar buys. The worst margin is the smallest requirement margin over all flows; below 0 some flow fails.';

export function ParetoChart({ plan }: { plan: Plan }) {
  return (
    <div className="pareto-card">
      <ChartCard title={`Cost vs. worst margin — ${plan.pareto.length} plan${plan.pareto.length === 1 ? '' : 's'} on the front`} info={INFO} testId="pareto-chart" draw={(svg, w, h) => drawPareto(svg, w, h, plan)} deps={[plan]} />
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
      </div>
    </div>
  );
}
