/**
 * Reusable groups (docs/groups.md): a cell, a line or an area defined once under `groups` and
 * instantiated N times with parameters, compiled to the same flat scenario as if written out.
 * A pure step before the schema: `{ "use": "cell", "id": "area2/cell{i:2}", "count": 10,
 * "params": {…} }` in `nodes` becomes the group's nodes with ids `area2/cell01/PLC`…, links and
 * flows written per template (`"from": "DRV*"`) become one per selected node, and every node of
 * an instance carries `group`: the instance's id. A scenario without groups is returned as is.
 * Every problem names its path in the group's definition and the instance it was met in.
 */
import { type Issue, jsonPath, ScenarioError } from './errors.ts';
import { alsoIn } from './issueOrigins.ts';
import { qualify, selectNodes } from './selectNodes.ts';
import { fillEnds, type ParamValue, type Params, SubstitutionError, substitute } from './substitute.ts';

/** Where an element of the flat scenario was written: its JSON path, and the instance(s) that made it. */
export interface Origin {
  path: string;
  instance?: string;
}
export interface Origins {
  nodes: Origin[];
  links: Origin[];
  flows: Origin[];
}
export interface Expansion {
  scenario: unknown;
  /** undefined when the scenario had nothing to expand */
  origins: Origins | undefined;
}

export const MAX_COUNT = 100_000;
export const MAX_ELEMENTS = 2_000_000;
const MAX_NESTING = 16;
const INSTANCE_KEYS = new Set(['use', 'id', 'count', 'grid', 'params', 'position', 'label', 'description']);
const GROUP_KEYS = new Set(['params', 'nodes', 'links', 'flows', 'label', 'description']);

type Json = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether a scenario uses groups, counts or selectors (else it is already flat). */
function usesGroups(doc: Json): boolean {
  if (Object.hasOwn(doc, 'groups')) return true;
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  if (nodes.some((n) => isObject(n) && (Object.hasOwn(n, 'use') || Object.hasOwn(n, 'count')))) return true;
  const ends = (list: unknown) =>
    (Array.isArray(list) ? list : []).some((e) => isObject(e) && [e.from, e.to].some((r) => typeof r === 'string' && r.includes('*')));
  return ends(doc.links) || ends(doc.flows);
}

interface Scope {
  /** prepended to local ids: "" at the top, "area2/cell07/" in an instance */
  prefix: string;
  params: Params;
  /** [x, y, z] added to the positions written in the group */
  origin: [number, number, number];
  /** the instances this body is expanded in, for messages: `nodes[3] "area2" → groups.area.nodes[1] "area2/cell07"` */
  instance: string | undefined;
  /** group names being expanded, outermost first (a group may not use itself) */
  using: string[];
}

/** The flat scenario of `doc`; throws ScenarioError listing every problem (each once, however many instances meet it). */
export function expandGroups(doc: unknown, maxElements = MAX_ELEMENTS): Expansion {
  if (!isObject(doc) || !usesGroups(doc)) return { scenario: doc, origins: undefined };
  return new Expander(doc, maxElements).run();
}

class Expander {
  private readonly nodes: unknown[] = [];
  private readonly links: unknown[] = [];
  private readonly flows: unknown[] = [];
  private readonly origins: Origins = { nodes: [], links: [], flows: [] };
  private readonly issues = new Map<string, { issue: Issue; more: number }>();
  private readonly groups: Json;

  constructor(
    private readonly doc: Json,
    private readonly maxElements: number,
  ) {
    this.groups = isObject(doc.groups) ? doc.groups : {};
    if (Object.hasOwn(doc, 'groups') && !isObject(doc.groups))
      this.fail(['groups'], undefined, 'expected an object of groups by name: { "cell": { "nodes": [...] } }');
    // every group is checked here, used or not; its content when an instance expands it
    for (const [name, group] of Object.entries(this.groups)) {
      if (!isObject(group)) this.fail(['groups', name], undefined, 'expected a group: { "params": {...}, "nodes": [...], "links": [...], "flows": [...] }');
      else {
        const bad = Object.keys(group).find((k) => !GROUP_KEYS.has(k));
        if (bad) this.fail(['groups', name, bad], undefined, `a group has no "${bad}"; it takes ${[...GROUP_KEYS].join(', ')}`);
        if (!Array.isArray(group.nodes)) this.fail(['groups', name, 'nodes'], undefined, 'expected a list of nodes (or instances of groups)');
      }
    }
  }

