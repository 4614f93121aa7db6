/** Link-utilization heatmap: one row per link direction (busiest first), one column per time bin. */
import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Report } from '../../../sim/api/index.ts';
import { utilizationColor } from '../../editor/utilizationColor.ts';
import type { Svg } from './useChart.ts';
import { maxOf } from '../../../sim/api/index.ts';
import { emptyChart } from './chartParts.ts';

export function drawHeatmap(svg: Svg, w: number, h: number, r: Report, focusLinks: Set<string> | null, maxRows = 24): void {
  const rows = [...r.links]
    .filter((l) => !focusLinks || focusLinks.has(l.id))
    .sort((a, b) => maxOf(b.timeline.utilization) - maxOf(a.timeline.utilization))
    .slice(0, Math.max(1, Math.min(maxRows, Math.floor((h - 30) / 13))));
  if (rows.length === 0) return emptyChart(svg, w, h, 'no links');
  const left = 118;
  const bottom = 24;
  const { bins, binSeconds } = r.timeline;
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([6, h - bottom])
    .padding(0.08);
  const x = scaleLinear()
    .domain([0, bins * binSeconds])
    .range([left, w - 10]);
  const cw = (w - 10 - left) / bins;
  const g = svg.append('g');
  rows.forEach((l, i) => {
    g.append('text')
      .attr('class', 'row-label')
      .attr('x', left - 6)
      .attr('y', y(i)! + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text(`${l.from}→${l.to}`);
    g.selectAll(null)
      .data(l.timeline.utilization)
      .join('rect')
      .attr('x', (_, b) => left + b * cw)
      .attr('y', y(i)!)
      .attr('width', Math.max(1, cw - 0.5))
      .attr('height', y.bandwidth())
      .attr('fill', (u) => utilizationColor(u))
      .attr('opacity', (u) => 0.12 + 0.88 * Math.min(1, u * 2))
      .append('title')
      .text((u, b) => `${l.from}→${l.to}, ${(b * binSeconds).toFixed(2)}–${((b + 1) * binSeconds).toFixed(2)} s: ${(u * 100).toFixed(1)} %`);
  });
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${h - bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(w / 90)))
        .tickFormat((d) => `${d} s`),
    );
}
