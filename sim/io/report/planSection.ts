/**
 * The upgrade plan: its actions and what each costs and fixes, every flow's margin before and after
 * (past FLOW_ROWS flows: those that failed as-is or fail after, at most FAILING_ROWS), the cost/margin Pareto front and the
 * roadmap by year.
 */
import type { Plan } from '../../plan/Plan.ts';
import { formatMargin, formatMoney } from '../../scenario/format.ts';
import { esc, px, section, table, verdictCell } from './html.ts';
import { FAILING_ROWS, listed } from './requirementsTable.ts';
import { chart, frame } from './svgChart.ts';

function beforeAfter(p: Plan): string {
  const after = new Map((p.verification?.flows ?? []).map((f) => [f.id, f]));
  const all = p.asIs.verdicts;
  const shown = listed(all, (f) => f.verdict === 'fail' || after.get(f.id)?.verdict === 'fail');
  const rows = shown.map((f) => {
    const a = after.get(f.id);
    return [esc(f.id), verdictCell(f.verdict), esc(formatMargin(f.margin)), verdictCell(a?.verdict), esc(formatMargin(a?.margin))];
  });
  const left = all.length - shown.length;
  return (
    table(['flow', 'as-is', 'margin as-is', 'with the plan', 'margin with the plan'], rows, [2, 4]) +
    (left > 0
      ? `<p class="muted">${left.toLocaleString('en-US')} flows not listed (they pass before and after, or come past the first ${FAILING_ROWS} that fail).</p>`
      : '')
  );
}

function paretoSvg(p: Plan): string {
  if (p.pareto.length === 0) return '';
  const money = (v: number) => formatMoney(v, p.currency);
  const costs = p.pareto.map((q) => q.cost);
  const margins = p.pareto.map((q) => q.worstMargin);
  const f = frame({
    x: [0, Math.max(...costs) * 1.05 || 1],
    y: [Math.min(0, ...margins), Math.max(0.05, ...margins)],
    xLabel: `cost (${p.currency})`,
    yLabel: 'worst margin',
    xTick: money,
    yTick: (v) => formatMargin(v),
    width: 640,
    height: 260,
  });
  const sorted = [...p.pareto].sort((a, b) => a.cost - b.cost);
  const line = sorted.map((q, i) => `${i === 0 ? 'M' : 'L'}${px(f.x(q.cost))},${px(f.y(q.worstMargin))}`).join('');
  const dots = sorted
    .map((q) => {
      const what = `${q.failed} failing ${q.verified ? '(verified)' : '(short run, not verified)'} — ${q.actions.join('; ') || 'as-is'}`;
      const title = esc(`${money(q.cost)}: worst margin ${formatMargin(q.worstMargin)}, ${what}`);
      const at = `cx="${px(f.x(q.cost))}" cy="${px(f.y(q.worstMargin))}"`;
      return `<circle ${at} r="4" fill="${q.verified ? '#2f5fb3' : '#fff'}" stroke="#2f5fb3"><title>${title}</title></circle>`;
    })
    .join('');
  const zero = `<line x1="${px(f.x(0))}" y1="${px(f.y(0))}" x2="${px(f.width - 12)}" y2="${px(f.y(0))}" stroke="#b3261e" stroke-dasharray="4 3"/>`;
  const svg = chart(f, `${zero}<path d="${line}" fill="none" stroke="#7b9bd1"/>${dots}`, 'Pareto front of cost and worst margin');
  const caption = "Cost against the worst flow's margin; filled: verified by a full-length run. Above the dashed line every requirement holds.";
  return `<figure>${svg}<figcaption>${caption}</figcaption></figure>`;
}

export function planSection(p: Plan): string {
  const money = (v: number) => esc(formatMoney(v, p.currency));
  const head = p.found
    ? `<div class="verdict-banner pass">${
        p.actions.length === 0
          ? 'Every requirement already holds: no upgrade needed.'
          : `${p.actions.length} action${p.actions.length === 1 ? '' : 's'} for ${money(p.totalCost)} make every requirement hold (verified by simulation).`
      }</div>`
    : `<div class="verdict-banner fail">No plan found${p.reason ? `: ${esc(p.reason)}` : ''}.</div>`;
  const actions = table(
    ['action', 'cost', 'fixes'],
    p.actions.map((a) => [esc(a.label), money(a.cost), esc(a.fixes.join(', ') || '–')]),
    [1],
  );
  const naive =
    `<p class="muted">As-is: ${p.asIs.failed.length.toLocaleString('en-US')} of ${p.asIs.flows.toLocaleString('en-US')} flows fail, ` +
    `worst margin ${esc(formatMargin(p.asIs.worstMargin))}. ` +
    `Upgrading everything on the failing routes instead would cost ${money(p.naive.cost)} ` +
    `(${p.naive.actions} actions${p.naive.passes ? '' : ', and would not pass'}).` +
    (p.verification
      ? ` Verified with ${p.verification.replications} × ${p.verification.durationS} s runs: ${p.verification.passed} pass, ${p.verification.failed} fail.`
      : '') +
    '</p>';
  const roadmap = table(
    ['year', 'budget', 'cost', 'actions', 'pass', 'fail', 'worst margin'],
    p.roadmap.map((r) => [
      String(r.year),
      money(r.budget),
      money(r.cost),
      esc(r.actions.join('; ') || '–'),
      String(r.passed),
      String(r.failed),
      esc(formatMargin(r.worstMargin)),
    ]),
    [1, 2, 4, 5, 6],
  );
  const body = [
    head,
    p.actions.length > 0 ? actions : '',
    naive,
    '<h3>Before and after</h3>',
    beforeAfter(p),
    '<h3>Cost and margin: the Pareto front</h3>',
    paretoSvg(p),
    '<h3>Roadmap</h3>',
    roadmap,
  ].join('\n');
  return section('plan', 'Upgrade plan', body, true);
}
