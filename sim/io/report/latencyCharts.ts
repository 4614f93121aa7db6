/**
 * Latency distributions: for each flow shown, its CDF (the report's CDF points, from the run's
 * log-bucket histogram) and a histogram of the same distribution in equal-width bins (the
 * fraction of deliveries in each bin), with the latency requirement as a dashed line. The bins
 * are counted from the run's own buckets when the report kept them (RunOptions.histograms, as
 * `netloom report` and the app ask), else read off the CDF points by linear interpolation.
 * Flows shown: the failing ones and then the least margin first (chartedFlows).
 */
import type { FlowReport, LatencyHistogram, Report } from '../../api/Report.ts';
import { formatPercent, formatTime } from '../../scenario/format.ts';
import { chartedFlows } from './chartedFlows.ts';
import { esc, px, section, verdictCell } from './html.ts';
import { chart, frame } from './svgChart.ts';

const BINS = 24;

interface Bars {
  from: number;
  width: number;
  share: number[];
}

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
export function histogramOf(cdf: [number, number][], bins = BINS): Bars {
  const from = cdf[0][0];
  const width = (cdf[cdf.length - 1][0] - from) / bins;
  if (!(width > 0)) return { from, width: 0, share: [1] };
  const share = Array.from({ length: bins }, (_, i) => cdfAt(cdf, from + (i + 1) * width) - cdfAt(cdf, from + i * width));
  share[0] += cdfAt(cdf, from); // the deliveries at the minimum itself
  return { from, width, share };
}

/**
 * The fraction of deliveries in each of `bins` equal bins over [least, greatest latency], counted
 * from the run's buckets: a bucket whose values lie in one bin counts there whole; one across a bin
 * edge (at most 0.1 % of its latency wide) is shared in proportion to the part of [its min, its max] in each bin.
 */
export function barsOf(h: LatencyHistogram, bins = BINS): Bars {
  const n = h.count.length;
  const total = h.count.reduce((a, b) => a + b, 0);
  const from = h.min[0];
  const width = (h.max[n - 1] - from) / bins;
  if (!(width > 0)) return { from, width: 0, share: [1] };
  const count = new Array<number>(bins).fill(0);
  const binOf = (t: number) => Math.min(bins - 1, Math.max(0, Math.floor((t - from) / width)));
  for (let i = 0; i < n; i++) {
    const [lo, hi] = [h.min[i], h.max[i]];
    const [a, b] = [binOf(lo), binOf(hi)];
    if (a === b) count[a] += h.count[i];
    else for (let j = a; j <= b; j++) count[j] += (h.count[i] * (Math.min(hi, from + (j + 1) * width) - Math.max(lo, from + j * width))) / (hi - lo);
  }
  return { from, width, share: count.map((c) => c / total) };
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
  const h = f.histogram ? barsOf(f.histogram) : histogramOf(cdf);
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
  const shown = chartedFlows(r.flows);
  const note =
    shown.length < withData.length
      ? `<p class="muted">The ${shown.length} flows with the least margin (failing first) of ${withData.length.toLocaleString('en-US')} with deliveries; ` +
        'the rest are in the JSON report.</p>'
      : '';
  const counted = shown.filter((f) => f.histogram).length;
  const how =
    counted === shown.length
      ? 'Each histogram is counted from the run’s own latency buckets (each at most 0.1 % of its latency wide).'
      : counted === 0
        ? 'Each histogram is read off the CDF points (this report kept no latency buckets): its bars between points are interpolated.'
        : `${counted} of the ${shown.length} histograms are counted from the run’s latency buckets, the others read off the CDF points.`;
  const body =
    shown.length === 0
      ? '<p class="muted">No flow delivered a packet.</p>'
      : `${note}<p class="muted">${esc(how)}</p><div class="charts">${shown.map(flowCharts).join('\n')}</div>`;
  return section('latency', 'Latency distributions', body, true);
}
