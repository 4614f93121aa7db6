/**
 * Cost vs. worst margin of every plan on the Pareto front the search found (d3): a step line
 * through the front, verified plans filled, short-run estimates hollow, the chosen plan
 * ringed, the naive plan's cost as a dashed line. Margins below −100 % sit on the floor with
 * a down arrow (a failing flow can be arbitrarily far off). Click a point to preview it.
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line, symbol, symbolTriangle } from 'd3-shape';
import type { Svg } from '../results/charts/useChart.ts';
import { formatMargin, formatMoney, maxOf, type ParetoPoint, type Plan } from '../../sim/api/index.ts';
import { emptyChart, gridlines } from '../results/charts/chartParts.ts';

const M = { top: 16, right: 18, bottom: 34, left: 52 };
const FLOOR = -1;

/** "$30k", "$1.2M": short money for axis ticks. */
export function shortMoney(x: number, currency: string): string {
  const sign = currency === 'USD' ? '$' : '';
  const tail = currency === 'USD' ? '' : ` ${currency}`;
  if (Math.abs(x) >= 1e6) return `${sign}${+(x / 1e6).toFixed(1)}M${tail}`;
  if (Math.abs(x) >= 1e3) return `${sign}${+(x / 1e3).toFixed(1)}k${tail}`;
  return `${sign}${Math.round(x)}${tail}`;
}

type Point = ParetoPoint & { index: number };

export function drawPareto(svg: Svg, w: number, h: number, p: Plan, picked: number | null = null, onPick: (index: number) => void = () => {}): void {
  const pts: Point[] = p.pareto.map((d, index) => ({ ...d, index })).sort((a, b) => a.cost - b.cost);
  if (pts.length === 0) return emptyChart(svg, w, h, 'no plan was simulated');
  const chosen = p.found && p.verification ? { cost: p.totalCost, margin: p.verification.worstMargin } : null;
  const maxCost = Math.max(maxOf(pts.map((d) => d.cost)), p.naive.cost, chosen?.cost ?? 0, 1000);
  const x = scaleLinear()
    .domain([0, maxCost * 1.06])
    .nice()
    .range([M.left, w - M.right]);
  const clampM = (m: number) => Math.max(FLOOR, Math.min(1, m));
  const top = Math.min(1, Math.max(0.25, maxOf(pts.map((d) => clampM(d.worstMargin))), chosen?.margin ?? 0) + 0.1);
  const y = scaleLinear()
    .domain([FLOOR - 0.06, top])
    .range([h - M.bottom, M.top]);
  const money = (v: number) => shortMoney(v, p.currency);

  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${h - M.bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(w / 90)))
        .tickFormat((d) => money(d.valueOf())),
    );
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(6, '.0%'));
  gridlines(svg, y, 6, M.left, w - M.right);
  svg
    .append('text')
    .attr('class', 'axis-title')
    .attr('x', w - M.right)
    .attr('y', h - 4)
    .attr('text-anchor', 'end')
    .text('cost of the plan');
  svg.append('text').attr('class', 'axis-title').attr('transform', `translate(12,${M.top}) rotate(-90)`).attr('text-anchor', 'end').text('worst margin');

  // requirements hold above the zero line
  svg
    .append('rect')
    .attr('class', 'ok-zone')
    .attr('x', M.left)
    .attr('width', w - M.left - M.right)
    .attr('y', y(top))
    .attr('height', y(0) - y(top));
  svg
    .append('line')
    .attr('class', 'zero')
    .attr('x1', M.left)
    .attr('x2', w - M.right)
    .attr('y1', y(0))
    .attr('y2', y(0));
  svg
    .append('text')
    .attr('class', 'zone-label')
    .attr('x', M.left + 6)
    .attr('y', y(0) + 13)
    .text('↑ every requirement holds');

  // the naive plan's cost
  svg
    .append('line')
    .attr('class', 'naive')
    .attr('x1', x(p.naive.cost))
    .attr('x2', x(p.naive.cost))
    .attr('y1', M.top)
    .attr('y2', h - M.bottom);
  svg
    .append('text')
    .attr('class', 'naive-label')
    .attr('transform', `translate(${x(p.naive.cost) - 5},${h - M.bottom - 6}) rotate(-90)`)
    .text(`naive plan ${money(p.naive.cost)}${p.naive.passes ? '' : ' (does not pass)'}`);

  // the front
  const path = line<Point>()
    .x((d) => x(d.cost))
    .y((d) => y(clampM(d.worstMargin)))
    .curve(curveStepAfter);
  svg.append('path').datum(pts).attr('class', 'front').attr('d', path);
  const g = svg
    .append('g')
    .selectAll('g')
    .data(pts)
    .join('g')
    .attr('class', (d) => `pareto-point ${d.verified ? 'verified' : 'quick'} ${d.failed > 0 ? 'failing' : 'passing'} ${d.index === picked ? 'picked' : ''}`)
    .attr('data-index', (d) => d.index)
    .attr('transform', (d) => `translate(${x(d.cost)},${y(clampM(d.worstMargin))})`)
    .on('click', (_, d) => onPick(d.index));
  g.append('circle').attr('class', 'hit').attr('r', 10).style('fill', 'transparent').style('stroke', 'none');
  g.filter((d) => d.worstMargin >= FLOOR)
    .append('circle')
    .attr('r', 5);
  g.filter((d) => d.worstMargin < FLOOR)
    .append('path')
    .attr('d', symbol(symbolTriangle, 60)()!)
    .attr('transform', 'rotate(180)');
  g.append('title').text(
    (d) =>
      `${formatMoney(d.cost, p.currency)}: worst margin ${formatMargin(d.worstMargin)}, ` +
      `${d.failed} failing${d.verified ? ' (verified)' : ' (short run)'}\n${d.actions.length ? d.actions.join('\n') : 'as-is: no action'}\nclick to preview it`,
  );
  if (chosen) {
    svg
      .append('circle')
      .attr('class', 'chosen')
      .attr('cx', x(chosen.cost))
      .attr('cy', y(clampM(chosen.margin)))
      .attr('r', 10);
    const right = x(chosen.cost) > w * 0.7;
    svg
      .append('text')
      .attr('class', 'chosen-label')
      .attr('x', x(chosen.cost) + (right ? -14 : 14))
      .attr('y', y(clampM(chosen.margin)) + 4)
      .attr('text-anchor', right ? 'end' : 'start')
      .text(`the plan: ${money(chosen.cost)}`);
  }
}
