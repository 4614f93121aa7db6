/** Element types of the scenario as written (strings with units), read off the core's schema type. */
import type { ScenarioJson } from '../../sim/api/index.ts';

export type NodeJson = ScenarioJson['nodes'][number];
export type LinkJson = ScenarioJson['links'][number];
export type FlowJson = ScenarioJson['flows'][number];
export type NodeType = NodeJson['type'];
export type Vec3 = [number, number, number];

/** The key the core gives a link: its `id`, or `from-to`. */
export function linkKey(l: Pick<LinkJson, 'id' | 'from' | 'to'>): string {
  return l.id ?? `${l.from}-${l.to}`;
}
