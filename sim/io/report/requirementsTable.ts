/**
 * Each flow against its requirement: verdict, margin, latency p50/p99/max, jitter and loss. Past
 * FLOW_ROWS flows (as `netloom run` prints) only the failing ones are listed, worst margin first,
 * and a line says how many are left out.
 */
import type { Report } from '../../api/Report.ts';
import { formatMargin, formatPercent, formatTime } from '../../scenario/format.ts';
import { esc, section, table, verdictCell } from './html.ts';

export const FLOW_ROWS = 50;
/** at most this many failing flows are listed, the worst first, so a plant of 50,000 failing flows still makes a page of bounded size */
export const FAILING_ROWS = 500;

/** The rows of a flow table: every item up to FLOW_ROWS, else the failing ones (in the order given), at most FAILING_ROWS. */
export function listed<T>(all: T[], failing: (t: T) => boolean): T[] {
  return all.length <= FLOW_ROWS ? all : all.filter(failing).slice(0, FAILING_ROWS);
}

export function requirementsTable(r: Report): string {
  const worstFirst = r.flows.length <= FLOW_ROWS ? r.flows : [...r.flows].sort((a, b) => (a.margin ?? Infinity) - (b.margin ?? Infinity));
  const shown = listed(worstFirst, (f) => f.verdict === 'fail');
  const s = r.summary;
  const banner = `<div class="verdict-banner ${s.failed > 0 ? 'fail' : 'pass'}">${
    s.failed > 0
      ? `${s.failed.toLocaleString('en-US')} of ${s.flows.toLocaleString('en-US')} flows fail their requirement`
      : `All ${s.passed.toLocaleString('en-US')} flows with a requirement pass`
  }${s.unchecked > 0 ? ` (${s.unchecked.toLocaleString('en-US')} without requirement)` : ''}.</div>`;
  const t = (v: number | undefined) => esc(formatTime(v));
  const rows = shown.map((f) => [
    esc(f.id),
    esc(f.via ? `${f.from} → ${f.via} → ${f.to}` : `${f.from} → ${f.to}`),
    verdictCell(f.verdict, f.worst),
    esc(formatMargin(f.margin)),
    t(f.latency?.p50),
    t(f.latency?.p99),
    t(f.latency?.max),
    t(f.jitter?.pdv),
    f.lost === 0 ? '0' : `${f.lost.toLocaleString('en-US')} (${esc(formatPercent(f.loss))})`,
  ]);
  const head = ['flow', 'route', 'verdict', 'margin', 'p50', 'p99', 'max', 'jitter (pdv)', 'lost'];
  const left = r.flows.length - shown.length;
  const body = [
    banner,
    shown.length > 0 ? table(head, rows, [3, 4, 5, 6, 7, 8]) : '',
    left > 0
      ? `<p class="muted">${left.toLocaleString('en-US')} of ${r.flows.length.toLocaleString('en-US')} flows not listed ` +
        `(${shown.length < r.summary.failed ? 'the failing ones by less than those listed, and ' : ''}those that pass or have no requirement); ` +
        'the JSON report has every flow.</p>'
      : '',
    '<p class="muted">Latency: from the application emitting a packet to its last bit arriving. ' +
      'Margin: (required − measured) / required, of the worst criterion. Jitter: packet delay variation (max − min).</p>',
  ];
  return section('requirements', 'Requirements', body.join('\n'));
}
