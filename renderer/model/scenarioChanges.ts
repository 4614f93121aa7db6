/**
 * What an upgrade changes in a scenario, element by element (the planner's highlights): links
 * that got faster or became fiber, switches replaced, compute nodes with more servers, flows
 * given a priority, a route or a new compute node, and what the plan adds (an edge server, a
 * link). A plain diff of two scenarios, so it holds for any edit, not only the planner's.
 */
import { linkId, type ScenarioJson } from '../../sim/api/index.ts';

export interface Change {
  /** node id, link key or flow id */
  id: string;
  kind: 'added' | 'changed';
  /** what changed, for tooltips and the legend: "rate 100 Mb/s → 1 Gb/s" */
  note: string;
}

export interface LinkChange extends Change {
  from: string;
  to: string;
}

export interface ScenarioChanges {
  nodes: Change[];
  links: LinkChange[];
  flows: Change[];
}

type Obj = Record<string, unknown>;

const show = (v: unknown): string => (v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "name a → b" for each of `fields` that differs (`labels` renames them). */
function fieldNotes(a: Obj | undefined, b: Obj | undefined, fields: readonly string[], labels: Record<string, string> = {}): string[] {
  return fields.filter((f) => !same(a?.[f], b?.[f])).map((f) => `${labels[f] ?? f} ${show(a?.[f])} → ${show(b?.[f])}`);
}

function nodeNote(a: Obj, b: Obj): string {
  const notes: string[] = [];
  if (!same(a.switch, b.switch)) {
    const sw = fieldNotes(a.switch as Obj, b.switch as Obj, ['latency', 'queueLimit', 'scheduler'], { queueLimit: 'queue' });
    notes.push(`switch replaced${sw.length ? `: ${sw.join(', ')}` : ''}`);
  }
  if (!same(a.compute, b.compute)) notes.push(...fieldNotes(a.compute as Obj, b.compute as Obj, ['servers', 'service', 'batch']).map((n) => `compute ${n}`));
  const rest = Object.keys({ ...a, ...b }).filter((k) => !['switch', 'compute', 'position', 'label', 'description'].includes(k) && !same(a[k], b[k]));
  for (const k of rest) {
    const [x, y] = [a[k], b[k]];
    // a settings block (a 5G cell's, say): the settings that changed
    if ((x === undefined || typeof x === 'object') && y !== null && typeof y === 'object' && !Array.isArray(y)) {
      const inner = Object.keys({ ...(x as Obj), ...(y as Obj) });
      notes.push(`${k}: ${fieldNotes(x as Obj, y as Obj, inner).join(', ')}`);
    } else notes.push(...fieldNotes(a, b, [k]));
  }
  return notes.join('; ');
}

export function scenarioChanges(before: ScenarioJson, after: ScenarioJson): ScenarioChanges {
  const nodesBefore = new Map(before.nodes.map((n) => [n.id, n as unknown as Obj]));
  const nodes: Change[] = [];
  for (const n of after.nodes) {
    const old = nodesBefore.get(n.id);
    if (!old) nodes.push({ id: n.id, kind: 'added', note: `new ${n.type === 'compute' ? 'edge server' : n.type}${n.label ? ` (${n.label})` : ''}` });
    else if (!same({ ...old, position: undefined }, { ...n, position: undefined })) {
      const note = nodeNote(old, n as unknown as Obj);
      if (note) nodes.push({ id: n.id, kind: 'changed', note });
    }
  }

  const linksBefore = new Map(before.links.map((l) => [linkId(l), l as unknown as Obj]));
  const links: LinkChange[] = [];
  for (const l of after.links) {
    const key = linkId(l);
    const old = linksBefore.get(key);
    if (!old) links.push({ id: key, kind: 'added', from: l.from, to: l.to, note: `new link, ${l.rate}` });
    else {
      // an id the planner only wrote down (the core's own key) is not a change
      const notes = fieldNotes(old, l as unknown as Obj, ['rate', 'medium', 'length', 'delay', 'from', 'to']).map((n) =>
        n.replace(/^medium — →/, 'medium copper →'),
      );
      if (notes.length) links.push({ id: key, kind: 'changed', from: l.from, to: l.to, note: notes.join(', ') });
    }
  }

  const flowsBefore = new Map(before.flows.map((f) => [f.id, f as unknown as Obj]));
  const flows: Change[] = [];
  for (const f of after.flows) {
    const old = flowsBefore.get(f.id);
    if (!old) flows.push({ id: f.id, kind: 'added', note: `new flow ${f.from} → ${f.to}` });
    else if (!same(old, f)) {
      const notes: string[] = [];
      const o = old as { to?: string; path?: string[]; priority?: number };
      if (o.to !== f.to) notes.push(`served by ${f.to} instead of ${o.to}`);
      if (!same(o.path, f.path)) notes.push(f.path ? `routed via ${f.path.join(' → ')}` : 'takes the shortest route');
      if (o.priority !== f.priority) notes.push(`priority ${o.priority ?? 'untagged'} → ${f.priority ?? 'untagged'}`);
      const rest = Object.keys({ ...old, ...f }).filter((k) => !['to', 'path', 'priority'].includes(k) && !same(old[k], (f as unknown as Obj)[k]));
      notes.push(...fieldNotes(old, f as unknown as Obj, rest));
      flows.push({ id: f.id, kind: 'changed', note: notes.join('; ') });
    }
  }
  return { nodes, links, flows };
}

export const changeCount = (c: ScenarioChanges): number => c.nodes.length + c.links.length + c.flows.length;
