/**
 * Delay-variation histogram of one flow: the share of packets whose latency exceeded the
 * flow's fastest packet by each amount (RFC 5481 PDV), read off the report's latency
 * percentiles (linear between them) and re-binned into equal-width bins.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { type FlowReport, formatTime } from '../../../sim/api/index.ts';
import { M } from './drawCdf.ts';
import type { Svg } from './useChart.ts';
import { maxOf } from '../../../sim/api/index.ts';
import { emptyChart } from './chartParts.ts';

const BINS = 16;

export function pdvHistogram(f: FlowReport): { from: number; to: number; share: number }[] {
  if (!f.latency) return [];
  const min = f.latency.min;
  const pts = f.latency.cdf.map(([t, p]) => [t - min, p] as [number, number]);
  const span = Math.max(pts[pts.length - 1][0], 1e-12);
  const cdfAt = (v: number) => {
    if (v <= 0) return pts[0][1];
    for (let i = 1; i < pts.length; i++) {
      const [a, pa] = pts[i - 1];
      const [b, pb] = pts[i];
      if (v <= b) return b === a ? pb : pa + ((pb - pa) * (v - a)) / (b - a);
    }
    return 1;
  };
  const out = [];
  for (let i = 0; i < BINS; i++) {
    const from = (span * i) / BINS;
    const to = (span * (i + 1)) / BINS;
    out.push({ from, to, share: Math.max(0, cdfAt(to) - (i === 0 ? 0 : cdfAt(from))) });
  }
  return out;
}

export function drawPdvHistogram(svg: Svg, w: number, h: number, f: FlowReport | undefined, bound: number | null): void {
  const bins = f ? pdvHistogram(f) : [];
  if (!f || bins.length === 0) return emptyChart(svg, w, h, 'select a flow');
  if (f.latency && f.latency.max - f.latency.min < 1e-9) return emptyChart(svg, w, h, 'no variation: every packet took the same time');
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([M.left, w - M.right])
    .padding(0.12);
  const y = scaleLinear()
    .domain([0, Math.max(maxOf(bins.map((b) => b.share)), 0.01)])
    .nice()
    .range([h - M.bottom, M.top]);
  const every = Math.ceil(BINS / Math.max(2, Math.floor(w / 70)));
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${h - M.bottom})`)
    .call(
      axisBottom(x)
        .tickValues(bins.map((_, i) => i).filter((i) => i % every === 0))
        .tickFormat((i) => formatTime(bins[i as number].from, { digits: 2 })),
    );
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(4, '.0%'));
  svg
    .append('g')
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('class', (b) => `bar ${bound !== null && b.to > bound ? 'over' : ''}`)
    .attr('x', (_, i) => x(i)!)
    .attr('width', x.bandwidth())
    .attr('y', (b) => y(b.share))
    .attr('height', (b) => y(0) - y(b.share))
    .append('title')
    .text((b) => `${formatTime(b.from)}–${formatTime(b.to)} above the fastest: ${(b.share * 100).toFixed(1)} % of packets`);
}
