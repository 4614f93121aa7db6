/**
 * The phased roadmap: per year, what to buy, spend against the budget, and what still fails after it;
 * click a year to preview (and accept) the roadmap up to it.
 */
import { useApp } from '../state/appStore.ts';
import { previewPlan } from '../state/planActions.ts';
import { formatMargin, formatMoney, type Plan } from '../../sim/api/index.ts';

export function Roadmap({ plan }: { plan: Plan }) {
  const preview = useApp((s) => s.planPreview);
  const money = (x: number) => formatMoney(x, plan.currency);
  const flows = plan.asIs.flows;
  return (
    <section className="planner-card roadmap" data-testid="roadmap">
      <header className="planner-card-head">
        <h3>Roadmap</h3>
        <span className="muted">budget includes what the years before left unspent · click a year to preview it</span>
      </header>
      <ol className="phases">
        {plan.roadmap.map((ph, i) => {
          const share = ph.budget > 0 ? Math.min(1, ph.cost / ph.budget) : ph.cost > 0 ? 1 : 0;
          const over = ph.cost > ph.budget;
          return (
            <li
              key={ph.year}
              className={`phase pickable ${preview === `roadmap:${i}` ? 'picked' : ''}`}
              data-testid="roadmap-year"
              data-year={ph.year}
              data-failed={ph.failed}
              title={`Preview the roadmap up to ${ph.year} in the views, and accept it`}
              onClick={() => previewPlan(preview === `roadmap:${i}` ? null : `roadmap:${i}`)}
            >
              <div className="phase-year">{ph.year}</div>
              <div className="phase-body">
                <div className="spend">
                  <div className={`spend-bar ${over ? 'over' : ''}`} title={`${money(ph.cost)} of ${money(ph.budget)}`}>
                    <div className="spend-fill" style={{ width: `${share * 100}%` }} />
                  </div>
                  <span className="spend-text">
                    {money(ph.cost)} <span className="muted">of {money(ph.budget)}</span>
                    {over && <span className="warn-text"> · over budget (the last year takes what is left)</span>}
                  </span>
                </div>
                {ph.actions.length === 0 ? (
                  <div className="muted">nothing to buy this year</div>
                ) : (
                  <ul className="phase-actions">
                    {ph.actions.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                )}
                <div className={`phase-after ${ph.failed ? 'bad' : 'good'}`}>
                  {ph.failed === 0 ? `after ${ph.year}: every requirement holds` : `after ${ph.year}: ${ph.failed} of ${flows} flows still fail`}
                  {ph.unchecked > 0 && <span className="muted"> · {ph.unchecked} without a requirement</span>}
                  <span className="muted"> · worst margin {formatMargin(ph.worstMargin)}</span>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
