import type { Graph } from './topology.ts';

/**
 * The shortest route of each (from, to) pair, as `shortestRoute` finds it one pair at a time, with
 * one breadth-first search per distinct source instead of one per pair. The search is the same one
 * (ports in link order, end points do not forward), and a node's predecessor is fixed when it is
 * first reached, so stopping once every destination of the source is reached gives the same
 * routes, equal-cost ties included. The work arrays are allocated once and reused, the visited mark
 * being the search's number, so a search costs what it visits rather than the size of the graph.
 */
export function shortestRoutes(g: Graph, pairs: readonly (readonly [number, number])[]): (number[] | undefined)[] {
  const bySource = new Map<number, number[]>(); // source → indices of its pairs
  pairs.forEach(([from], i) => {
    const list = bySource.get(from);
    if (list) list.push(i);
    else bySource.set(from, [i]);
  });
  const seen = new Int32Array(g.nodeCount); // = the number of the search that reached the node
  const wanted = new Int32Array(g.nodeCount); // = the number of the search that looks for it
  const prevPort = new Int32Array(g.nodeCount);
  const prevNode = new Int32Array(g.nodeCount);
  const queue = new Int32Array(g.nodeCount);
  const routes: (number[] | undefined)[] = new Array(pairs.length).fill(undefined);
  let search = 0;
  for (const [from, indices] of bySource) {
    search++;
    let missing = 0;
    for (const i of indices) {
      const to = pairs[i][1];
      if (wanted[to] !== search && to !== from) missing++;
      wanted[to] = search;
    }
    seen[from] = search;
    queue[0] = from;
    for (let head = 0, tail = 1; head < tail && missing > 0; head++) {
      const n = queue[head];
      if (n !== from && !g.forwarding[n]) continue; // end points do not forward
      for (const [port, next] of g.out[n]) {
        if (seen[next] === search) continue;
        seen[next] = search;
        prevPort[next] = port;
        prevNode[next] = n;
        queue[tail++] = next;
        if (wanted[next] === search && --missing === 0) break;
      }
    }
    for (const i of indices) {
      const to = pairs[i][1];
      if (seen[to] !== search) continue;
      const route: number[] = [];
      for (let n = to; n !== from; n = prevNode[n]) route.push(prevPort[n]);
      routes[i] = route.reverse();
    }
  }
  return routes;
}
