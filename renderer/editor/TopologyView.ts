/**
 * The topology editor's drawing (d3, outside React: mount / update / dispose). Nodes the scenario
 * places sit at their floor positions (metres × SCALE), the others where ELK's layered layout puts
 * them, with links routed around devices (layout/placeView.ts); pan and zoom with the wheel or by
 * dragging the background, Shift+drag for a selection rectangle, drag nodes (nodeDrag.ts), drop
 * device types from the palette. It draws the plant's collapsed view (collapsedView.ts): a
 * collapsed group is one node, with a toggle to open it in place. Level of detail by zoom: names,
 * then glyphs, then dots. The busiest links are drawn last, on top.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { CollapsedView, ViewNode } from '../model/collapsedView.ts';
import { deviceInfo } from '../model/deviceTypes.ts';
import type { PlantGroup } from '../model/plantHierarchy.ts';
import { appendNodeGlyph, NH, NW } from './appendNodeGlyph.ts';
import { drawLinks, type LinkDatum, placeLink } from './drawLinks.ts';
import { drawPlanGhosts } from './drawPlanGhosts.ts';
import { takeFitRequest } from './fitRequest.ts';
import { fitTransform } from './fitTransform.ts';
import { installDrop } from './installDrop.ts';
import { installMarquee } from './installMarquee.ts';
import type { Pt } from './layout/linksThroughNodes.ts';
import { placeView } from './layout/placeView.ts';
import { anchorPoint, type GroupAnchor, holdGroup, revealShift } from './groupAnchor.ts';
import { type DragHost, nodeDrag } from './nodeDrag.ts';
import type { TopologyData, TopologyEvents } from './TopologyData.ts';
import { restyleGroups } from './restyleGroups.ts';
import { restyleTopology } from './restyleTopology.ts';
import type { Position } from '../../sim/api/index.ts';
import { RecentSamples } from '../perf/RecentSamples.ts';

export const SCALE = 40; // px per metre at zoom 1
/** below these zoom factors names, then glyphs give way (level of detail) */
const NAMES_FROM = 0.45;
const GLYPHS_FROM = 0.15;

interface NodeDatum {
  id: string;
  type: string;
  x: number;
  y: number;
  node: ViewNode;
}

