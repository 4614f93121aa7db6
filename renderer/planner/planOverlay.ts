/**
 * What the topology and 3D views mark for a plan: the elements it changes that exist in the
 * scenario on screen, and — while that is still the as-is scenario — "ghosts" of what it would
 * add (an edge server, a link), drawn where the upgraded scenario puts them.
 */
import { linkId, type Position, type ScenarioJson } from '../../sim/api/index.ts';
import type { Change, ScenarioChanges } from '../model/scenarioChanges.ts';

export interface GhostNode {
  id: string;
  type: string;
  position: Position;
  note: string;
}

export interface GhostLink {
  key: string;
  from: string;
  to: string;
  note: string;
}

export interface PlanOverlay {
  nodes: Map<string, Change>;
  links: Map<string, Change>;
  flows: Map<string, Change>;
  ghosts: { nodes: GhostNode[]; links: GhostLink[] };
}

export function planOverlay(
  shown: ScenarioJson,
  changes: ScenarioChanges,
  upgraded: ScenarioJson | null,
  positionOf: (id: string) => Position | undefined,
): PlanOverlay {
  const nodeIds = new Set(shown.nodes.map((n) => n.id));
  const linkKeys = new Set(shown.links.map(linkId));
  const flowIds = new Set(shown.flows.map((f) => f.id));
  const out: PlanOverlay = {
    nodes: new Map(changes.nodes.filter((c) => nodeIds.has(c.id)).map((c) => [c.id, c])),
    links: new Map(changes.links.filter((c) => linkKeys.has(c.id)).map((c) => [c.id, c])),
    flows: new Map(changes.flows.filter((c) => flowIds.has(c.id)).map((c) => [c.id, c])),
    ghosts: { nodes: [], links: [] },
  };
  if (!upgraded) return out;
  for (const c of changes.nodes) {
    if (c.kind !== 'added' || nodeIds.has(c.id)) continue;
    const n = upgraded.nodes.find((x) => x.id === c.id);
    if (!n) continue;
    // its own position, or next to the node it is linked to
    const link = upgraded.links.find((l) => (l.from === c.id && nodeIds.has(l.to)) || (l.to === c.id && nodeIds.has(l.from)));
    const anchor = link ? positionOf(link.from === c.id ? link.to : link.from) : undefined;
    const position = (n.position as Position | undefined) ?? (anchor ? ([anchor[0], anchor[1] - 3, anchor[2]] as Position) : undefined);
    if (position) out.ghosts.nodes.push({ id: c.id, type: n.type, position, note: c.note });
  }
  const ghostIds = new Set(out.ghosts.nodes.map((g) => g.id));
  for (const c of changes.links) {
    if (c.kind !== 'added' || linkKeys.has(c.id)) continue;
    const known = (id: string) => nodeIds.has(id) || ghostIds.has(id);
    if (known(c.from) && known(c.to)) out.ghosts.links.push({ key: c.id, from: c.from, to: c.to, note: c.note });
  }
  return out;
}

export const overlayIsEmpty = (o: PlanOverlay): boolean => o.nodes.size + o.links.size + o.flows.size + o.ghosts.nodes.length + o.ghosts.links.length === 0;