  run(): Expansion {
    this.body(this.doc, [], { prefix: '', params: {}, origin: [0, 0, 0], instance: undefined, using: [] });
    if (this.issues.size > 0) {
      throw new ScenarioError([...this.issues.values()].map(({ issue, more }) => alsoIn(issue, more)));
    }
    const { groups: _, ...rest } = this.doc;
    // a top-level `links` or `flows` that is not a list is left as written, for the schema to name
    const links = Array.isArray(rest.links) ? this.links : rest.links;
    const flows = Array.isArray(rest.flows) ? this.flows : rest.flows;
    return { scenario: { ...rest, nodes: this.nodes, links, flows }, origins: this.origins };
  }

  private fail(path: Path, instance: string | undefined, message: string): undefined {
    const p = jsonPath(path);
    const key = `${p}\n${message}`;
    const seen = this.issues.get(key);
    if (seen) seen.more++;
    else if (this.issues.size < 100)
      this.issues.set(key, { issue: { path: p, message: instance ? `${message} (in instance ${instance})` : message }, more: 0 });
    return undefined;
  }

  /** copies made so far, nodes and instances (an instance of an empty group still costs work) */
  private copies = 0;

  private full(): boolean {
    return this.nodes.length + this.links.length + this.flows.length >= this.maxElements || this.copies >= this.maxElements;
  }

  private tooLarge(at: Path, scope: Scope): undefined {
    return this.fail(at, scope.instance, `the expanded scenario passes ${this.maxElements} nodes, links, flows or copies`);
  }

  /** Substitutes `params` in `value` written at `path`; undefined (and an issue) when a placeholder is unknown. */
  private sub(value: unknown, params: Params, path: Path, scope: Scope): unknown {
    try {
      return substitute(value, params);
    } catch (e) {
      if (!(e instanceof SubstitutionError)) throw e;
      this.fail([...path, ...e.relPath], scope.instance, e.message);
      return undefined;
    }
  }

  /** Expands the nodes, links and flows of a body (the scenario, or a group); returns its nodes' local ids. */
  private body(body: Json, at: Path, scope: Scope): string[] {
    const local: string[] = [];
    const entries = body.nodes;
    if (!Array.isArray(entries)) return local; // a group's: named once, up front; the scenario's: by the schema
    entries.forEach((entry, j) => this.entry(entry, [...at, 'nodes', j], scope, local));
    const knownSet = new Set(local);
    for (const kind of ['links', 'flows'] as const) {
      const list = body[kind];
      if (list === undefined && at.length > 0) continue;
      if (!Array.isArray(list)) {
        if (at.length > 0) this.fail([...at, kind], scope.instance, `expected a list of ${kind}`);
        continue;
      }
      list.forEach((e, j) => this.element(kind, e, [...at, kind, j], scope, local, knownSet));
    }
    return local;
  }

