/**
 * The topology editor's drawing (d3, outside React: mount / update / dispose). Nodes sit at
 * their floor positions (metres × SCALE); pan and zoom with the wheel or by dragging the
 * background, Shift+drag for a selection rectangle, drag nodes (the whole selection moves),
 * drop device types from the palette. During a drag only the moved nodes and their links
 * are touched, so large plants stay smooth; the store learns the new positions on release.
 */
import { drag } from 'd3-drag';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import { deviceInfo } from '../model/deviceTypes.ts';
import { drawPlanGhosts } from './drawPlanGhosts.ts';
import type { TopologyData, TopologyEvents } from './TopologyData.ts';
import { restyleTopology } from './restyleTopology.ts';
import { linkId, maxOf, minOf, type Position } from '../../sim/api/index.ts';
import { RecentSamples } from '../perf/RecentSamples.ts';

export const SCALE = 40; // px per metre at zoom 1
const NW = 38;
const NH = 26;

interface NodeDatum {
  id: string;
  type: string;
  x: number;
  y: number;
}
interface LinkDatum {
  /** labelled with its rate: backbone links (switch to switch, to compute) — device links stay quiet */
  labelled: boolean;
  key: string;
  from: string;
  to: string;
  rate: string;
  rateBps: number;
}

export class TopologyView {
  private svg!: Selection<SVGSVGElement, unknown, null, undefined>;
  private root!: Selection<SVGGElement, unknown, null, undefined>;
  private linkLayer!: Selection<SVGGElement, unknown, null, undefined>;
  private nodeLayer!: Selection<SVGGElement, unknown, null, undefined>;
  private ghostLayer!: Selection<SVGGElement, unknown, null, undefined>;
  private marquee!: Selection<SVGRectElement, unknown, null, undefined>;
  private overlay!: Selection<SVGGElement, unknown, null, undefined>;
  private overlayLinks!: Selection<SVGGElement, unknown, null, undefined>;
  private overlayNodes!: Selection<SVGGElement, unknown, null, undefined>;
  private zoomBehavior!: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private data: TopologyData | null = null;
  private pos = new Map<string, { x: number; y: number }>();
  private nodeEls = new Map<string, SVGGElement>();
  private linkEls = new Map<string, SVGGElement>();
  private linksOf = new Map<string, LinkDatum[]>();
  private fitted = false;
  private suppressClick = false;
  private userZoomed = false;
  private resizeObserver: ResizeObserver | null = null;
  /** ends the listeners this view put on its container (drag and drop of palette items) */
  private readonly unlisten = new AbortController();
  /** milliseconds spent in the last drag frames (for the benchmark) */
  readonly dragFrames = new RecentSamples();

  constructor(private readonly events: TopologyEvents) {}

