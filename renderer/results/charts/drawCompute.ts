/** Compute utilization: one bar per compute node, with its mean wait. */
import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatTime, type Report } from '../../../sim/api/index.ts';
import { utilizationColor } from '../../editor/utilizationColor.ts';
import type { Svg } from './useChart.ts';
import { emptyChart } from './chartParts.ts';

export function drawCompute(svg: Svg, w: number, h: number, r: Report): void {
  if (r.compute.length === 0) return emptyChart(svg, w, h, 'no compute nodes');
  const left = 70;
  const y = scaleBand<string>()
    .domain(r.compute.map((c) => c.id))
    .range([8, h - 24])
    .padding(0.25);
  const x = scaleLinear()
    .domain([0, 1])
    .range([left, w - 90]);
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${h - 24})`)
    .call(axisBottom(x).ticks(4, '.0%'));
  for (const c of r.compute) {
    svg
      .append('text')
      .attr('class', 'row-label')
      .attr('x', left - 6)
      .attr('y', y(c.id)! + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .text(c.id);
    svg
      .append('rect')
      .attr('class', 'track')
      .attr('x', left)
      .attr('y', y(c.id)!)
      .attr('width', x(1) - left)
      .attr('height', y.bandwidth());
    svg
      .append('rect')
      .attr('x', left)
      .attr('y', y(c.id)!)
      .attr('width', Math.max(1, x(Math.min(1, c.utilization)) - left))
      .attr('height', y.bandwidth())
      .attr('fill', utilizationColor(c.utilization))
      .append('title')
      .text(`${c.id}: ${(c.utilization * 100).toFixed(1)} % busy, ${c.jobs} jobs, mean batch ${c.meanBatch.toFixed(2)}`);
    svg
      .append('text')
      .attr('class', 'bar-note')
      .attr('x', x(1) + 6)
      .attr('y', y(c.id)! + y.bandwidth() / 2)
      .attr('dy', '0.35em')
      .text(`${(c.utilization * 100).toFixed(0)} % · wait ${formatTime(c.meanWait, { digits: 2 })}`);
  }
}
