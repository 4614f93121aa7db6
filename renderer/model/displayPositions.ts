/**
 * Where each node is drawn: its `position` when it has one (metres on the floor); a layout
 * for nodes without one. Layout positions are not written to the scenario (they would change
 * link delays) until the user asks for "Auto layout" or drags the node. Only what can be
 * drawn is placed (drawableScenario); a position that is not a point is laid out like a missing one.
 */
import type { Position, ScenarioJson } from '../../sim/api/index.ts';
import { autoLayout } from './autoLayout.ts';
import { drawableScenario, isPoint } from './drawableScenario.ts';

let cache: { nodes: unknown; links: unknown; out: Map<string, Position> } | null = null;

export function displayPositions(scenario: ScenarioJson): Map<string, Position> {
  if (cache && cache.nodes === scenario.nodes && cache.links === scenario.links) return cache.out;
  const s = drawableScenario(scenario);
  const out = new Map<string, Position>();
  const missing = s.nodes.filter((n) => !isPoint(n.position));
  for (const n of s.nodes) if (isPoint(n.position)) out.set(n.id, n.position);
  if (missing.length > 0) {
    if (missing.length === s.nodes.length) for (const [id, p] of autoLayout(s)) out.set(id, p);
    else {
      // near a placed neighbour, fanned out so they do not overlap
      const fan = new Map<string, number>();
      for (const n of missing) {
        const l = s.links.find((k) => (k.from === n.id && out.has(k.to)) || (k.to === n.id && out.has(k.from)));
        const anchor = l ? out.get(l.from === n.id ? l.to : l.from)! : ([0, 0, 0] as Position);
        const key = l ? (l.from === n.id ? l.to : l.from) : '';
        const k = fan.get(key) ?? 0;
        fan.set(key, k + 1);
        const angle = (k * 2.39996) % (2 * Math.PI);
        out.set(n.id, [anchor[0] + Math.cos(angle) * (3 + k * 0.2), anchor[1] + Math.sin(angle) * (3 + k * 0.2), 0]);
      }
    }
  }
  cache = { nodes: scenario.nodes, links: scenario.links, out };
  return out;
}
