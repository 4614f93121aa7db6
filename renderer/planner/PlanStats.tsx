/** How the plan was found and checked: the verification, the work the search did, the prices it used. */
import { editedPrices } from './priceFields.ts';
import { formatMargin, type Plan } from '../../sim/api/index.ts';

export function PlanStats({ plan }: { plan: Plan }) {
  const s = plan.stats;
  const v = plan.verification;
  const edited = editedPrices(plan.catalog).length;
  return (
    <section className="planner-card plan-stats" data-testid="plan-stats">
      <header className="planner-card-head">
        <h3>Verification</h3>
      </header>
      <dl className="facts">
        {v ? (
          <>
            <dt>verified</dt>
            <dd data-testid="verification">
              {v.replications} replications × {v.durationS} s: {v.passed} pass, {v.failed} fail{v.unchecked > 0 ? `, ${v.unchecked} without a requirement` : ''}
              , worst margin {formatMargin(v.worstMargin)}
            </dd>
          </>
        ) : (
          <>
            <dt>verified</dt>
            <dd>no plan passed the verification{plan.reason ? `: ${plan.reason}` : ''}</dd>
          </>
        )}
        <dt>search</dt>
        <dd>
          {s.evaluations} short runs + {s.verifications} verifications in {s.wallSeconds.toFixed(1)} s ({s.evaluationsPerSecond.toFixed(1)} simulations/s)
        </dd>
        <dt>verifying</dt>
        <dd>{Math.round(s.verificationShare * 100)} % of the simulation time</dd>
        <dt>prices</dt>
        <dd>{edited === 0 ? 'the catalog defaults' : `${edited} edited, the rest defaults`}</dd>
      </dl>
    </section>
  );
}
