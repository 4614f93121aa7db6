/**
 * One line of the bounds' summary for the results header: how many flows have a bound, how many
 * requirements it guarantees, and any bound the simulation exceeded.
 */
import { useApp } from '../../state/appStore.ts';
import { checkBound } from './flowBounds.ts';

export function BoundsFacts() {
  const bounds = useApp((s) => s.bounds);
  const last = useApp((s) => s.lastReport);
  const report = bounds?.report;
  if (!bounds) return null;
  if (!report) return <span>{bounds.computing ? 'bounds: computing…' : 'no bounds'}</span>;
  const same = bounds.revision === last?.revision;
  const maxOf = new Map(same ? (last?.report.flows ?? []).map((f) => [f.id, f.latency?.max]) : []);
  const below = same ? report.flows.filter((b) => checkBound(b.delay, maxOf.get(b.id)) === 'below') : [];
  const s = report.summary;
  return (
    <span data-testid="bounds-facts" title="Worst-case latency bounds by network calculus (as netloom bounds computes them)">
      bounds: {s.bounded} of {s.flows} flows bounded, {s.guaranteed} requirement{s.guaranteed === 1 ? '' : 's'} guaranteed
      {!same && ' (for the scenario as edited)'}
      {below.length > 0 && (
        <b className="warn-text" data-testid="bounds-exceeded">
          {' '}
          · ⚠ simulated max above the bound: {below.map((b) => b.id).join(', ')}
        </b>
      )}
    </span>
  );
}
