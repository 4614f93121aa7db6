/**
 * Latency distributions: for each flow shown, its CDF (the report's CDF points, from the run's
 * log-bucket histogram) and a histogram of the same distribution in equal-width bins (the
 * fraction of deliveries in each bin, read off the CDF by linear interpolation), with the latency
 * requirement as a dashed line. Flows shown: the failing ones and then the least margin first.
 */
import type { FlowReport, Report } from '../../api/Report.ts';
import { formatPercent, formatTime } from '../../scenario/format.ts';
import { esc, px, section, verdictCell } from './html.ts';
import { chart, frame } from './svgChart.ts';

/** flows charted (a large plant has thousands: the worst ones) */
export const CHARTED_FLOWS = 12;
const BINS = 24;

/** F(t) from CDF points sorted by latency: linear between points, 0 before the first, 1 after the last. */
export function cdfAt(cdf: [number, number][], t: number): number {
  if (cdf.length === 0 || t < cdf[0][0]) return 0;
  for (let i = 1; i < cdf.length; i++) {
    const [a, fa] = cdf[i - 1];
    const [b, fb] = cdf[i];
    if (t <= b) return b > a ? fa + ((t - a) / (b - a)) * (fb - fa) : fb;
  }
  return 1;
}

/** The fraction of deliveries in each of `bins` equal bins over [min, max]. */
export function histogramOf(cdf: [number, number][], bins = BINS): { from: number; width: number; share: number[] } {
  const from = cdf[0][0];
  const width = (cdf[cdf.length - 1][0] - from) / bins;
  if (!(width > 0)) return { from, width: 0, share: [1] };
  const share = Array.from({ length: bins }, (_, i) => cdfAt(cdf, from + (i + 1) * width) - cdfAt(cdf, from + i * width));
  share[0] += cdfAt(cdf, from); // the deliveries at the minimum itself
  return { from, width, share };
}

const latencyRequired = (f: FlowReport) => f.criteria.find((c) => c.name === 'latency')?.required;

function flowCharts(f: FlowReport): string {
  const cdf = f.latency?.cdf ?? [];
  const req = latencyRequired(f);
  // the distribution's own span (at least 10 % of its maximum, so a constant latency is not a wall),
  // widened to the requirement when it lies within one more span; a requirement further off is in the caption
  let lo = cdf[0][0];
  let hi = cdf[cdf.length - 1][0];
  const pad = Math.max(hi - lo, 0.1 * hi) * 0.05;
  [lo, hi] = [Math.max(0, lo - pad), hi + pad];
  if (req !== undefined && req <= hi + (hi - lo) && req >= lo - (hi - lo)) [lo, hi] = [Math.min(lo, req), Math.max(hi, req * 1.02)];
  const t = (v: number) => formatTime(v, { digits: 3 });
  const reqLine = (fr: ReturnType<typeof frame>, top: number) =>
    req === undefined || req < lo || req > hi
      ? ''
      : `<line x1="${px(fr.x(req))}" y1="${px(fr.y(top))}" x2="${px(fr.x(req))}" y2="${px(fr.y(0))}" stroke="#b3261e" stroke-dasharray="4 3">` +
        `<title>required ${esc(t(req))}</title></line>`;
  const c = frame({ x: [lo, hi], y: [0, 1], xLabel: 'latency', yLabel: 'fraction ≤', xTick: t, yTick: (v) => formatPercent(v) });
  const path = cdf.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(c.x(x))},${px(c.y(y))}`).join('');
  const tail = `L${px(c.x(hi))},${px(c.y(1))}`;
  const cdfSvg = chart(c, `${reqLine(c, 1)}<path d="${path}${tail}" fill="none" stroke="#2f5fb3" stroke-width="1.8"/>`, `latency CDF of ${f.id}`);
  const h = histogramOf(cdf);
  const top = Math.max(...h.share);
  const hf = frame({ x: [lo, hi], y: [0, top], xLabel: 'latency', yLabel: 'share of deliveries', xTick: t, yTick: (v) => formatPercent(v) });
  const w = h.width > 0 ? h.width : (hi - lo) / BINS || 1e-9;
  const bars = h.share
    .map((s, i) => {
      const x0 = hf.x(h.from + i * w);
      const width = Math.max(1, hf.x(h.from + (i + 1) * w) - x0 - 1);
      return `<rect x="${px(x0)}" y="${px(hf.y(s))}" width="${px(width)}" height="${px(hf.y(0) - hf.y(s))}" fill="#7b9bd1"/>`;
    })
    .join('');
  const histSvg = chart(hf, bars + reqLine(hf, top), `latency histogram of ${f.id}`);
  const verdict = verdictCell(f.verdict, null, '');
  const l = f.latency;
  const figures = `p50 ${t(l?.p50 ?? NaN)}, p99 ${t(l?.p99 ?? NaN)}, max ${t(l?.max ?? NaN)}${req === undefined ? '' : `, required ${t(req)}`}`;
  return `<figure><figcaption><b>${esc(f.id)}</b> ${verdict} — ${esc(figures)}</figcaption>${cdfSvg}${histSvg}</figure>`;
}

export function latencyCharts(r: Report): string {
  const withData = r.flows.filter((f) => f.latency && f.latency.cdf.length > 1);
  const rank = (f: FlowReport) => (f.verdict === 'fail' ? -1e9 : 0) + (f.margin ?? 1e9);
  const shown = [...withData].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id)).slice(0, CHARTED_FLOWS);
  const note =
    shown.length < withData.length
      ? `<p class="muted">The ${shown.length} flows with the least margin (failing first) of ${withData.length.toLocaleString('en-US')} with deliveries; ` +
        'the rest are in the JSON report.</p>'
      : '';
  const body = shown.length === 0 ? '<p class="muted">No flow delivered a packet.</p>' : `${note}<div class="charts">${shown.map(flowCharts).join('\n')}</div>`;
  return section('latency', 'Latency distributions', body, true);
}
