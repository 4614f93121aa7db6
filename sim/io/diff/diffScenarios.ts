/**
 * What changed between two scenarios, element by element: nodes, links and flows added, removed or
 * changed (with each changed field, before → after), and the settings (name, simulation block).
 * Scenarios written with groups are compared in their expanded (flat) form, the form the simulator
 * runs, so a change to a group shows on every instance it reaches. Quantities that read the same
 * ("1 Gb/s" and "1000 Mb/s") are not a change.
 */
import { expandScenario } from '../../scenario/expandScenario.ts';
import { linkId } from '../../scenario/linkId.ts';
import { migrateScenario } from '../../scenario/migrate.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { sameValue } from './sameValue.ts';

export interface FieldChange {
  /** the field's path in the element: "rate", "requirement.latency", "pattern" */
  field: string;
  /** undefined: not written on that side */
  before: unknown;
  after: unknown;
}

export interface ElementChange {
  /** node id, link id (its `id`, or `from-to`; "#2" for a second link between the same nodes without an id), flow id */
  id: string;
  kind: 'added' | 'removed' | 'changed';
  /** the changed fields; for an added or removed element, empty */
  fields: FieldChange[];
}

export interface LinkChange extends ElementChange {
  from: string;
  to: string;
}

export interface ScenarioDiff {
  /** either scenario was written with groups: both were compared expanded */
  expanded: boolean;
  nodes: ElementChange[];
  links: LinkChange[];
  flows: ElementChange[];
  /** the scenario's own fields: name, description, industry, simulation.* */
  settings: FieldChange[];
  summary: { added: number; removed: number; changed: number };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The fields of `a` and `b` that differ, as leaf paths; an object whose `type` (or `dist`) differs
 * is one change as a whole (a periodic pattern turned Poisson is not a list of fields).
 */
export function fieldChanges(a: unknown, b: unknown, prefix = ''): FieldChange[] {
  if (sameValue(a, b)) return [];
  if (!isObj(a) || !isObj(b) || (prefix !== '' && (a.type !== b.type || a.dist !== b.dist))) return [{ field: prefix, before: a, after: b }];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => fieldChanges(a[k], b[k], prefix ? `${prefix}.${k}` : k));
}

/** Elements by key in their order; a key met again gets "#2", "#3" (two links between the same nodes without ids). */
function keyed<T>(list: readonly T[], key: (t: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const t of list) {
    const k = key(t);
    let unique = k;
    for (let n = 2; out.has(unique); n++) unique = `${k}#${n}`;
    out.set(unique, t);
  }
  return out;
}

function compare<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): ElementChange[] {
  const before = keyed(a, key);
  const after = keyed(b, key);
  const out: ElementChange[] = [];
  for (const [id, x] of before) {
    const y = after.get(id);
    if (y === undefined) out.push({ id, kind: 'removed', fields: [] });
    else {
      const fields = fieldChanges(x, y);
      if (fields.length > 0) out.push({ id, kind: 'changed', fields });
    }
  }
  for (const id of after.keys()) if (!before.has(id)) out.push({ id, kind: 'added', fields: [] });
  return out;
}

/** written with groups: a `groups` block, or a node that instantiates one (`use`) */
const hasGroups = (s: unknown) => isObj(s) && (s.groups !== undefined || (Array.isArray(s.nodes) && s.nodes.some((n) => isObj(n) && n.use !== undefined)));

/** A flat scenario as it is (checking its structure again took 200 ms at 10,000 devices); one with groups, or not of the shape, expanded or refused. */
const flat = (s: unknown): ScenarioJson =>
  isObj(s) && !hasGroups(s) && Array.isArray(s.nodes) && Array.isArray(s.links) && Array.isArray(s.flows)
    ? (migrateScenario(s).scenario as ScenarioJson)
    : expandScenario(s);

/** Throws ScenarioError (with the JSON path) when a scenario's groups cannot be expanded. */
export function diffScenarios(a: unknown, b: unknown): ScenarioDiff {
  const [x, y] = [flat(a), flat(b)];
  const nodes = compare(x.nodes, y.nodes, (n) => n.id);
  const ends = new Map([...x.links, ...y.links].map((l) => [linkId(l), l]));
  const links = compare(x.links, y.links, linkId).map((c): LinkChange => {
    const l = ends.get(c.id.replace(/#\d+$/, ''));
    return { ...c, from: l?.from ?? '', to: l?.to ?? '' };
  });
  const flows = compare(x.flows, y.flows, (f) => f.id);
  const settings = (['name', 'description', 'industry'] as const)
    .flatMap((k) => fieldChanges(x[k], y[k], k))
    .concat(fieldChanges(x.simulation ?? {}, y.simulation ?? {}, 'simulation'));
  const all = [...nodes, ...links, ...flows];
  const n = (kind: ElementChange['kind']) => all.filter((c) => c.kind === kind).length;
  return {
    expanded: hasGroups(a) || hasGroups(b),
    nodes,
    links,
    flows,
    settings,
    summary: { added: n('added'), removed: n('removed'), changed: n('changed') + (settings.length > 0 ? 1 : 0) },
  };
}
