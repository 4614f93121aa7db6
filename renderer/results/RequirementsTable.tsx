/**
 * The requirements table: one row per flow, sortable by any column, filterable by text and verdict. Click a row to highlight the flow's path.
 * A large plant's table draws the first ROWS rows (COMPACT_ROWS in the drawer) in the chosen order (the worst margins first) and more on
 * request, so thousands of flows do not freeze the window (a 10,000-device plant has about 9,000).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { type FlowBound, type FlowReport, formatPercent, formatRate, formatTime } from '../../sim/api/index.ts';
import { formatRoute } from '../format/formatRoute.ts';
import { usePlanOverlay } from '../planner/usePlanOverlay.ts';
import { useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { flowIdRanks } from '../state/reportDerived.ts';
import { checkBound, boundSummary } from './bounds/flowBounds.ts';
import { flowOrder } from './flowOrder.ts';
import { METRIC_INFO } from './metricInfo.ts';

type Col = {
  key: string;
  label: string;
  info?: string;
  value: (f: FlowReport, b: FlowBound | null) => number | string;
  show: (f: FlowReport) => string;
  num?: boolean;
};

const COLS: Col[] = [
  { key: 'verdict', label: 'Verdict', info: METRIC_INFO.verdict, value: (f) => ({ fail: 0, pass: 1, none: 2 })[f.verdict], show: (f) => f.verdict },
  { key: 'id', label: 'Flow', value: (f) => f.id, show: (f) => f.id },
  { key: 'route', label: 'Route', value: (f) => formatRoute(f), show: (f) => formatRoute(f) },
  { key: 'margin', label: 'Margin', info: METRIC_INFO.margin, value: (f) => f.margin ?? Infinity, show: (f) => formatPercent(f.margin), num: true },
  { key: 'worst', label: 'Worst', info: METRIC_INFO.worst, value: (f) => f.worst ?? '', show: (f) => f.worst ?? '—' },
  { key: 'mean', label: 'Mean', info: METRIC_INFO.mean, value: (f) => f.latency?.mean ?? Infinity, show: (f) => formatTime(f.latency?.mean), num: true },
  { key: 'p99', label: 'p99', info: METRIC_INFO.p99, value: (f) => f.latency?.p99 ?? Infinity, show: (f) => formatTime(f.latency?.p99), num: true },
  { key: 'max', label: 'Max', info: METRIC_INFO.max, value: (f) => f.latency?.max ?? Infinity, show: (f) => formatTime(f.latency?.max), num: true },
  { key: 'bound', label: 'Bound', info: METRIC_INFO.bound, value: (_, b) => b?.delay ?? Infinity, show: () => '', num: true },
  { key: 'jitter', label: 'Jitter', info: METRIC_INFO.jitter, value: (f) => f.jitter?.pdv ?? Infinity, show: (f) => formatTime(f.jitter?.pdv), num: true },
  { key: 'loss', label: 'Loss', info: METRIC_INFO.loss, value: (f) => f.loss, show: (f) => formatPercent(f.loss, { decimals: 2 }), num: true },
  { key: 'throughput', label: 'Throughput', info: METRIC_INFO.throughput, value: (f) => f.throughput, show: (f) => formatRate(f.throughput), num: true },
];

export const ROWS = 200;
/**
 * The drawer under the topology shows a few rows at a time: it draws the first COMPACT_ROWS. Its 200 rows (2,600
 * elements) were torn down in the task that opened the Planner or the Results view on the steel works (issue 10).
 */
export const COMPACT_ROWS = 40;