  private entry(raw: unknown, at: Path, scope: Scope, local: string[]): void {
    if (!isObject(raw)) {
      this.push('nodes', raw, at, scope);
      return;
    }
    const { count: rawCount, grid, ...entry } = raw;
    if (rawCount === undefined && grid === undefined) {
      this.copy(this.sub(entry, scope.params, at, scope), at, scope, local, [0, 0, 0]);
      return;
    }
    const count = this.sub(rawCount ?? 1, scope.params, [...at, 'count'], scope);
    if (count === undefined) return;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
      this.fail([...at, 'count'], scope.instance, `expected a whole number of copies from 0 to ${MAX_COUNT}, got ${JSON.stringify(count)}`);
      return;
    }
    const layout = this.grid(grid, count, [...at, 'grid'], scope);
    if (!layout) return;
    for (let i = 1; i <= count && !this.full(); i++) {
      const k = i - 1;
      const offset: [number, number, number] = [(k % layout.columns) * layout.dx, Math.floor(k / layout.columns) * layout.dy, 0];
      this.copy(this.sub(entry, { ...scope.params, i }, at, scope), at, scope, local, offset);
    }
    if (this.full()) this.tooLarge(at, scope);
  }

  private grid(grid: unknown, count: number, at: Path, scope: Scope): { columns: number; dx: number; dy: number } | undefined {
    if (grid === undefined) return { columns: Math.max(1, count), dx: 0, dy: 0 };
    const g = this.sub(grid, scope.params, at, scope);
    if (g === undefined) return undefined;
    const ok = isObject(g) && Object.keys(g).every((k) => k === 'columns' || k === 'spacing');
    const columns = isObject(g) ? (g.columns ?? Math.max(1, count)) : 0;
    const spacing = isObject(g) ? g.spacing : undefined;
    if (!ok || typeof columns !== 'number' || !Number.isInteger(columns) || columns < 1 || !Array.isArray(spacing) || spacing.length !== 2) {
      this.fail(at, scope.instance, 'expected { "columns": N, "spacing": [dx, dy] } (metres between copies along x and y; columns default to the count)');
      return undefined;
    }
    if (!spacing.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      this.fail([...at, 'spacing'], scope.instance, 'expected two numbers of metres [dx, dy]');
      return undefined;
    }
    return { columns, dx: spacing[0] as number, dy: spacing[1] as number };
  }

  /** One copy of an entry, its parameters substituted: a node, or an instance of a group. */
  private copy(entry: unknown, at: Path, scope: Scope, local: string[], offset: [number, number, number]): void {
    this.copies++;
    if (!isObject(entry)) return; // a substitution problem, already reported
    if (!Object.hasOwn(entry, 'use')) {
      this.node(entry, at, scope, local, offset);
      return;
    }
    const bad = Object.keys(entry).find((k) => !INSTANCE_KEYS.has(k));
    if (bad) return this.fail([...at, bad], scope.instance, `an instance of a group has no "${bad}"; it takes ${[...INSTANCE_KEYS].join(', ')}`);
    const name = entry.use;
    const group = typeof name === 'string' && Object.hasOwn(this.groups, name) ? this.groups[name] : undefined;
    if (!isObject(group)) {
      const names = Object.keys(this.groups);
      return this.fail(
        [...at, 'use'],
        scope.instance,
        `no group ${JSON.stringify(name)} under "groups"${names.length ? `; the groups are ${names.join(', ')}` : ''}`,
      );
    }
    const gat: Path = ['groups', name as string];
    if (scope.using.includes(name as string) || scope.using.length >= MAX_NESTING)
      return this.fail([...at, 'use'], scope.instance, `group "${name}" is used inside itself (${[...scope.using, name].join(' → ')})`);
    if (typeof entry.id !== 'string' || !/^[^\s]+$/.test(entry.id) || entry.id.startsWith('/'))
      return this.fail([...at, 'id'], scope.instance, 'expected the instance id: its nodes are named "ID/NODE" (e.g. "area2/cell07")');
    const params = this.params(group, entry.params, gat, at, scope);
    if (!params) return;
    const position = entry.position === undefined ? [0, 0, 0] : entry.position;
    if (!Array.isArray(position) || position.length !== 3 || !position.every((v) => typeof v === 'number' && Number.isFinite(v)))
      return this.fail([...at, 'position'], scope.instance, 'expected the instance origin [x, y, z] in metres');
    const id = entry.id;
    const instance = `${scope.instance ? `${scope.instance} → ` : ''}${jsonPath(at)} "${scope.prefix}${id}"`;
    const child: Scope = {
      prefix: `${scope.prefix}${id}/`,
      params,
      origin: [0, 1, 2].map((d) => scope.origin[d] + (position[d] as number) + offset[d]) as [number, number, number],
      instance,
      using: [...scope.using, name as string],
    };
    for (const inner of this.body(group, gat, child)) local.push(`${id}/${inner}`);
  }

  /** The instance's parameters: the group's defaults, overridden by the instance's own (each declared by the group). */
  private params(group: Json, given: unknown, gat: Path, at: Path, scope: Scope): Params | undefined {
    const defaults = group.params ?? {};
    if (!isObject(defaults)) return this.fail([...gat, 'params'], undefined, 'expected the parameters and their defaults: { "drives": 8, "rate": "100 Mb/s" }');
    if (given !== undefined && !isObject(given)) return this.fail([...at, 'params'], scope.instance, 'expected parameter values by name');
    const out: Record<string, ParamValue> = {};
    for (const [k, v] of Object.entries(defaults)) {
      if (k === 'i' || k === 'from' || k === 'to')
        return this.fail([...gat, 'params', k], undefined, `"${k}" is a reserved name ({i}: copy number, {from}/{to}: a link's ends)`);
      if (!['string', 'number', 'boolean'].includes(typeof v))
        return this.fail([...gat, 'params', k], undefined, 'expected a string, number or boolean default');
      out[k] = v as ParamValue;
    }
    for (const [k, v] of Object.entries(given ?? {})) {
      if (!Object.hasOwn(out, k)) {
        const known = Object.keys(out);
        return this.fail(
          [...at, 'params', k],
          scope.instance,
          `group has no parameter "${k}"; ${known.length ? `its parameters are ${known.join(', ')}` : 'it has none'}`,
        );
      }
      if (!['string', 'number', 'boolean'].includes(typeof v)) return this.fail([...at, 'params', k], scope.instance, 'expected a string, number or boolean');
      out[k] = v as ParamValue;
    }
    return out;
  }

  private node(node: Json, at: Path, scope: Scope, local: string[], offset: [number, number, number]): void {
    if (typeof node.id !== 'string' || scope.prefix === '') {
      if (typeof node.id === 'string') local.push(node.id);
      this.push('nodes', offset.some((v) => v !== 0) ? this.moved(node, scope.origin, offset) : node, at, scope);
      return;
    }
    local.push(node.id);
    const group = typeof node.group === 'string' ? scope.prefix + node.group : scope.prefix.slice(0, -1);
    const out: Json = { ...node, id: scope.prefix + node.id, group };
    const tsn = node.tsn;
    if (isObject(tsn) && isObject(tsn.ports))
      out.tsn = { ...tsn, ports: Object.fromEntries(Object.entries(tsn.ports).map(([k, v]) => [qualify(k, scope.prefix), v])) };
    this.push('nodes', this.moved(out, scope.origin, offset), at, scope);
  }

  /** the node with its written position moved by the instance's origin and the copy's place on the grid */
  private moved(node: Json, origin: readonly number[], offset: readonly number[]): Json {
    const p = node.position;
    if (!Array.isArray(p) || p.length !== 3 || !p.every((v) => typeof v === 'number')) return node;
    return { ...node, position: p.map((v, d) => (v as number) + origin[d] + offset[d]) };
  }

  private element(kind: 'links' | 'flows', raw: unknown, at: Path, scope: Scope, local: string[], knownSet: ReadonlySet<string>): void {
    const e = this.sub(raw, scope.params, at, scope);
    if (!isObject(e) || typeof e.from !== 'string' || typeof e.to !== 'string') {
      if (e !== undefined) this.push(kind, e, at, scope); // the schema names what is missing
      return;
    }
    const inGroup = scope.prefix !== '';
    const from = selectNodes(e.from, local, knownSet, inGroup);
    const to = selectNodes(e.to, local, knownSet, inGroup);
    if (!from.ok) this.fail([...at, 'from'], scope.instance, from.message);
    if (!to.ok) this.fail([...at, 'to'], scope.instance, to.message);
    if (!from.ok || !to.ok) return;
    const many = from.ids.length * to.ids.length;
    if (many > 1 && typeof e.id === 'string' && !/\{(from|to)\}/.test(e.id)) {
      this.fail([...at, 'id'], scope.instance, `the selectors make ${many} ${kind}, all named "${e.id}": put {from} or {to} in the id`);
      return;
    }
    for (const f of from.ids) {
      for (const t of to.ids) {
        if (this.full()) return this.tooLarge(at, scope);
        if (f === t && many > 1) continue; // a selector on both ends pairs each node with the others
        this.push(kind, this.qualified(fillEnds(e, { from: f, to: t }) as Json, f, t, scope.prefix), at, scope);
      }
    }
  }

  /** a link or flow with every node it names turned into a flat id */
  private qualified(e: Json, from: string, to: string, prefix: string): Json {
    const out: Json = { ...e, from: qualify(from, prefix), to: qualify(to, prefix) };
    if (prefix === '') return out;
    const q = (r: unknown) => (typeof r === 'string' ? qualify(r, prefix) : r);
    if (typeof e.id === 'string') out.id = prefix + e.id;
    if (Array.isArray(e.path)) out.path = e.path.map(q);
    if (isObject(e.frer) && Array.isArray(e.frer.paths)) out.frer = { ...e.frer, paths: e.frer.paths.map((p) => (Array.isArray(p) ? p.map(q) : p)) };
    if (isObject(e.response) && typeof e.response.to === 'string') out.response = { ...e.response, to: q(e.response.to) };
    return out;
  }

  private push(kind: 'nodes' | 'links' | 'flows', value: unknown, at: Path, scope: Scope): void {
    this[kind].push(value);
    this.origins[kind].push(scope.instance ? { path: jsonPath(at), instance: scope.instance } : { path: jsonPath(at) });
  }
}
