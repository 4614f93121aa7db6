/**
 * The focused flow's worst-case bound beside its simulation: the bound, the simulated maximum
 * (flagged loudly if it ever exceeds the bound: that is a bug in the analysis), the
 * requirement, the mean against the queueing estimate; then why the bound is what it is — a
 * stacked bar of the ports' shares and a table of each port's terms and competitors.
 */
import { type FlowBound, formatTime } from '../../../sim/api/index.ts';
import { boundingHops, boundShares } from './flowBounds.ts';
import { BoundStack } from './BoundStack.tsx';
import { HopTable } from './HopTable.tsx';
import { type FlowBoundView, useFlowBound } from './useFlowBound.ts';

const INFO =
  'Network calculus: from each flow’s arrival curve (its burst and rate) and each ' +
  'port’s service (rate, scheduler, TSN shapers), the longest time any packet can ' +
  'take, whatever the timing — computed without simulating, as netloom bounds does.';

export function BoundsCard({ flow }: { flow: string }) {
  const v = useFlowBound(flow);
  return (
    <section className="chart-card bounds-card" data-testid="bounds-card" data-flow={flow}>
      <header>
        <h3 title={INFO}>
          Worst-case bound — {flow} <span className="info-dot">?</span>
        </h3>
        <span className="muted small">{v.computing ? 'computing…' : 'network calculus, no simulation'}</span>
      </header>
      {!v.asked ? (
        <p className="form-hint">Run the scenario: its bounds are computed alongside (they need no simulation).</p>
      ) : v.error ? (
        <p className="field-error">{v.error}</p>
      ) : !v.bound ? (
        <p className="form-hint">{v.computing ? 'Computing the bounds…' : 'This flow is not in the bounds (edited since?).'}</p>
      ) : (
        <BoundDetail v={v} bound={v.bound} />
      )}
    </section>
  );
}

function BoundDetail({ v, bound }: { v: FlowBoundView; bound: FlowBound }) {
  const max = v.sameScenario ? (v.simulated?.latency?.max ?? null) : null;
  const shares = boundShares(bound);
  const colours = new Map(shares.map((s, i) => [s.key, i]));
  return (
    <>
      <div className="bound-kpis">
        <Kpi
          label="bound"
          value={bound.delay === null ? 'unbounded' : formatTime(bound.delay, { digits: 4 })}
          testId="bound-value"
          data={{ 'data-bound': String(bound.delay ?? '') }}
        />
        <Kpi
          label="simulated max"
          value={v.simulated?.latency ? formatTime(v.simulated.latency.max, { digits: 4 }) : '—'}
          note={v.sameScenario ? undefined : 'last run, before the edits'}
          testId="bound-sim-max"
        />
        <Kpi
          label="requirement"
          value={bound.requirement === null ? 'none' : formatTime(bound.requirement)}
          note={bound.guaranteed === null ? undefined : bound.guaranteed ? 'guaranteed' : 'not guaranteed'}
        />
        <Kpi
          label="mean: simulated / estimate"
          value={`${formatTime(v.simulated?.latency?.mean)} / ${formatTime(bound.estimate.mean)}`}
          note={bound.estimate.note}
        />
      </div>
      <BoundVerdict v={v} bound={bound} max={max} />
      {bound.delay !== null && shares.length > 0 && <BoundStack shares={shares} bound={bound.delay} simulatedMax={max} />}
      <HopTable hops={boundingHops(bound)} colours={colours} flow={bound.id} />
      <ul className="bound-facts">
        {bound.arrival && <li>arrival curve: {bound.arrival.describe}</li>}
        {bound.method && (
          <li>
            method: {bound.method}
            {bound.pboo !== null && bound.additive !== null
              ? ` (pay bursts only once ${formatTime(bound.pboo)}, per-hop sum ${formatTime(bound.additive)}: the smaller is the bound)`
              : ''}
          </li>
        )}
        {bound.redundancy && (
          <li>
            802.1CB: the bound comes from route {bound.redundancy.route + 1} — {bound.redundancy.rule}
          </li>
        )}
        {bound.compute && (
          <li>
            compute node {bound.compute.node}:{' '}
            {bound.compute.delay === null ? bound.compute.reason : `waits and serves within ${formatTime(bound.compute.delay)}`}
          </li>
        )}
        {bound.checks.map((c) => (
          <li key={c.criterion} className={c.holds ? 'good-text' : 'warn-text'}>
            {c.criterion}: {c.bound === null ? 'no bound' : c.criterion === 'loss' ? 'no loss' : `≤ ${formatTime(c.bound)}`} against{' '}
            {c.criterion === 'loss' ? String(c.required) : formatTime(c.required)} required — {c.holds ? 'guaranteed' : 'not guaranteed'}
          </li>
        ))}
      </ul>
    </>
  );
}

function BoundVerdict({ v, bound, max }: { v: FlowBoundView; bound: FlowBound; max: number | null }) {
  if (v.check === 'unbounded')
    return (
      <div className="bound-verdict unbounded" data-testid="bound-verdict" data-check="unbounded">
        <b>No deterministic bound:</b> {bound.reason ?? 'the analysis found none'}
      </div>
    );
  if (v.check === 'below')
    return (
      <div className="bound-verdict below" data-testid="bound-verdict" data-check="below" role="alert">
        <b>⚠ The simulated maximum exceeds the bound</b> by {formatTime(max! - bound.delay!)}: a bound must hold for every packet, so the analysis (or the
        simulator) has a bug. Please report this scenario.
      </div>
    );
  if (v.check === 'holds')
    return (
      <div className="bound-verdict holds" data-testid="bound-verdict" data-check="holds">
        ✓ The simulated maximum stays within the bound
        {bound.delay! - max! < 1e-9 ? ' — it reaches it: the bound is tight' : `, ${formatTime(bound.delay! - max!)} below it`}.
      </div>
    );
  return (
    <div className="bound-verdict" data-testid="bound-verdict" data-check="not-simulated">
      {v.simulated
        ? 'Run again to compare the bound with the simulation of the scenario as it is now.'
        : 'Run the scenario to compare the bound with the simulation.'}
    </div>
  );
}

function Kpi({ label, value, note, testId, data }: { label: string; value: string; note?: string; testId?: string; data?: Record<string, string> }) {
  return (
    <div className="bound-kpi" title={note}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-testid={testId} {...data}>
        {value}
      </span>
      {note && <span className="kpi-note">{note}</span>}
    </div>
  );
}
