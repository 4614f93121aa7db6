/** A flow's verdict and margin in one cell, as the before/after tables show them (the Planner's, Compare's). */
import { type FlowVerdict, formatMargin } from '../../sim/api/index.ts';

export function VerdictCell({ v }: { v: Pick<FlowVerdict, 'verdict' | 'margin'> | null }) {
  if (!v) return <span className="muted">—</span>;
  return (
    <span className="verdict-cell" title={v.margin === null ? 'no requirement' : `margin ${formatMargin(v.margin)}`}>
      <span className={`badge ${v.verdict}`}>{v.verdict === 'pass' ? '✓ pass' : v.verdict === 'fail' ? '✗ fail' : 'no req.'}</span>
      <span className="num">{formatMargin(v.margin)}</span>
    </span>
  );
}
