import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../node/readScenarioFile.ts';
import { makePlant } from '../../scripts/make-plant.ts';
import { loadScenario } from './load.ts';
import type { Model } from './model.ts';
import { shortestRoutes } from './shortestRoutes.ts';
import { buildGraph, shortestRoute } from './topology.ts';

// The reference is `shortestRoute`, the search of one pair at a time that compile used before.

/** A graph of `n` nodes and links drawn from a small deterministic generator (many equal-cost paths, parallel links). */
function randomGraph(n: number, links: number, seed: number) {
  let x = seed;
  const next = (k: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % k;
  };
  const forwarding = Array.from({ length: n }, () => next(3) > 0);
  const list = Array.from({ length: links }, () => ({ from: next(n), to: next(n) })).filter((l) => l.from !== l.to);
  return buildGraph(n, forwarding, list);
}

const allPairs = (n: number) => Array.from({ length: n * n }, (_, i) => [Math.floor(i / n), i % n] as const);

describe('shortestRoutes', () => {
  it('breaks equal-cost ties as the search of one pair does: by the order links are declared', () => {
    // two equal paths from A (0) to B (3): over S1 (1) and over S2 (2); A's link to S2 is declared first
    const g = buildGraph(
      4,
      [false, true, true, false],
      [
        { from: 0, to: 2 },
        { from: 0, to: 1 },
        { from: 1, to: 3 },
        { from: 2, to: 3 },
      ],
    );
    expect(shortestRoutes(g, [[0, 3]])).toEqual([[0, 6]]); // port 2·link: A → S2 (link 0), S2 → B (link 3)
    expect(shortestRoutes(g, [[0, 3]])).toEqual([shortestRoute(g, 0, 3)]);
  });

  it('gives every pair the route of the search of one pair, on graphs full of ties, end points and unreachable nodes', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 5 + (seed % 25);
      const g = randomGraph(n, n + (seed % 3) * n, seed);
      const pairs = allPairs(n);
      const reference = pairs.map(([from, to]) => shortestRoute(g, from, to));
      expect(shortestRoutes(g, pairs), `seed ${seed}`).toEqual(reference);
      // and in another order, sources interleaved: the reused work arrays carry nothing from one search to the next
      const reversed = [...pairs].reverse();
      expect(shortestRoutes(g, reversed), `seed ${seed}, reversed`).toEqual([...reference].reverse());
    }
  });

  it('compiles the routes the search of one pair finds, on the scenarios and a generated plant', () => {
    /** every flow of `m` that `scenario` gives no path (nor redundant paths) takes the reference's route; so does every response */
    const check = (scenario: unknown, m: Model, name: string) => {
      const flows = (scenario as { flows: { id: string; path?: unknown; frer?: unknown }[] }).flows;
      const written = new Set(flows.filter((f) => f.path || f.frer).map((f) => f.id));
      const g = buildGraph(
        m.nodes.length,
        m.nodes.map((n) => n.forwarding),
        m.links,
      );
      for (const f of m.flows) {
        // a pipeline flow's messages take its legs (its route is the first that crosses the network): each leg is a shortest route
        const ends = (k: number, end: number) => (k < 0 ? end : f.pipeline!.stages[k].at);
        for (const l of f.pipeline?.legs ?? [])
          if (l.route.length > 0) expect(l.route, `${name}: ${f.id}'s legs`).toEqual(shortestRoute(g, ends(l.from, f.from), ends(l.to, f.to)));
        if (f.pipeline) continue;
        if (!written.has(f.id)) expect(f.route, `${name}: ${f.id}`).toEqual(shortestRoute(g, f.from, f.to));
        if (f.response) expect(f.response.route, `${name}: ${f.id}'s response`).toEqual(shortestRoute(g, f.to, f.response.to));
      }
      return m.flows.length - written.size;
    };
    // (scenarios/plants, 3,000 and 10,000 nodes, would take the reference many seconds: the fingerprints check them)
    const folders = ['scenarios/reference', 'scenarios/examples', 'scenarios/industry'];
    let compared = 0;
    for (const folder of folders)
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
        const { scenario, files } = readScenarioFile(`${folder}/${file}`);
        compared += check(scenario, loadScenario(scenario, files), file);
      }
    const plant = makePlant({ devices: 600 });
    compared += check(plant, loadScenario(plant), 'make-plant --devices 600');
    expect(compared).toBeGreaterThan(1_000);
  });
});
