/**
 * The flows a large plant's quick runs screen candidates on: those that fail and those sharing
 * a port with them (the rest of the plant is most of its work and none of its failures).
 */
import type { Model } from '../scenario/model.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

/** The flows that fail and every flow whose request or response route shares a port with one of them. */
export function flowsNear(model: Model, failing: readonly string[]): Set<string> {
  const routes = (f: Model['flows'][number]) => [...f.route, ...(f.response?.route ?? []), ...(f.frer ?? []).flat()];
  const ids = new Set(failing);
  const ports = new Set(model.flows.filter((f) => ids.has(f.id)).flatMap(routes));
  for (const f of model.flows) if (routes(f).some((p) => ports.has(p))) ids.add(f.id);
  return ids;
}

/** `doc` with only the flows in `focus` (all of them without one). */
export function focused(doc: ScenarioJson, focus: ReadonlySet<string> | undefined): ScenarioJson {
  return focus ? { ...doc, flows: doc.flows.filter((f) => focus.has(f.id)) } : doc;
}