export class TopologyView implements DragHost {
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
  data: TopologyData | null = null;
  pos = new Map<string, Pt>();
  private nodeEls = new Map<string, SVGGElement>();
  private linkEls = new Map<string, SVGGElement>();
  linksOf = new Map<string, LinkDatum[]>();
  readonly scale = SCALE;
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
        // the wheel zooms anywhere (a large plant's overview is mostly collapsed groups); a drag on a node moves it instead of panning
        return e.type === 'wheel' || (!me.shiftKey && !me.button && !(e.target as Element).closest?.('.node'));
      })
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (e.sourceEvent) this.userZoomed = true;
        this.transform = e.transform;
        this.root.attr('transform', e.transform.toString());
        this.overlay.attr('transform', e.transform.toString());
        this.scaleGroups(e.transform.k);
        for (const el of [this.svg.node()!, this.overlay.node()!.ownerSVGElement!]) {
          el.classList.toggle('zoomed-out', e.transform.k < NAMES_FROM);
          el.classList.toggle('far', e.transform.k < GLYPHS_FROM);
        }
      });
    this.svg.call(this.zoomBehavior).on('dblclick.zoom', null);
    this.svg.on('click', (e: MouseEvent) => {
      if (this.suppressClick) return void (this.suppressClick = false);
      if (e.target === this.svg.node() || (e.target as Element).closest('.grid')) this.events.onBackground();
    });
    installMarquee(
      this.svg,
      this.marquee,
      () => this.transform,
      (x0, x1, y0, y1) => this.selectInRect(x0, x1, y0, y1),
    );
    installDrop(
      container,
      () => this.svg.node()!,
      () => this.transform,
      (type, x, y) => this.events.onDropDevice(type, [x / SCALE, y / SCALE, 0]),
      this.unlisten.signal,
    );
    // keep the whole plant in view as the panel resizes, until the user zooms or pans
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.userZoomed && this.fitted) this.fit(false);
    });
    this.resizeObserver.observe(container);
  }

  /** Shift+drag's rectangle selects the drawn nodes inside it (a collapsed group: what it holds) and the links between them. */
  private selectInRect(x0: number, x1: number, y0: number, y1: number): void {
    this.suppressClick = true;
    const drawn = [...this.pos].filter(([, p]) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1).map(([id]) => id);
    const set = new Set(drawn);
    const inside = drawn.filter((id) => !id.startsWith('group:'));
    for (const n of this.data?.view.nodes ?? []) if (n.collapsed && set.has(n.id)) inside.push(...n.collapsed.members);
    const links = (this.data?.view.links ?? []).filter((l) => set.has(l.from) && set.has(l.to)).flatMap((l) => l.members);
    this.events.onSelect({ nodes: inside, links }, true);
  }

  /** The floor point at the centre of the view (where a clicked palette item lands). */
  centre(): Position {
    const r = this.svg.node()!.getBoundingClientRect();
    const [x, y] = this.transform.invert([r.width / 2, r.height / 2]);
    return [x / SCALE, y / SCALE, 0];
  }

  update(data: TopologyData): void {
    const structureChanged = !this.data || this.data.view !== data.view || this.data.layout !== data.layout || this.data.pinned !== data.pinned;
    const planChanged = structureChanged || this.data?.plan !== data.plan;
    this.data = data;
    if (structureChanged) {
      this.rebuild(data);
      this.keepInPlace(data);
    }
    const ghosts = { scale: SCALE, size: { w: NW, h: NH }, laidOut: data.layout !== null, repOf: data.view.repOf };
    if (planChanged) drawPlanGhosts(this.ghostLayer, data.plan, this.pos, ghosts);
    this.restyle(data);
    if (this.pendingFly && this.pos.has(this.pendingFly)) this.flyToWhenDrawn(this.pendingFly);
    if ((takeFitRequest() || !this.fitted) && data.scenario.nodes.length > 0) {
      this.fitted = true;
      this.fit(false);
    }
  }

  private rebuild(data: TopologyData): void {
    const view: CollapsedView = data.view;
    this.collapsedIds = view.nodes.filter((n) => n.collapsed).map((n) => n.id);
    this.collapsedSet = new Set(this.collapsedIds);
    this.groupScale = this.groupScaleAt(this.transform.k);
    this.stackedFor = null;
    const placed = placeView(view, data.pinned, data.layout, SCALE);
    this.pos = placed.pos;
    const nodes: NodeDatum[] = view.nodes.map((n) => ({ id: n.id, type: n.type, ...this.pos.get(n.id)!, node: n }));
    const kind = new Map(view.nodes.map((n) => [n.id, n.collapsed ? 'network' : deviceInfo(n.type).group]));
    const backbone = (id: string) => kind.get(id) === 'network' || kind.get(id) === 'compute';
    const few = view.links.length <= 12;
    const links: LinkDatum[] = view.links.map((l) => ({
      key: l.key,
      from: l.from,
      to: l.to,
      rate: l.members.length > 1 ? `${l.members.length} × ${l.rate}` : l.rate,
      rateBps: data.rates.get(l.key) ?? 1e9,
      labelled: few || (backbone(l.from) && backbone(l.to)),
      members: l.members,
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
    this.linkEls = drawLinks(this.linkLayer, links, (e, d) => {
      e.stopPropagation();
      self.events.onSelect({ links: d.members, nodes: [] }, e.shiftKey || e.ctrlKey || e.metaKey);
    });
    for (const [key, el] of this.linkEls) placeLink(el, placed.routes.get(key) ?? []);

    const nodeSel = this.nodeLayer
      .selectAll<SVGGElement, NodeDatum>('g.node')
      .data(nodes, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'node');
        appendNodeGlyph(g);
        return g;
      })
      .attr('data-id', (d) => d.id)
      .attr('transform', (d) => this.nodeTransform(d.id, d))
      .on('click', (e: MouseEvent, d) => {
        e.stopPropagation();
        self.events.onNodeClick(d.id, e.shiftKey || e.ctrlKey || e.metaKey);
      });
    nodeSel.select<SVGRectElement>('.body').attr('fill', (d) => deviceInfo(d.type).color);
    nodeSel.select('.glyph').text((d) => deviceInfo(d.type).glyph);
    nodeSel.select('.label').text((d) => (d.node.collapsed ? d.node.collapsed.label : d.id));
    nodeSel.attr('aria-label', (d) => (d.node.collapsed ? `group ${d.node.collapsed.label}, collapsed` : `${deviceInfo(d.type).label} ${d.id}`));
    nodeSel.classed('group-head', (d) => d.node.heads !== null).classed('collapsed', (d) => d.node.collapsed !== null);
    nodeSel.attr('data-group', (d) => d.node.heads?.id ?? null);
    nodeSel
      .select('.group-toggle')
      .on('click', (e: MouseEvent, d) => {
        e.stopPropagation();
        if (!d.node.heads) return;
        self.holdInPlace(d.id, d.node.heads);
        self.events.onToggleGroup(d.node.heads.id);
      })
      .select('text')
      .text((d) => (d.node.collapsed ? '+' : '−'));
    this.nodeEls = new Map();
    nodeSel.each(function (d) {
      self.nodeEls.set(d.id, this);
    });
    nodeSel.call(nodeDrag<NodeDatum>(this));
  }

  /** collapsed groups keep their size on screen as the view zooms out (so the plant's overview stays readable) */
  private groupScale = 1;
  private collapsedIds: string[] = [];
  private collapsedSet = new Set<string>();

  private nodeTransform(id: string, p: { x: number; y: number }): string {
    const s = this.collapsedSet.has(id) ? this.groupScale : 1;
    return s === 1 ? `translate(${p.x},${p.y})` : `translate(${p.x},${p.y}) scale(${s})`;
  }

  /** on the floor plan, groups grow as the view zooms out; laid out, a group keeps the box ELK made room for */
  private groupScaleAt(k: number): number {
    return this.data?.layout ? 1 : Math.min(24, Math.max(1, 1 / k));
  }

  private scaleGroups(k: number): void {
    const s = this.groupScaleAt(k);
    if (s === this.groupScale) return;
    this.groupScale = s;
    for (const id of this.collapsedIds) {
      const p = this.pos.get(id);
      if (p) this.nodeEls.get(id)?.setAttribute('transform', this.nodeTransform(id, p));
    }
  }

  placeNode(id: string): void {
    const p = this.pos.get(id);
    if (p) this.nodeEls.get(id)?.setAttribute('transform', this.nodeTransform(id, p));
  }

  straighten(l: LinkDatum): void {
    const el = this.linkEls.get(l.key);
    const a = this.pos.get(l.from);
    const b = this.pos.get(l.to);
    if (!el || !a || !b) return;
    placeLink(el, [a, b]);
  }

  unmove(): void {
    if (!this.data) return;
    this.rebuild(this.data);
    this.restyle(this.data);
  }

  onMove(moves: Map<string, Position>): void {
    this.events.onMove(moves);
  }

  setDragging(on: boolean): void {
    this.svg.classed('dragging', on);
  }

  private lifted: { el: Element; home: Element }[] = [];

  lift(ids: string[]): void {
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

  drop(): void {
    for (const { el, home } of this.lifted) home.append(el);
    this.lifted = [];
  }

  private restyle(d: TopologyData): void {
    restyleTopology(d, this.nodeEls, this.linkEls);
    restyleGroups(d.view, d.aggregates, this.nodeEls);
    this.svg.classed('connecting', d.connecting);
    if (d.utilization !== this.stackedFor) this.stackLinks(d.utilization);
  }

  private stackedFor: Map<string, number> | null = null;

  /** The busiest links are drawn last, so a loaded link is never hidden under a quiet one. */
  private stackLinks(u: Map<string, number> | null): void {
    this.stackedFor = u;
    if (!u) return;
    const order = [...this.linkEls].map(([k, el]) => ({ el, u: u.get(k) ?? -1 })).sort((a, b) => a.u - b.u);
    const layer = this.linkLayer.node()!;
    for (const { el } of order) layer.append(el);
  }

  /** a group being opened or closed (groupAnchor.ts) */
  private anchor: GroupAnchor | null = null;

  private holdInPlace(id: string, group: PlantGroup): void {
    const p = this.pos.get(id);
    if (p && this.data) this.anchor = holdGroup(this.pos, this.data.view, id, group, this.transform.apply([p.x, p.y]));
  }

  /** Once the opened (or closed) group is drawn, moves the view so that it is where it was on screen, unless the rest stayed put. */
  private keepInPlace(data: TopologyData): void {
    const a = this.anchor;
    if (!a || a.view === data.view) return;
    this.anchor = null;
    const p = anchorPoint(a, this.pos);
    const k = this.transform.k;
    if (p) return void this.svg.call(this.zoomBehavior.transform, zoomIdentity.translate(a.screen[0] - k * p.x, a.screen[1] - k * p.y).scale(k));
    const shown = a.group.members.flatMap((m) => this.pos.get(m) ?? []).map((q) => this.transform.apply([q.x, q.y]));
    const { width, height } = this.svg.node()!.getBoundingClientRect();
    const [dx, dy] = revealShift(shown, NW * k, width, height);
    if (dx || dy) this.svg.call(this.zoomBehavior.transform, zoomIdentity.translate(this.transform.x + dx, this.transform.y + dy).scale(k));
  }

  private pendingFly: string | null = null;

  /** Flies to a node now if it is drawn, else as soon as an update draws it (a group opening). */
  flyToWhenDrawn(id: string): void {
    this.pendingFly = this.flyTo(id) ? null : id;
  }

  /** Centres the view on a node at the working zoom (names readable) and returns whether it is drawn. */
  flyTo(id: string): boolean {
    const p = this.pos.get(id);
    const svgEl = this.svg.node()!;
    const { width, height } = svgEl.getBoundingClientRect();
    if (!p || width === 0) return false;
    const k = this.transform.k >= 1.2 && this.transform.k <= 3 ? this.transform.k : 1.2; // the working zoom: names readable
    const t = zoomIdentity.translate(width / 2 - k * p.x, height / 2 - k * p.y).scale(k);
    this.userZoomed = true;
    this.svg.transition().duration(500).call(this.zoomBehavior.transform, t);
    return true;
  }

  /** Zooms to show the whole plant. */
  fit(animate = true): void {
    const svgEl = this.svg.node()!;
    const { width, height } = svgEl.getBoundingClientRect();
    if (this.pos.size === 0 || width === 0) return;
    const t = fitTransform(this.pos.values(), width, height);
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
