/** The requirements as-is next to the planned ones, flow by flow: fixed flows first, then those still failing, then the rest by headroom. */
import type { FlowReport, Report } from '../../sim/api/index.ts';

export interface VerdictPair {
  flow: string;
  route: string;
  before: Pick<FlowReport, 'verdict' | 'margin' | 'worst'> | null;
  after: Pick<FlowReport, 'verdict' | 'margin' | 'worst'> | null;
  /** fail → pass, pass → fail, or unchanged */
  change: 'fixed' | 'broken' | 'same';
}

const rank = (p: VerdictPair) => (p.change === 'fixed' ? 0 : p.after?.verdict === 'fail' ? 1 : p.change === 'broken' ? 1 : 2);

export function beforeAfterRows(asIs: Report | null, planned: Report | null): VerdictPair[] {
  const ids = [...new Set([...(asIs?.flows ?? []), ...(planned?.flows ?? [])].map((f) => f.id))];
  const find = (r: Report | null, id: string) => r?.flows.find((f) => f.id === id) ?? null;
  const rows = ids.map((id): VerdictPair => {
    const b = find(asIs, id);
    const a = find(planned, id);
    const f = (b ?? a)!;
    const change = b?.verdict === 'fail' && a?.verdict === 'pass' ? 'fixed' : b?.verdict === 'pass' && a?.verdict === 'fail' ? 'broken' : 'same';
    const pick = (x: FlowReport | null) => (x ? { verdict: x.verdict, margin: x.margin, worst: x.worst } : null);
    return { flow: id, route: `${f.from} → ${f.to}`, before: pick(b), after: pick(a), change };
  });
  return rows.sort((x, y) => rank(x) - rank(y) || (x.before?.margin ?? Infinity) - (y.before?.margin ?? Infinity) || x.flow.localeCompare(y.flow));
}
