/**
 * The plant's hierarchy for the views: groups that collapse into one node. From the nodes'
 * `group` field when the scenario has one (a path such as `area2/cell07`: every prefix is a
 * group), otherwise inferred from the switch tree: a switch and everything below it in a
 * breadth-first tree of the switches from the centre of each connected part (a cell switch and its
 * devices; an area switch and its cells). Linear in the size of the network.
 */
import { FORWARDING_TYPES } from '../../sim/api/index.ts';

export interface PlantGroup {
  /** the group's id: the switch that heads it (inferred) or `group:` + its path */
  id: string;
  label: string;
  /** the nodes it hides when collapsed (a switch-headed group does not hide its switch) */
  members: string[];
  /** the enclosing group, if any */
  parent: string | null;
  /** true when no other group is inside it (a cell) */
  leaf: boolean;
}

export interface HierarchyInput {
  nodes: readonly { id: string; type: string; group?: unknown }[];
  links: readonly { from: string; to: string }[];
}

export function plantHierarchy(s: HierarchyInput): PlantGroup[] {
  return s.nodes.some((n) => typeof n.group === 'string' && n.group !== '') ? fromGroupField(s) : fromSwitchTree(s);
}

function fromGroupField({ nodes }: HierarchyInput): PlantGroup[] {
  const groups = new Map<string, PlantGroup>();
  for (const n of nodes) {
    if (typeof n.group !== 'string' || n.group === '') continue;
    const parts = n.group.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('/');
      let g = groups.get(path);
      if (!g) {
        g = { id: `group:${path}`, label: path, members: [], parent: i > 1 ? `group:${parts.slice(0, i - 1).join('/')}` : null, leaf: true };
        groups.set(path, g);
      }
      g.members.push(n.id);
      if (i > 1) groups.get(parts.slice(0, i - 1).join('/'))!.leaf = false;
    }
  }
  return [...groups.values()];
}

function fromSwitchTree({ nodes, links }: HierarchyInput): PlantGroup[] {
  const adj = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const l of links) {
    const a = adj.get(l.from);
    const b = adj.get(l.to);
    if (a && b) a.push(l.to), b.push(l.from);
  }
  const hub = new Set(nodes.filter((n) => FORWARDING_TYPES.has(n.type)).map((n) => n.id));
  const parent = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  const order: string[] = [];
  for (const start of hub) {
    if (parent.has(start)) continue;
    const root = centre(start, hub, adj);
    parent.set(root, null);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      order.push(id);
      if (!hub.has(id)) continue; // a device is a leaf: the tree does not pass through end devices
      for (const m of adj.get(id)!) {
        if (parent.has(m)) continue;
        parent.set(m, id);
        if (!children.has(id)) children.set(id, []);
        children.get(id)!.push(m);
        queue.push(m);
      }
    }
  }
  const below = new Map<string, string[]>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i];
    if (!hub.has(id)) continue;
    const list: string[] = [];
    for (const c of children.get(id) ?? []) list.push(c, ...(below.get(c) ?? []));
    below.set(id, list);
  }
  const groups: PlantGroup[] = [];
  for (const id of order) {
    const members = below.get(id);
    if (!members || members.length < 2 || parent.get(id) === null) continue; // a root is the plant itself
    const leaf = !(children.get(id) ?? []).some((c) => (below.get(c)?.length ?? 0) >= 2);
    let up = parent.get(id) ?? null;
    if (up !== null && parent.get(up) === null) up = null;
    groups.push({ id, label: id, members, parent: up, leaf });
  }
  return groups;
}

/** The middle of a longest switch-to-switch path from `start` (two breadth-first passes): the core of a tree of switches. */
function centre(start: string, hub: Set<string>, adj: Map<string, string[]>): string {
  const far = (from: string) => {
    const back = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) for (const m of adj.get(queue[i])!) if (hub.has(m) && !back.has(m)) back.set(m, queue[i]), queue.push(m);
    return { end: queue[queue.length - 1], back };
  };
  const { end: a } = far(start);
  const { end: b, back } = far(a);
  const path = [b];
  for (let p = back.get(b); p; p = back.get(p)) path.push(p);
  return path[Math.floor(path.length / 2)];
}
