/** Pieces every d3 chart draws the same way: the message of an empty chart and horizontal gridlines. */
import type { ScaleLinear } from 'd3-scale';
import type { Svg } from './useChart.ts';

/** The chart's message when it has nothing to draw, centred. */
export function emptyChart(svg: Svg, w: number, h: number, message: string): void {
  svg
    .append('text')
    .attr('x', w / 2)
    .attr('y', h / 2)
    .attr('class', 'chart-empty')
    .text(message);
}

/** A horizontal gridline at each of `y`'s `ticks` ticks, from x1 to x2. */
export function gridlines(svg: Svg, y: ScaleLinear<number, number>, ticks: number, x1: number, x2: number): void {
  svg.append('g').attr('class', 'gridlines').selectAll('line').data(y.ticks(ticks)).join('line').attr('x1', x1).attr('x2', x2).attr('y1', y).attr('y2', y);
}
