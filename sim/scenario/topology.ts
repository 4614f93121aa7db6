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
 * A second route from `from` to `to` sharing no link and no intermediate node with `primary`,
 * or undefined. Where an end point has a single link, that link (and the switch behind it)
 * is shared: the copies split and merge there, as an 802.1CB relay would replicate.
 */
export function disjointRoute(g: Graph, from: number, to: number, primary: readonly number[], portNodes: (port: number) => [number, number]): number[] | undefined {
  const shareFirst = g.out[from].length === 1 && primary.length > 1;
  const shareLast = g.out[to].length === 1 && primary.length > 1;
  const inner = primary.slice(shareFirst ? 1 : 0, shareLast ? primary.length - 1 : primary.length);
  const bannedLinks = new Set(inner.map((p) => p >> 1));
  const start = shareFirst ? portNodes(primary[0])[1] : from;
  const end = shareLast ? portNodes(primary[primary.length - 1])[0] : to;
  const bannedNodes = new Set(inner.map((p) => portNodes(p)[1]).filter((n) => n !== end && n !== to));
  const out = g.out.map((ports, n) => (bannedNodes.has(n) ? [] : ports.filter(([p, next]) => !bannedLinks.has(p >> 1) && !bannedNodes.has(next))));
  const middle = shortestRoute({ ...g, out }, start, end);
  if (!middle || middle.length === 0) return undefined;
  return [...(shareFirst ? [primary[0]] : []), ...middle, ...(shareLast ? [primary[primary.length - 1]] : [])];
}
