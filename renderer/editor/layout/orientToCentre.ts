/**
 * Points each link towards the network's centre (cells to their area, areas to the core), whatever way
 * round the file wrote them, so the layered layout puts the core in the last layer and the devices in the
 * first ones (drawn right to left: the core on the left). The centre of each
 * connected part is the node of least eccentricity among its 64 best-connected nodes; a link between two
 * nodes as far from it (a ring's far side) keeps its direction. Linear in the graph, times 64.
 */
const CANDIDATES = 64;

export function orientToCentre<L extends { from: string; to: string }>(ids: readonly string[], links: readonly L[]): L[] {
  const adj = adjacency(ids, links);
  const depth = new Map<string, number>();
  const byDegree = [...ids].sort((a, b) => adj.get(b)!.length - adj.get(a)!.length);
  for (const start of byDegree) {
    if (depth.has(start)) continue;
    const part = [...bfs(start, adj).keys()];
    const inPart = new Set(part);
    let best = start;
    let bestEcc = Number.POSITIVE_INFINITY;
    for (const c of byDegree.filter((id) => inPart.has(id)).slice(0, CANDIDATES)) {
      const ecc = Math.max(...bfs(c, adj).values());
      if (ecc < bestEcc) [best, bestEcc] = [c, ecc];
    }
    for (const [id, d] of bfs(best, adj)) depth.set(id, d);
  }
  return links.map((l) => ((depth.get(l.from) ?? 0) < (depth.get(l.to) ?? 0) ? { ...l, from: l.to, to: l.from } : l));
}

/**
 * Points each link towards `root` (the end nearer to it in hops is the target); a link between two nodes
 * as far from it, or out of its reach, keeps its direction.
 */
export function orientTowards<L extends { from: string; to: string }>(root: string, ids: readonly string[], links: readonly L[]): L[] {
  const adj = adjacency(ids, links);
  const depth = bfs(root, adj);
  const far = Number.POSITIVE_INFINITY;
  return links.map((l) => ((depth.get(l.from) ?? far) < (depth.get(l.to) ?? far) ? { ...l, from: l.to, to: l.from } : l));
}

function adjacency(ids: readonly string[], links: readonly { from: string; to: string }[]): Map<string, string[]> {
  const adj = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const l of links) {
    adj.get(l.from)?.push(l.to);
    adj.get(l.to)?.push(l.from);
  }
  return adj;
}

function bfs(start: string, adj: ReadonlyMap<string, string[]>): Map<string, number> {
  const d = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i];
    for (const next of adj.get(here) ?? [])
      if (!d.has(next)) {
        d.set(next, d.get(here)! + 1);
        queue.push(next);
      }
  }
  return d;
}
