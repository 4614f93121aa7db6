/** Latency CDF per flow on a logarithmic time axis, with the requirement bound of the focused flow. */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { type FlowReport, formatTime } from '../../../sim/api/index.ts';
import { seriesColor } from './palette.ts';
import { placeBoundLabel } from './placeBoundLabel.ts';
import type { Svg } from './useChart.ts';
import { maxOf, minOf } from '../../../sim/api/index.ts';
import { emptyChart, gridlines } from './chartParts.ts';

export const M = { top: 12, right: 14, bottom: 30, left: 46 };

export function drawCdf(svg: Svg, w: number, h: number, flows: FlowReport[], focus: string | null, bound: number | null): void {
  const withData = flows.filter((f) => f.latency && f.latency.max > 0);
  if (withData.length === 0) return emptyChart(svg, w, h, 'no deliveries');
  const lo = Math.min(minOf(withData.map((f) => f.latency!.min)), bound ?? Infinity) * 0.8;
  const hi = Math.max(maxOf(withData.map((f) => f.latency!.max)), bound ?? 0) * 1.25;
  const x = scaleLog()
    .domain([Math.max(lo, 1e-9), Math.max(hi, lo * 10)])
    .range([M.left, w - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([h - M.bottom, M.top]);
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${h - M.bottom})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(w / 90)), (d: unknown) => formatTime(d as number, { digits: 2 })));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5, '.0%'));
  gridlines(svg, y, 5, M.left, w - M.right);
  const path = line<[number, number]>()
    .x((d) => x(Math.max(d[0], x.domain()[0])))
    .y((d) => y(d[1]));
  withData.forEach((f, i) => {
    const on = !focus || f.id === focus;
    svg
      .append('path')
      .datum(f.latency!.cdf)
      .attr('class', `series ${on ? '' : 'faded'}`)
      .attr('stroke', focus === f.id ? 'var(--accent)' : seriesColor(i))
      .attr('stroke-width', focus === f.id ? 2.5 : 1.5)
      .attr('fill', 'none')
      .attr('d', path)
      .append('title')
      .text(`${f.id}: p50 ${formatTime(f.latency!.p50)}, p99 ${formatTime(f.latency!.p99)}, max ${formatTime(f.latency!.max)}`);
  });
  if (bound) {
    svg
      .append('line')
      .attr('class', 'bound')
      .attr('x1', x(bound))
      .attr('x2', x(bound))
      .attr('y1', M.top)
      .attr('y2', h - M.bottom);
    // on the side of the line with room, so it is never cut at the chart's edge; shorter when the plot is too narrow for it
    const label = svg
      .append('text')
      .attr('class', 'bound-label')
      .attr('y', M.top + 10)
      .attr('data-testid', 'cdf-bound-label');
    const [left, right] = [M.left, w - M.right];
    let width = 0;
    for (const text of [`required ${formatTime(bound)}`, `≤ ${formatTime(bound)}`]) {
      width = label.text(text).node()!.getComputedTextLength();
      if (width <= right - left) break;
    }
    const place = placeBoundLabel(x(bound), width, left, right);
    label.attr('x', place.x).attr('text-anchor', place.anchor);
  }
}
