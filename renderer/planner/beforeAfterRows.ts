/**
 * The requirements as-is next to the planned ones (the plan's own verified verdicts), flow by flow:
 * fixed flows first, then those still failing, then the rest by headroom.
 */
import type { FlowVerdict } from '../../sim/api/index.ts';

export interface VerdictPair {
  flow: string;
  route: string;
  before: FlowVerdict | null;
  after: FlowVerdict | null;
  /** fail → pass, pass → fail, or unchanged */
  change: 'fixed' | 'broken' | 'same';
}

const rank = (p: VerdictPair) => (p.change === 'fixed' ? 0 : p.after?.verdict === 'fail' ? 1 : p.change === 'broken' ? 1 : 2);

export function beforeAfterRows(asIs: readonly FlowVerdict[] | null, planned: readonly FlowVerdict[] | null, routeOf: (flow: string) => string): VerdictPair[] {
  const ids = [...new Set([...(asIs ?? []), ...(planned ?? [])].map((f) => f.id))];
  const find = (list: readonly FlowVerdict[] | null, id: string) => list?.find((f) => f.id === id) ?? null;
  const rows = ids.map((id): VerdictPair => {
    const b = find(asIs, id);
    const a = find(planned, id);
    const change = b?.verdict === 'fail' && a?.verdict === 'pass' ? 'fixed' : b?.verdict === 'pass' && a?.verdict === 'fail' ? 'broken' : 'same';
    return { flow: id, route: routeOf(id), before: b, after: a, change };
  });
  return rows.sort((x, y) => rank(x) - rank(y) || (x.before?.margin ?? Infinity) - (y.before?.margin ?? Infinity) || x.flow.localeCompare(y.flow));
}
