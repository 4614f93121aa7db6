/**
 * The graph of a scenario: adjacency of directed ports, and shortest-path routing by hop
 * count (ties broken by the order links are declared), through forwarding nodes only.
 */
export interface Graph {
  nodeCount: number;
  forwarding: readonly boolean[];
  /** for each node, its egress ports in link order: [port index, neighbour] */
  out: [number, number][][];
}

export function buildGraph(nodeCount: number, forwarding: readonly boolean[], links: readonly { from: number; to: number }[]): Graph {
  const out: [number, number][][] = Array.from({ length: nodeCount }, () => []);
  links.forEach((l, i) => {
    out[l.from].push([2 * i, l.to]);
    out[l.to].push([2 * i + 1, l.from]);
  });
  return { nodeCount, forwarding, out };
}

/** Shortest route as a list of ports, or undefined when none exists. */
export function shortestRoute(g: Graph, from: number, to: number): number[] | undefined {
  const prevPort = new Int32Array(g.nodeCount).fill(-1);
  const prevNode = new Int32Array(g.nodeCount).fill(-1);
  const seen = new Uint8Array(g.nodeCount);
  const queue = [from];
  seen[from] = 1;
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi];
    if (n === to) break;
    if (n !== from && !g.forwarding[n]) continue; // end points do not forward
    for (const [port, next] of g.out[n]) {
      if (seen[next]) continue;
      seen[next] = 1;
      prevPort[next] = port;
      prevNode[next] = n;
      queue.push(next);
    }
  }
  if (!seen[to]) return undefined;
  const route: number[] = [];
  for (let n = to; n !== from; n = prevNode[n]) route.push(prevPort[n]);
  return route.reverse();
}

/** The port from `a` to `b` (the first declared link between them), or undefined. */
export function portBetween(g: Graph, a: number, b: number): number | undefined {
  for (const [port, next] of g.out[a]) if (next === b) return port;
  return undefined;
}

/**
 * A second route from `from` to where `primary` ends, sharing with it as little as it can: a common
 * prefix (the copies split at its end, as an 802.1CB relay replicates), a disjoint middle (no
 * link and no intermediate node in common), a common suffix (where the copies are merged).
 * Shorter shared parts first; undefined when even one shared link at each end is not enough.
 */
export function disjointRoute(g: Graph, from: number, primary: readonly number[], portNodes: (port: number) => [number, number]): number[] | undefined {
  const L = primary.length;
  const nodeAt = (k: number) => (k === 0 ? from : portNodes(primary[k - 1])[1]); // node after k ports
  for (let shared = 0; shared <= L - 1; shared++) {
    for (let a = 0; a <= shared; a++) {
      const b = shared - a; // a + b ≤ L − 1: at least one port of the primary is not shared
      const segment = primary.slice(a, L - b);
      const start = nodeAt(a);
      const end = nodeAt(L - b);
      const bannedLinks = new Set(segment.map((p) => p >> 1));
      const bannedNodes = new Set(segment.slice(0, -1).map((p) => portNodes(p)[1]));
      const out = g.out.map((ports, n) => (bannedNodes.has(n) ? [] : ports.filter(([p, next]) => !bannedLinks.has(p >> 1) && !bannedNodes.has(next))));
      const middle = shortestRoute({ ...g, out }, start, end);
      if (middle && middle.length > 0) return [...primary.slice(0, a), ...middle, ...primary.slice(L - b)];
    }
  }
  return undefined;
}
