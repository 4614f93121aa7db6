/**
 * The topology's layered layout (ELK, https://eclipse.dev/elk/): the drawn graph (collapsed groups as one
 * node) in columns, the core on the left and the devices on the right (links point towards the core,
 * layoutGraph.ts), routed orthogonally between the columns so that none is drawn through a device it
 * does not touch; names under the boxes never meet a link, which leaves a box by its sides. A column holds
 * at most about 1.6 √n nodes (Coffman–Graham layering), so a plant of 200 cells is a block, not a strip. Names sit under the boxes, as ELK labels, so
 * the layout keeps room for them. Coordinates are the view's pixels; the result is each node's centre and
 * each link's polyline (its ends on the boxes' sides).
 */
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api.js';

export interface LayoutGraph {
  nodes: readonly { id: string; width: number; height: number; label: { width: number; height: number } }[];
  /** `key` is the drawn link's key; parallel links are one drawn link already (collapsedView) */
  links: readonly { key: string; from: string; to: string }[];
}

export interface TopologyLayout {
  /** node id → the centre of its box */
  at: Map<string, ElkPoint>;
  /** link key → the polyline from one box's side to the other's */
  routes: Map<string, ElkPoint[]>;
}

/** What elkjs's `ELK` offers (in a worker in the app, in process in tests). */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

export function layoutOptions(n: number): Record<string, string> {
  return {
    'elk.algorithm': 'layered',
    'elk.direction': 'LEFT',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.layering.strategy': 'COFFMAN_GRAHAM',
    'elk.layered.layering.coffmanGraham.layerBound': String(Math.max(6, Math.round(1.6 * Math.sqrt(n)))),
    'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.nodeLabels.placement': 'OUTSIDE V_BOTTOM H_CENTER',
    'elk.spacing.nodeNode': '20',
    'elk.layered.spacing.nodeNodeBetweenLayers': '48',
    // 12 px between wires: each link's 12 px click target stays its own
    'elk.spacing.edgeNode': '12',
    'elk.spacing.edgeEdge': '12',
    'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
    'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  };
}

export async function elkLayout(g: LayoutGraph, elk: ElkLike): Promise<TopologyLayout> {
  const ids = new Set(g.nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'topology',
    layoutOptions: layoutOptions(g.nodes.length),
    children: g.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height, labels: [{ text: n.id, ...n.label }] })),
    // a link whose end is not drawn (a file with problems) is left out, as the view leaves it out
    edges: g.links.filter((l) => ids.has(l.from) && ids.has(l.to) && l.from !== l.to).map((l) => ({ id: l.key, sources: [l.from], targets: [l.to] })),
  };
  const out = await elk.layout(graph);
  const at = new Map<string, ElkPoint>();
  for (const c of out.children ?? []) at.set(c.id, { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 });
  const routes = new Map<string, ElkPoint[]>();
  for (const e of (out.edges ?? []) as ElkExtendedEdge[]) {
    const s = e.sections?.[0];
    if (s && e.id) routes.set(e.id, [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
  }
  return { at, routes };
}
