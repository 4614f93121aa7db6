/** Before/after side by side: each flow's verdict and margin as-is and with the plan (both from the verification runs). */
import type { Report } from '../../sim/api/index.ts';
import { formatMargin } from '../format/formatMoney.ts';
import { useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { beforeAfterRows, type VerdictPair } from './beforeAfterRows.ts';

function Verdict({ v }: { v: VerdictPair['before'] }) {
  if (!v) return <span className="muted">—</span>;
  return (
    <span className="verdict-cell" title={v.worst ? `margin ${formatMargin(v.margin)}, worst criterion: ${v.worst}` : 'no requirement'}>
      <span className={`badge ${v.verdict}`}>{v.verdict === 'pass' ? '✓ pass' : v.verdict === 'fail' ? '✗ fail' : 'no req.'}</span>
      <span className="num">{formatMargin(v.margin)}</span>
    </span>
  );
}

function Counts({ r }: { r: Report | null }) {
  if (!r) return <span className="muted">not simulated</span>;
  return (
    <span className="summary-pills">
      <span className="pill pass small">{r.summary.passed} pass</span>
      <span className="pill fail small">{r.summary.failed} fail</span>
      {r.summary.unchecked > 0 && (
        <span className="pill none small" title="flows without a requirement">
          {r.summary.unchecked} no req.
        </span>
      )}
    </span>
  );
}

export function BeforeAfter({ asIs, planned, changedFlows }: { asIs: Report | null; planned: Report | null; changedFlows: ReadonlyMap<string, { note: string }> }) {
  const focus = useApp((s) => s.selection.flow);
  const rows = beforeAfterRows(asIs, planned);
  return (
    <section className="planner-card before-after" data-testid="before-after">
      <header className="planner-card-head">
        <h3>Requirements: as-is vs planned</h3>
        <span className="muted">{asIs ? `${asIs.replications} × ${asIs.simulated} s each` : ''}</span>
      </header>
      <div className="table-scroll">
        <table className="plan-table compare">
          <thead>
            <tr>
              <th>flow</th>
              <th>
                as-is
                <Counts r={asIs} />
              </th>
              <th>
                planned
                <Counts r={planned} />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.flow}
                data-flow={r.flow}
                data-before={r.before?.verdict}
                data-after={r.after?.verdict}
                className={`${r.change} ${focus === r.flow ? 'focused' : ''}`}
                onClick={() => selectFlow(r.flow)}
              >
                <td>
                  <div className="flow-name">
                    {r.flow}
                    {changedFlows.has(r.flow) && (
                      <span className="plan-tag" title={`Changed by the plan: ${changedFlows.get(r.flow)!.note}`}>
                        plan
                      </span>
                    )}
                    {r.change === 'fixed' && <span className="fixed-tag">fixed</span>}
                  </div>
                  <div className="muted small">{r.route}</div>
                </td>
                <td>
                  <Verdict v={r.before} />
                </td>
                <td>
                  <Verdict v={r.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
