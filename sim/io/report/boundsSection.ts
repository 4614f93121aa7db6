/**
 * Worst-case bounds (network calculus) beside what the run measured: per flow the bound, whether it
 * guarantees the requirement, the port that dominates it, and the simulated maximum (never above
 * the bound). Past FLOW_ROWS flows: those whose requirement is not guaranteed (at most FAILING_ROWS), then a count.
 */
import type { BoundsReport, FlowBound } from '../../analysis/BoundsReport.ts';
import type { Report } from '../../api/Report.ts';
import { formatTime } from '../../scenario/format.ts';
import { esc, section, table } from './html.ts';
import { FAILING_ROWS, listed } from './requirementsTable.ts';

const guaranteed = (f: FlowBound) =>
  f.guaranteed === null
    ? '<span class="none">–</span>'
    : f.guaranteed
      ? '<span class="pass">yes</span>'
      : `<span class="fail">no (${esc(
          f.checks
            .filter((c) => !c.holds)
            .map((c) => c.criterion)
            .join(', '),
        )})</span>`;

export function boundsSection(b: BoundsReport, r: Report): string {
  const measured = new Map(r.flows.map((f) => [f.id, f.latency?.max]));
  const shown = listed(b.flows, (f) => f.guaranteed === false);
  const rows = shown.map((f) => [
    esc(f.id),
    f.delay === null ? `unbounded<br><span class="muted">${esc(f.reason ?? '')}</span>` : esc(formatTime(f.delay)),
    esc(formatTime(measured.get(f.id))),
    esc(f.requirement === null ? '–' : formatTime(f.requirement)),
    guaranteed(f),
    esc(f.dominant ?? '–'),
  ]);
  const s = b.summary;
  const body = [
    `<p>${s.flows.toLocaleString('en-US')} flows: ${s.bounded.toLocaleString('en-US')} bounded, ${s.unbounded.toLocaleString('en-US')} unbounded; ` +
      `requirements guaranteed for ${s.guaranteed.toLocaleString('en-US')}, not guaranteed for ${s.notGuaranteed.toLocaleString('en-US')}.</p>`,
    rows.length > 0 ? table(['flow', 'bound', 'simulated max', 'latency required', 'guaranteed', 'dominant port'], rows, [1, 2, 3]) : '',
    shown.length < b.flows.length
      ? `<p class="muted">${(b.flows.length - shown.length).toLocaleString('en-US')} flows not listed ` +
        `(guaranteed, without a requirement, or past the first ${FAILING_ROWS} not guaranteed).</p>`
      : '',
    `<h3>Method</h3><ul>${b.method.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>`,
    '<p class="muted">A bound holds for every packet whatever the timing; the simulated maximum is what one run saw.</p>',
  ];
  return section('bounds', 'Worst-case bounds', body.join('\n'), true);
}
