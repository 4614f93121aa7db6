/**
 * What the topology draws when some groups are collapsed: every node not inside a collapsed
 * group, one node per outermost collapsed group (its heading switch, or a node of its own at
 * its members' centre for a `group` field group), and the links between what is drawn — links
 * inside a collapsed group vanish, parallel links into it merge into one carrying their keys.
 */
import { FORWARDING_TYPES, linkId, type Position } from '../../sim/api/index.ts';
import type { PlantGroup } from './plantHierarchy.ts';

export interface ViewNode {
  id: string;
  type: string;
  at: Position;
  /** set when this node stands for a collapsed group */
  collapsed: PlantGroup | null;
  /** set when this node heads a group that is open (it can be collapsed): its switch, or for a `group` field group one of its members */
  heads: PlantGroup | null;
}

export interface ViewLink {
  key: string;
  from: string;
  to: string;
  rate: string;
  /** the scenario's links it stands for (one, or the parallel links into a collapsed group) */
  members: string[];
}

export interface CollapsedView {
  nodes: ViewNode[];
  links: ViewLink[];
  /** a hidden node → the collapsed group's node that stands for it */
  repOf: Map<string, string>;
  /** a scenario link's key → the drawn link that stands for it (absent: inside a collapsed group) */
  viewKeyOf: Map<string, string>;
}

export interface ViewInput {
  nodes: readonly { id: string; type: string }[];
  links: readonly { id?: string; from: string; to: string; rate?: unknown }[];
}

/** `groups` parents before children (as plantHierarchy lists them). */
export function collapsedView(
  s: ViewInput,
  positions: ReadonlyMap<string, Position>,
  groups: readonly PlantGroup[],
  collapsed: ReadonlySet<string>,
): CollapsedView {
  const repOf = new Map<string, string>();
  const shown: PlantGroup[] = [];
  for (const g of groups) {
    if (!collapsed.has(g.id) || repOf.has(g.id)) continue;
    if (g.members.some((m) => repOf.has(m))) continue; // inside a collapsed group already
    shown.push(g);
    for (const m of g.members) repOf.set(m, g.id);
  }
  const heads = new Map(groups.map((g) => [g.id, g]));
  for (const [member, g] of openGroupHeads(s, groups, collapsed)) heads.set(member, g);
  const collapsedById = new Map(shown.map((g) => [g.id, g]));
  const nodes: ViewNode[] = [];
  for (const n of s.nodes) {
    if (repOf.has(n.id)) continue;
    const g = heads.get(n.id) ?? null;
    nodes.push({ id: n.id, type: n.type, at: positions.get(n.id) ?? [0, 0, 0], collapsed: collapsedById.get(n.id) ?? null, heads: g });
  }
  for (const g of shown) {
    if (!g.id.startsWith('group:')) continue;
    let [x, y] = [0, 0];
    for (const m of g.members) {
      const p = positions.get(m) ?? [0, 0, 0];
      x += p[0] / g.members.length;
      y += p[1] / g.members.length;
    }
    nodes.push({ id: g.id, type: 'group', at: [x, y, 0], collapsed: g, heads: g });
  }
  const links: ViewLink[] = [];
  const byPair = new Map<string, ViewLink>();
  const viewKeyOf = new Map<string, string>();
  for (const l of s.links) {
    const key = linkId(l);
    const a = repOf.get(l.from) ?? l.from;
    const b = repOf.get(l.to) ?? l.to;
    if (a === b) continue;
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const merged = a !== l.from || b !== l.to ? byPair.get(pair) : undefined;
    if (merged) {
      merged.members.push(key);
      viewKeyOf.set(key, merged.key);
      continue;
    }
    const v: ViewLink = { key, from: a, to: b, rate: String(l.rate), members: [key] };
    if (a !== l.from || b !== l.to) byPair.set(pair, v);
    links.push(v);
    viewKeyOf.set(key, key);
  }
  return { nodes, links, repOf, viewKeyOf };
}

/**
 * An open group of the `group` field has no node of its own: one of its members carries its
 * toggle so it can be closed again — the first switch whose innermost group it is, else the
 * first such member.
 */
function openGroupHeads(s: ViewInput, groups: readonly PlantGroup[], collapsed: ReadonlySet<string>): Map<string, PlantGroup> {
  const innermost = new Map<string, PlantGroup>(); // groups come parents first: the last one seen is the deepest
  for (const g of groups) if (g.id.startsWith('group:')) for (const m of g.members) innermost.set(m, g);
  const type = new Map(s.nodes.map((n) => [n.id, n.type]));
  const head = new Map<string, string>(); // group → its head member
  for (const [m, g] of innermost) {
    if (collapsed.has(g.id)) continue;
    const was = head.get(g.id);
    if (was === undefined || (!FORWARDING_TYPES.has(type.get(was) ?? '') && FORWARDING_TYPES.has(type.get(m) ?? ''))) head.set(g.id, m);
  }
  const byId = new Map(groups.map((g) => [g.id, g]));
  return new Map([...head].map(([g, m]) => [m, byId.get(g)!]));
}