export function RequirementsTable({ compact = false }: { compact?: boolean }) {
  // a new report's rows are sorted and drawn in a deferred, interruptible render, not in the task that receives it (issue 10)
  const last = useDeferredValue(useApp((s) => s.lastReport));
  const focus = useApp((s) => s.selection.flow);
  const planned = usePlanOverlay()?.flows;
  const bounds = useApp((s) => s.bounds);
  const boundsOf = useMemo(() => new Map((bounds?.report?.flows ?? []).map((b) => [b.id, b])), [bounds]);
  const sameScenario = !!bounds && bounds.revision === last?.revision;
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({ key: 'margin', dir: 1 });
  const [filter, setFilter] = useState('');
  const [verdict, setVerdict] = useState<'all' | 'fail' | 'pass'>('all');
  const [shown, setShown] = useState(compact ? COMPACT_ROWS : ROWS);
  const rows = useMemo(() => {
    if (!last) return [];
    const col = COLS.find((c) => c.key === sort.key)!;
    const q = filter.trim().toLowerCase();
    const keep = (f: FlowReport) =>
      (verdict === 'all' || f.verdict === verdict) && (!q || `${f.id} ${formatRoute(f, ' ')} ${f.worst ?? ''}`.toLowerCase().includes(q));
    return flowOrder(last.report.flows, (f) => col.value(f, boundsOf.get(f.id) ?? null), flowIdRanks(last.report), sort.dir, keep);
  }, [last, sort, filter, verdict, boundsOf]);
  const drawn = useMemo(() => {
    const head = rows.slice(0, shown);
    const focused = focus && rows.length > shown ? rows.find((f) => f.id === focus) : undefined;
    return focused && !head.includes(focused) ? [...head, focused] : head;
  }, [rows, shown, focus]);
  if (!last)
    return (
      <div className="empty-results">
        Press <kbd>Run</kbd> to simulate the plant and check every requirement.
      </div>
    );
  const { passed, failed, unchecked } = last.report.summary;
  const cols = (compact ? COLS.filter((c) => !['mean', 'max', 'loss', 'route'].includes(c.key)) : COLS).filter((c) => c.key !== 'bound' || bounds !== null);
  return (
    <div className="req-table-wrap" data-testid="requirements">
      <div className="table-tools">
        <div className="summary-pills">
          <span className="pill pass" data-testid="summary-passed">
            {passed} passed
          </span>
          <span className="pill fail" data-testid="summary-failed">
            {failed} failed
          </span>
          {unchecked > 0 && <span className="pill none">{unchecked} without requirement</span>}
        </div>
        <div className="segmented" role="group" aria-label="Filter by verdict">
          {(['all', 'fail', 'pass'] as const).map((v) => (
            <button key={v} className={verdict === v ? 'on' : ''} onClick={() => setVerdict(v)}>
              {v === 'all' ? 'All' : v === 'fail' ? 'Failing' : 'Passing'}
            </button>
          ))}
        </div>
        <input className="search" placeholder="Filter flows…" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label="Filter flows" />
      </div>
      <div className="table-scroll">
        <table className="req-table">
          <thead>
            <tr>
              {cols.map((c) => (
                <th
                  key={c.key}
                  title={c.info}
                  className={`${c.num ? 'num' : ''} ${sort.key === c.key ? 'sorted' : ''}`}
                  onClick={() => setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))}
                  aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                >
                  {c.label}
                  {sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawn.map((f) => (
              <tr
                key={f.id}
                data-flow={f.id}
                data-verdict={f.verdict}
                className={`${focus === f.id ? 'focused' : ''} row-${f.verdict}`}
                onClick={() => selectFlow(f.id)}
              >
                {cols.map((c) =>
                  c.key === 'verdict' ? (
                    <td key={c.key}>
                      <span className={`badge ${f.verdict}`}>{f.verdict === 'pass' ? '✓ pass' : f.verdict === 'fail' ? '✗ fail' : '–'}</span>
                    </td>
                  ) : c.key === 'id' && planned?.has(f.id) ? (
                    <td key={c.key}>
                      {f.id}{' '}
                      <span className="plan-tag" title={`Changed by the plan: ${planned.get(f.id)!.note}`}>
                        plan
                      </span>
                    </td>
                  ) : c.key === 'bound' ? (
                    <BoundCell key={c.key} bound={boundsOf.get(f.id) ?? null} max={sameScenario ? (f.latency?.max ?? null) : null} />
                  ) : c.key === 'margin' ? (
                    <td key={c.key} className="num">
                      <MarginBar margin={f.margin} />
                    </td>
                  ) : (
                    <td key={c.key} className={c.num ? 'num' : ''}>
                      {c.show(f)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > shown && (
          <button className="btn small show-more" data-testid="show-more-flows" onClick={() => setShown((n) => n + ROWS * 5)}>
            {rows.length - shown} more flows — show {Math.min(ROWS * 5, rows.length - shown)} more
          </button>
        )}
      </div>
    </div>
  );
}

/** The worst-case bound beside the simulated maximum: unbounded says why on hover; a bound below the simulated maximum is flagged. */
function BoundCell({ bound, max }: { bound: FlowBound | null; max: number | null }) {
  if (!bound) return <td className="num muted">…</td>;
  const check = checkBound(bound.delay, max);
  if (check === 'unbounded')
    return (
      <td className="num muted bound-cell" data-check="unbounded" title={`No deterministic bound: ${bound.reason ?? ''}`}>
        ∞
      </td>
    );
  return (
    <td
      className={`num bound-cell ${check}`}
      data-check={check}
      data-bound={bound.delay ?? ''}
      title={check === 'below' ? 'The simulated maximum exceeds this bound: a bug in the analysis' : boundSummary(bound)}
    >
      {check === 'below' && '⚠ '}
      {formatTime(bound.delay)}
    </td>
  );
}

function MarginBar({ margin }: { margin: number | null }) {
  if (margin === null) return <span className="muted">—</span>;
  const w = Math.max(0, Math.min(1, Math.abs(margin))) * 100;
  return (
    <span className="margin-cell">
      <span className={`margin-bar ${margin < 0 ? 'neg' : margin < 0.2 ? 'low' : 'ok'}`} style={{ width: `${w}%` }} />
      <span className="margin-text">{formatPercent(margin)}</span>
    </span>
  );
}
