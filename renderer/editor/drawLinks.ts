/**
 * The topology's links (d3 join): a wide transparent polyline to click, the wire over it, the rate label
 * halfway along. A link follows its route (placeView.ts): ELK's orthogonal bends, or a straight line.
 */
import type { Selection } from 'd3-selection';
import { midpoint } from './layout/placeView.ts';
import type { Pt } from './layout/linksThroughNodes.ts';

export interface LinkDatum {
  /** labelled with its rate: backbone links (switch to switch, to compute) — device links stay quiet */
  labelled: boolean;
  key: string;
  from: string;
  to: string;
  rate: string;
  rateBps: number;
  members: string[];
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Joins the links into the layer; returns each link's element by key. */
export function drawLinks(layer: Layer, links: LinkDatum[], onClick: (e: MouseEvent, d: LinkDatum) => void): Map<string, SVGGElement> {
  const sel = layer
    .selectAll<SVGGElement, LinkDatum>('g.link')
    .data(links, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'link');
      g.append('polyline').attr('class', 'hit').attr('fill', 'none');
      g.append('polyline').attr('class', 'wire').attr('fill', 'none');
      g.append('text').attr('class', 'link-label');
      return g;
    })
    .attr('data-key', (d) => d.key)
    .attr('data-from', (d) => d.from)
    .attr('data-to', (d) => d.to)
    .on('click', onClick);
  sel.select('.wire').attr('stroke-width', (d) => Math.max(1.5, Math.min(7, 1.2 * Math.log10(d.rateBps / 1e6) + 2.5)));
  sel.select('.link-label').text((d) => d.rate);
  sel.classed('quiet', (d) => !d.labelled);
  const els = new Map<string, SVGGElement>();
  sel.each(function (d) {
    els.set(d.key, this);
  });
  return els;
}

/** Puts a link's polylines and label on its route. */
export function placeLink(el: SVGGElement, route: readonly Pt[]): void {
  const points = route.map((p) => `${p.x},${p.y}`).join(' ');
  for (const line of el.querySelectorAll('polyline')) line.setAttribute('points', points);
  const m = midpoint(route);
  const t = el.querySelector('text')!;
  t.setAttribute('x', String(m.x));
  t.setAttribute('y', String(m.y - 5));
}
