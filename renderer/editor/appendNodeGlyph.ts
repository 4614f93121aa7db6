/**
 * The SVG of one topology node: plan mark, selection halo, body, glyph, name, issue badge, and
 * for a group's head a toggle (▸ expand / ▾ collapse) and, when collapsed, a summary line
 * (member count, busiest link, worst margin) written by restyleGroups.
 */
import type { Selection } from 'd3-selection';

import { NH, NW } from './glyphSize.ts';

export { NH, NW };

export function appendNodeGlyph<D>(enter: Selection<SVGGElement, D, SVGGElement, unknown>): void {
  enter
    .append('rect')
    .attr('class', 'plan-mark')
    .attr('x', -NW / 2 - 8)
    .attr('y', -NH / 2 - 8)
    .attr('width', NW + 16)
    .attr('height', NH + 16)
    .attr('rx', 12);
  enter
    .append('rect')
    .attr('class', 'halo')
    .attr('x', -NW / 2 - 5)
    .attr('y', -NH / 2 - 5)
    .attr('width', NW + 10)
    .attr('height', NH + 10)
    .attr('rx', 10);
  enter
    .append('rect')
    .attr('class', 'body')
    .attr('x', -NW / 2)
    .attr('y', -NH / 2)
    .attr('width', NW)
    .attr('height', NH)
    .attr('rx', 6);
  enter.append('text').attr('class', 'glyph').attr('dy', '0.35em');
  enter
    .append('text')
    .attr('class', 'label')
    .attr('y', NH / 2 + 13);
  enter
    .append('text')
    .attr('class', 'group-summary')
    .attr('y', NH / 2 + 26);
  enter
    .append('circle')
    .attr('class', 'badge')
    .attr('cx', NW / 2)
    .attr('cy', -NH / 2)
    .attr('r', 5);
  const t = enter
    .append('g')
    .attr('class', 'group-toggle')
    .attr('transform', `translate(${-NW / 2},${-NH / 2})`);
  t.append('circle').attr('r', 8);
  t.append('text').attr('dy', '0.35em');
}
