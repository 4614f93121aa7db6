/** The flows a report charts: a large plant has thousands, so the failing ones, then the least margin first. */
import type { FlowReport } from '../../api/Report.ts';

export const CHARTED_FLOWS = 12;

const rank = (f: Pick<FlowReport, 'verdict' | 'margin'>) => (f.verdict === 'fail' ? -1e9 : 0) + (f.margin ?? 1e9);

/** Of the flows with a latency distribution to draw, the `n` a report charts, in the order it charts them. */
export function chartedFlows<F extends Pick<FlowReport, 'id' | 'verdict' | 'margin' | 'latency'>>(flows: readonly F[], n = CHARTED_FLOWS): F[] {
  return flows
    .filter((f) => f.latency && f.latency.cdf.length > 1)
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
    .slice(0, n);
}
