/**
 * The gate schedules over one hyperperiod (d3): a row per scheduled port, the scheduled class's
 * windows coloured by flow, the spans when the other classes' gates are shut shaded, a time
 * axis. A focused flow's windows stand out on every port it crosses; click a window to focus.
 */
import { axisBottom } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { seriesColor } from '../results/charts/palette.ts';
import type { Svg } from '../results/charts/useChart.ts';
import { closedSpans, type Span, windowBars } from './scheduleRows.ts';
import { percent, type Schedule, shortPs } from '../../sim/api/index.ts';

export const ROW = 24;
const M = { top: 6, right: 14, bottom: 26, left: 178 };
const MIN_WIDTH = 1.5;
let clips = 0;

export function scheduleChartHeight(s: Schedule): number {
  return M.top + M.bottom + ROW * s.ports.length;
}

export function drawGateSchedule(svg: Svg, w: number, _h: number, s: Schedule, view: Span, focus: string | null, onFocus: (flow: string) => void): void {
  const H = s.hyperperiodPs;
  const x = scaleLinear()
    .domain([view.startPs, view.endPs])
    .range([M.left, w - M.right]);
  const clip = `gate-clip-${++clips}`;
  svg
    .append('clipPath')
    .attr('id', clip)
    .append('rect')
    .attr('x', M.left)
    .attr('y', 0)
    .attr('width', w - M.left - M.right)
    .attr('height', M.top + ROW * s.ports.length);
  const width = (a: number, b: number) => Math.max(MIN_WIDTH, x(b) - x(a));
  const colour = new Map(s.flows.map((f, i) => [f.id, seriesColor(i)]));
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${M.top + ROW * s.ports.length + 2})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((w - M.left) / 90)))
        .tickFormat((d) => shortPs(d.valueOf())),
    );
  const rows = svg
    .append('g')
    .selectAll('g')
    .data(s.ports)
    .join('g')
    .attr('class', 'gate-port')
    .attr('data-port', (p) => p.port.name)
    .attr('transform', (_, i) => `translate(0,${M.top + i * ROW})`);
  rows
    .append('rect')
    .attr('class', 'track')
    .attr('x', M.left)
    .attr('y', 3)
    .attr('width', w - M.left - M.right)
    .attr('height', ROW - 6);
  rows
    .append('text')
    .attr('class', 'port-name')
    .attr('x', 4)
    .attr('y', ROW / 2 - 1)
    .text((p) => p.port.name);
  rows
    .append('text')
    .attr('class', 'port-note')
    .attr('x', 4)
    .attr('y', ROW / 2 + 9)
    .text((p) => `${p.entries.length}/${p.maxEntries} entries · ${percent(p.utilization)} reserved`);
  rows.each(function (p) {
    const g = select(this).append('g').attr('clip-path', `url(#${clip})`);
    g.selectAll('rect.closed')
      .data(closedSpans(p, H, s.pcp))
      .join('rect')
      .attr('class', 'closed')
      .attr('x', (d) => x(d.startPs))
      .attr('width', (d) => width(d.startPs, d.endPs))
      .attr('y', 3)
      .attr('height', ROW - 6)
      .append('title')
      .text((d) => `other classes' gates shut [${shortPs(d.startPs)}, ${shortPs(d.endPs)})`);
    g.selectAll('rect.window')
      .data(windowBars(p, H))
      .join('rect')
      .attr('class', (d) => `window ${focus === null ? '' : d.flow === focus ? 'focused' : 'faded'}`)
      .attr('data-flow', (d) => d.flow)
      .attr('x', (d) => x(d.startPs))
      .attr('width', (d) => width(d.startPs, d.endPs))
      .attr('y', 5)
      .attr('height', ROW - 10)
      .attr('fill', (d) => colour.get(d.flow) ?? '#888')
      .on('click', (_, d) => onFocus(d.flow))
      .append('title')
      .text((d) => `${d.flow}: class ${s.pcp} open [${shortPs(d.startPs)}, ${shortPs(d.endPs)}) on ${p.port.name}`);
  });
}
