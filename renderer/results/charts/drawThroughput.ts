/** Delivered throughput over time, one line per flow (the focused flow stands out). */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatRate, type Report } from '../../../sim/api/index.ts';
import { M } from './drawCdf.ts';
import { seriesColor } from './palette.ts';
import type { Svg } from './useChart.ts';
import { maxOf } from '../../../sim/api/index.ts';

export function drawThroughput(svg: Svg, w: number, h: number, r: Report, focus: string | null): void {
  const { bins, binSeconds } = r.timeline;
  const shown = focus ? r.flows.filter((f) => f.id === focus) : [...r.flows].sort((a, b) => b.throughput - a.throughput).slice(0, 8);
  const maxV = Math.max(1, maxOf(shown.flatMap((f) => f.timeline.throughput)));
  const x = scaleLinear()
    .domain([0, bins * binSeconds])
    .range([M.left + 8, w - M.right]);
  const y = scaleLinear()
    .domain([0, maxV * 1.1])
    .nice()
    .range([h - M.bottom, M.top]);
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${h - M.bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(w / 80)))
        .tickFormat((d) => `${d} s`),
    );
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(${M.left + 8},0)`)
    .call(
      axisLeft(y)
        .ticks(4)
        .tickFormat((d) => formatRate(d as number, { digits: 2 })),
    );
  const path = line<number>()
    .x((_, i) => x((i + 0.5) * binSeconds))
    .y((v) => y(v));
  shown.forEach((f, i) => {
    svg
      .append('path')
      .datum(f.timeline.throughput)
      .attr('class', 'series')
      .attr('fill', 'none')
      .attr('stroke', focus ? 'var(--accent)' : seriesColor(i))
      .attr('stroke-width', focus ? 2.2 : 1.5)
      .attr('d', path)
      .append('title')
      .text(`${f.id}: mean ${formatRate(f.throughput)}`);
  });
  if (r.window[0] > 0)
    svg
      .append('rect')
      .attr('class', 'warmup')
      .attr('x', x(0))
      .attr('y', M.top)
      .attr('width', x(r.window[0]) - x(0))
      .attr('height', h - M.top - M.bottom)
      .append('title')
      .text('warm-up: not counted in the statistics');
}
