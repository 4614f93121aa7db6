/** In the flow's inspector: its worst-case bound beside the simulated maximum, the port that dominates it, and a way to the full explanation. */
import { appStore } from '../../state/appStore.ts';
import { boundSummary } from './flowBounds.ts';
import { useFlowBound } from './useFlowBound.ts';
import { formatTime } from '../../../sim/api/index.ts';

export function FlowBoundBox({ flow }: { flow: string }) {
  const v = useFlowBound(flow);
  if (!v.asked || !v.bound) return null;
  const b = v.bound;
  const max = v.simulated?.latency?.max;
  return (
    <fieldset className={`stats bound-box ${v.check}`} data-testid="flow-bound" data-check={v.check}>
      <legend title="Network calculus: the longest latency any packet can have, whatever the timing (no simulation)">Worst case</legend>
      <div className="stat">
        <span className="stat-label">bound</span>
        <span className="stat-value">{b.delay === null ? 'unbounded' : formatTime(b.delay, { digits: 4 })}</span>
      </div>
      <div className="stat">
        <span className="stat-label">simulated max{v.sameScenario ? '' : ' (last run)'}</span>
        <span className="stat-value">
          {v.check === 'below' && '⚠ '}
          {formatTime(max, { digits: 4 })}
        </span>
      </div>
      <p className="form-hint">{v.check === 'below' ? 'The simulation exceeded the bound: a bug in the analysis.' : boundSummary(b)}</p>
      <button className="linklike accent" onClick={() => appStore.set({ view: 'results' })}>
        Why this bound? (Results)
      </button>
    </fieldset>
  );
}
