/**
 * What the views can draw of a scenario that may not be valid (a file opened with problems, an
 * edit in progress): nodes that are objects with a string id (the first of a repeated id), links
 * whose two ends are such nodes, flows that are objects with a string id. The core's validator
 * lists everything else as problems; the views leave it out instead of assuming it is there.
 * A list with nothing to leave out comes back as it is (and the result is cached per list), so
 * the views' "did the nodes change?" identity checks keep working.
 */
import type { FlowJson, LinkJson, NodeJson, Position, ScenarioJson } from '../../sim/api/index.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A position the views can place: three finite numbers (metres), as the schema has it. */
export function isPoint(p: unknown): p is Position {
  return Array.isArray(p) && p.length === 3 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
}

const nodeCache = new WeakMap<object, NodeJson[]>();
const linkCache = new WeakMap<object, { nodes: NodeJson[]; out: LinkJson[] }>();
const flowCache = new WeakMap<object, FlowJson[]>();
const scenarioCache = new WeakMap<object, ScenarioJson>();

function drawableNodes(list: unknown): NodeJson[] {
  if (!Array.isArray(list)) return [];
  let out = nodeCache.get(list);
  if (!out) {
    const seen = new Set<string>();
    const keep = list.filter((n) => isObject(n) && typeof n.id === 'string' && !seen.has(n.id) && seen.add(n.id)) as NodeJson[];
    out = keep.length === list.length ? (list as NodeJson[]) : keep;
    nodeCache.set(list, out);
  }
  return out;
}

function drawableLinks(list: unknown, nodes: NodeJson[]): LinkJson[] {
  if (!Array.isArray(list)) return [];
  const hit = linkCache.get(list);
  if (hit?.nodes === nodes) return hit.out;
  const ids = new Set(nodes.map((n) => n.id));
  const keep = list.filter((l) => isObject(l) && typeof l.from === 'string' && typeof l.to === 'string' && ids.has(l.from) && ids.has(l.to)) as LinkJson[];
  const out = keep.length === list.length ? (list as LinkJson[]) : keep;
  linkCache.set(list, { nodes, out });
  return out;
}

function drawableFlows(list: unknown): FlowJson[] {
  if (!Array.isArray(list)) return [];
  let out = flowCache.get(list);
  if (!out) {
    const keep = list.filter((f) => isObject(f) && typeof f.id === 'string') as FlowJson[];
    out = keep.length === list.length ? (list as FlowJson[]) : keep;
    flowCache.set(list, out);
  }
  return out;
}

export function drawableScenario(s: ScenarioJson): ScenarioJson {
  const hit = scenarioCache.get(s);
  if (hit) return hit;
  const nodes = drawableNodes(s.nodes);
  const links = drawableLinks(s.links, nodes);
  const flows = drawableFlows(s.flows);
  const out = nodes === s.nodes && links === s.links && flows === s.flows ? s : { ...s, nodes, links, flows };
  scenarioCache.set(s, out);
  return out;
}