  mount(container: HTMLElement): void {
    this.svg = select(container).append('svg').attr('class', 'topology').attr('data-testid', 'topology-svg');
    const defs = this.svg.append('defs');
    const glow = defs.append('filter').attr('id', 'nl-glow').attr('x', '-50%').attr('y', '-50%').attr('width', '200%').attr('height', '200%');
    glow.append('feGaussianBlur').attr('stdDeviation', 3).attr('result', 'b');
    const m = glow.append('feMerge');
    m.append('feMergeNode').attr('in', 'b');
    m.append('feMergeNode').attr('in', 'SourceGraphic');
    this.root = this.svg.append('g').attr('class', 'zoom-root');
    this.root.append('g').attr('class', 'grid');
    this.linkLayer = this.root.append('g').attr('class', 'links');
    this.ghostLayer = this.root.append('g').attr('class', 'plan-ghosts');
    this.nodeLayer = this.root.append('g').attr('class', 'nodes');
    this.marquee = this.svg.append('rect').attr('class', 'marquee').style('display', 'none');
    // what is being dragged moves to an overlay layer of its own, so large plants are not re-rasterized per move
    this.overlay = select(container).append('svg').attr('class', 'topology-overlay').append('g');
    this.overlayLinks = this.overlay.append('g').attr('class', 'links');
    this.overlayNodes = this.overlay.append('g').attr('class', 'nodes');
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 8])
      .filter((e: Event) => {
        const me = e as MouseEvent;
        return (e.type === 'wheel' || !me.shiftKey) && !me.button && !(e.target as Element).closest?.('.node');
      })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (e.sourceEvent) this.userZoomed = true;
        this.transform = e.transform;
        this.root.attr('transform', e.transform.toString());
        this.overlay.attr('transform', e.transform.toString());
        this.svg.classed('zoomed-out', e.transform.k < 0.45);
        select(this.overlay.node()!.ownerSVGElement).classed('zoomed-out', e.transform.k < 0.45);
      });
    this.svg.call(this.zoomBehavior).on('dblclick.zoom', null);
    this.svg.on('click', (e: MouseEvent) => {
      if (this.suppressClick) return void (this.suppressClick = false);
      if (e.target === this.svg.node() || (e.target as Element).closest('.grid')) this.events.onBackground();
    });
    this.installMarquee();
    this.installDrop(container);
    // keep the whole plant in view as the panel resizes, until the user zooms or pans
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.userZoomed && this.fitted) this.fit(false);
    });
    this.resizeObserver.observe(container);
  }

  private installMarquee(): void {
    let start: [number, number] | null = null;
    this.svg.on('pointerdown.marquee', (e: PointerEvent) => {
      if (!e.shiftKey || (e.target as Element).closest('.node')) return;
      const r = this.svg.node()!.getBoundingClientRect();
      start = [e.clientX - r.left, e.clientY - r.top];
      this.svg.node()!.setPointerCapture(e.pointerId);
    });
    this.svg.on('pointermove.marquee', (e: PointerEvent) => {
      if (!start) return;
      const r = this.svg.node()!.getBoundingClientRect();
      const [x, y] = [e.clientX - r.left, e.clientY - r.top];
      this.marquee
        .style('display', null)
        .attr('x', Math.min(x, start[0]))
        .attr('y', Math.min(y, start[1]))
        .attr('width', Math.abs(x - start[0]))
        .attr('height', Math.abs(y - start[1]));
    });
    this.svg.on('pointerup.marquee', (e: PointerEvent) => {
      if (!start) return;
      const r = this.svg.node()!.getBoundingClientRect();
      const a = this.transform.invert(start);
      const b = this.transform.invert([e.clientX - r.left, e.clientY - r.top]);
      start = null;
      this.suppressClick = true;
      this.marquee.style('display', 'none');
      const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
      const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
      const inside = [...this.pos].filter(([, p]) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1).map(([id]) => id);
      const set = new Set(inside);
      const links = (this.data?.scenario.links ?? []).filter((l) => set.has(l.from) && set.has(l.to)).map(linkId);
      this.events.onSelect({ nodes: inside, links }, true);
    });
  }

  private installDrop(container: HTMLElement): void {
    const { signal } = this.unlisten;
    container.addEventListener(
      'dragover',
      (e) => {
        if (e.dataTransfer?.types.includes('application/x-netloom-type')) e.preventDefault();
      },
      { signal },
    );
    container.addEventListener(
      'drop',
      (e) => {
        const type = e.dataTransfer?.getData('application/x-netloom-type');
        if (!type) return;
        e.preventDefault();
        const r = this.svg.node()!.getBoundingClientRect();
        const [x, y] = this.transform.invert([e.clientX - r.left, e.clientY - r.top]);
        this.events.onDropDevice(type, [x / SCALE, y / SCALE, 0]);
      },
      { signal },
    );
  }

  /** The floor point at the centre of the view (where a clicked palette item lands). */
  centre(): Position {
    const r = this.svg.node()!.getBoundingClientRect();
    const [x, y] = this.transform.invert([r.width / 2, r.height / 2]);
    return [x / SCALE, y / SCALE, 0];
  }

  update(data: TopologyData): void {
    const structureChanged = !this.data || this.data.scenario.nodes !== data.scenario.nodes || this.data.scenario.links !== data.scenario.links;
    const planChanged = structureChanged || this.data?.plan !== data.plan;
    this.data = data;
    if (structureChanged) this.rebuild(data);
    if (planChanged) drawPlanGhosts(this.ghostLayer, data.plan, this.pos, SCALE, { w: NW, h: NH });
    this.restyle(data);
    if (!this.fitted && data.scenario.nodes.length > 0) {
      this.fitted = true;
      this.fit(false);
    }
  }

  private rebuild(data: TopologyData): void {
    const nodes: NodeDatum[] = data.scenario.nodes.map((n) => {
      const p = data.positions.get(n.id) ?? [0, 0, 0];
      return { id: n.id, type: n.type, x: p[0] * SCALE, y: p[1] * SCALE };
    });
    this.pos = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    const kind = new Map(data.scenario.nodes.map((n) => [n.id, deviceInfo(n.type).group]));
    const backbone = (id: string) => kind.get(id) === 'network' || kind.get(id) === 'compute';
    const few = data.scenario.links.length <= 12;
    const links: LinkDatum[] = data.scenario.links.map((l) => ({
      key: linkId(l),
      from: l.from,
      to: l.to,
      rate: String(l.rate),
      rateBps: data.rates.get(linkId(l)) ?? 1e9,
      labelled: few || (backbone(l.from) && backbone(l.to)),
    }));
    this.linksOf = new Map();
    for (const l of links) {
      for (const end of [l.from, l.to]) {
        let list = this.linksOf.get(end);
        if (!list) this.linksOf.set(end, (list = []));
        list.push(l);
      }
    }
    const self = this;
    const linkSel = this.linkLayer
      .selectAll<SVGGElement, LinkDatum>('g.link')
      .data(links, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'link');
        g.append('line').attr('class', 'hit');
        g.append('line').attr('class', 'wire');
        g.append('text').attr('class', 'link-label');
        return g;
      })
      .attr('data-key', (d) => d.key)
      .on('click', (e: MouseEvent, d) => {
        e.stopPropagation();
        self.events.onSelect({ links: [d.key], nodes: [] }, e.shiftKey || e.ctrlKey || e.metaKey);
      });
    linkSel.select('.wire').attr('stroke-width', (d) => Math.max(1.5, Math.min(7, 1.2 * Math.log10(d.rateBps / 1e6) + 2.5)));
    linkSel.select('.link-label').text((d) => d.rate);
    linkSel.classed('quiet', (d) => !d.labelled);
    this.linkEls = new Map();
    linkSel.each(function (d) {
      self.linkEls.set(d.key, this);
      self.placeLink(d);
    });

    const nodeSel = this.nodeLayer
      .selectAll<SVGGElement, NodeDatum>('g.node')
      .data(nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'node');
        g.append('rect')
          .attr('class', 'plan-mark')
          .attr('x', -NW / 2 - 8)
          .attr('y', -NH / 2 - 8)
          .attr('width', NW + 16)
          .attr('height', NH + 16)
          .attr('rx', 12);
        g.append('rect')
          .attr('class', 'halo')
          .attr('x', -NW / 2 - 5)
          .attr('y', -NH / 2 - 5)
          .attr('width', NW + 10)
          .attr('height', NH + 10)
          .attr('rx', 10);
        g.append('rect')
          .attr('class', 'body')
          .attr('x', -NW / 2)
          .attr('y', -NH / 2)
          .attr('width', NW)
          .attr('height', NH)
          .attr('rx', 6);
        g.append('text').attr('class', 'glyph').attr('dy', '0.35em');
        g.append('text')
          .attr('class', 'label')
          .attr('y', NH / 2 + 13);
        g.append('circle')
          .attr('class', 'badge')
          .attr('cx', NW / 2)
          .attr('cy', -NH / 2)
          .attr('r', 5);
        return g;
      })
      .attr('data-id', (d) => d.id)
      .attr('transform', (d) => `translate(${d.x},${d.y})`)
      .on('click', (e: MouseEvent, d) => {
        e.stopPropagation();
        self.events.onNodeClick(d.id, e.shiftKey || e.ctrlKey || e.metaKey);
      });
    nodeSel.select<SVGRectElement>('.body').attr('fill', (d) => deviceInfo(d.type).color);
    nodeSel.select('.glyph').text((d) => deviceInfo(d.type).glyph);
    nodeSel.select('.label').text((d) => d.id);
    nodeSel.attr('aria-label', (d) => `${deviceInfo(d.type).label} ${d.id}`);
    this.nodeEls = new Map();
    nodeSel.each(function (d) {
      self.nodeEls.set(d.id, this);
    });
    nodeSel.call(this.dragBehavior());
  }

  private placeLink(l: LinkDatum): void {
    const el = this.linkEls.get(l.key);
    const a = this.pos.get(l.from);
    const b = this.pos.get(l.to);
    if (!el || !a || !b) return;
    for (const line of el.querySelectorAll('line')) {
      line.setAttribute('x1', String(a.x));
      line.setAttribute('y1', String(a.y));
      line.setAttribute('x2', String(b.x));
      line.setAttribute('y2', String(b.y));
    }
    const t = el.querySelector('text')!;
    t.setAttribute('x', String((a.x + b.x) / 2));
    t.setAttribute('y', String((a.y + b.y) / 2 - 5));
  }

  private dragBehavior() {
    let moving: string[] = [];
    let moved = false;
    let last: [number, number] = [0, 0];
    return drag<SVGGElement, NodeDatum>()
      .filter((e: MouseEvent) => !e.button && !e.shiftKey)
      .on('start', (e, d) => {
        const sel = this.data?.selection.nodes ?? [];
        moving = sel.includes(d.id) ? sel : [d.id];
        moved = false;
        last = [e.x, e.y];
      })
      .on('drag', (e) => {
        const t0 = performance.now();
        const dx = e.x - last[0];
        const dy = e.y - last[1];
        last = [e.x, e.y];
        if (!moved && Math.hypot(dx, dy) < 0.5) return;
        if (!moved) {
          this.svg.classed('dragging', true);
          this.liftToOverlay(moving);
        }
        moved = true;
        const touched = new Set<LinkDatum>();
        for (const id of moving) {
          const p = this.pos.get(id);
          if (!p) continue;
          p.x += dx;
          p.y += dy;
          this.nodeEls.get(id)?.setAttribute('transform', `translate(${p.x},${p.y})`);
          for (const l of this.linksOf.get(id) ?? []) touched.add(l);
        }
        for (const l of touched) this.placeLink(l);
        this.dragFrames.push(performance.now() - t0);
      })
      .on('end', () => {
        this.svg.classed('dragging', false);
        if (!moved) return;
        this.dropFromOverlay();
        const moves = new Map<string, Position>();
        for (const id of moving) {
          const p = this.pos.get(id)!;
          const z = this.data?.positions.get(id)?.[2] ?? 0;
          moves.set(id, [p.x / SCALE, p.y / SCALE, z]);
        }
        this.events.onMove(moves);
      });
  }

  private lifted: { el: Element; home: Element }[] = [];

  private liftToOverlay(ids: string[]): void {
    const links = new Set<string>();
    for (const id of ids) for (const l of this.linksOf.get(id) ?? []) links.add(l.key);
    for (const k of links) {
      const el = this.linkEls.get(k);
      if (el) this.lifted.push({ el, home: el.parentElement! }), this.overlayLinks.node()!.append(el);
    }
    for (const id of ids) {
      const el = this.nodeEls.get(id);
      if (el) this.lifted.push({ el, home: el.parentElement! }), this.overlayNodes.node()!.append(el);
    }
  }

  private dropFromOverlay(): void {
    for (const { el, home } of this.lifted) home.append(el);
    this.lifted = [];
  }

  private restyle(d: TopologyData): void {
    restyleTopology(d, this.nodeEls, this.linkEls);
    this.svg.classed('connecting', d.connecting);
  }

  /** Zooms to show the whole plant. */
  fit(animate = true): void {
    const svgEl = this.svg.node()!;
    const { width, height } = svgEl.getBoundingClientRect();
    if (this.pos.size === 0 || width === 0) return;
    const xs = [...this.pos.values()].map((p) => p.x);
    const ys = [...this.pos.values()].map((p) => p.y);
    const [x0, x1, y0, y1] = [minOf(xs) - 60, maxOf(xs) + 60, minOf(ys) - 60, maxOf(ys) + 60];
    const k = Math.min(2, 0.95 * Math.min(width / (x1 - x0), height / (y1 - y0)));
    const t = zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
    const target = animate ? this.svg.transition().duration(400) : this.svg;
    (target as Selection<SVGSVGElement, unknown, null, undefined>).call(this.zoomBehavior.transform, t);
  }

  /** For tests and the benchmark: client coordinates of a node's centre. */
  clientPoint(id: string): { x: number; y: number } | null {
    const el = this.nodeEls.get(id);
    if (!el) return null;
    const r = el.querySelector('.body')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }

  /**
   * Removes what mount() added to the container — both SVGs, its listeners, the resize observer — so a
   * view mounted again there (React's StrictMode does) starts clean.
   */
  dispose(): void {
    this.resizeObserver?.disconnect();
    this.unlisten.abort();
    this.svg?.remove();
    if (this.overlay) select(this.overlay.node()!.ownerSVGElement).remove();
    this.nodeEls.clear();
    this.linkEls.clear();
  }
}
