/** Edits with undo/redo: every change of the scenario goes through `applyEdit`, one history entry each. */
import { linkId, type ScenarioJson } from '../../sim/api/index.ts';
import { removeElements } from '../model/edits.ts';
import { EMPTY_SELECTION, type Selection } from './AppState.ts';
import { appStore } from './appStore.ts';
import { toast } from './toast.ts';

const HISTORY_LIMIT = 200;

export function applyEdit(label: string, edit: (s: ScenarioJson) => ScenarioJson, selection?: Selection): void {
  const { doc, past } = appStore.get();
  if (!doc) return;
  const next = edit(doc.scenario);
  if (next === doc.scenario) return;
  appStore.set({
    doc: { ...doc, scenario: next, revision: doc.revision + 1 },
    past: [...past.slice(-HISTORY_LIMIT + 1), { scenario: doc.scenario, label }],
    future: [],
    ...(selection ? { selection } : {}),
  });
}

function keepValidSelection(s: ScenarioJson, sel: Selection): Selection {
  const nodes = new Set(s.nodes.map((n) => n.id));
  const links = new Set(s.links.map(linkId));
  const flows = new Set(s.flows.map((f) => f.id));
  return {
    nodes: sel.nodes.filter((n) => nodes.has(n)),
    links: sel.links.filter((l) => links.has(l)),
    flow: sel.flow && flows.has(sel.flow) ? sel.flow : null,
  };
}

export function undo(): void {
  const { doc, past, future, selection } = appStore.get();
  const entry = past[past.length - 1];
  if (!doc || !entry) return;
  appStore.set({
    doc: { ...doc, scenario: entry.scenario, revision: doc.revision + 1 },
    past: past.slice(0, -1),
    future: [...future, { scenario: doc.scenario, label: entry.label }],
    selection: keepValidSelection(entry.scenario, selection),
  });
  toast(`Undo: ${entry.label}`);
}

export function redo(): void {
  const { doc, past, future, selection } = appStore.get();
  const entry = future[future.length - 1];
  if (!doc || !entry) return;
  appStore.set({
    doc: { ...doc, scenario: entry.scenario, revision: doc.revision + 1 },
    future: future.slice(0, -1),
    past: [...past, { scenario: doc.scenario, label: entry.label }],
    selection: keepValidSelection(entry.scenario, selection),
  });
  toast(`Redo: ${entry.label}`);
}

export function select(selection: Partial<Selection>, additive = false): void {
  const cur = appStore.get().selection;
  if (!additive) {
    appStore.set({ selection: { ...EMPTY_SELECTION, flow: cur.flow, ...selection } });
    return;
  }
  const toggle = (list: string[], add: string[] = []) => {
    const set = new Set(list);
    for (const a of add) set.has(a) ? set.delete(a) : set.add(a);
    return [...set];
  };
  appStore.set({ selection: { nodes: toggle(cur.nodes, selection.nodes), links: toggle(cur.links, selection.links), flow: selection.flow ?? cur.flow } });
}

/** Focuses a flow (its path lights up in both views, the inspector shows it); again to unfocus. */
export function selectFlow(id: string | null): void {
  const cur = appStore.get().selection;
  appStore.set({ selection: { nodes: [], links: [], flow: cur.flow === id ? null : id } });
}

export function selectAll(): void {
  const doc = appStore.get().doc;
  if (doc) appStore.set({ selection: { nodes: doc.scenario.nodes.map((n) => n.id), links: doc.scenario.links.map(linkId), flow: null } });
}

export function deleteSelection(): void {
  const { selection } = appStore.get();
  if (selection.nodes.length === 0 && selection.links.length === 0) {
    if (selection.flow) deleteFlow(selection.flow);
    return;
  }
  let removed = { nodes: 0, links: 0, flows: 0 };
  applyEdit(
    'delete',
    (s) => {
      const r = removeElements(s, selection.nodes, selection.links);
      removed = r;
      return r.scenario;
    },
    EMPTY_SELECTION,
  );
  const parts = [
    removed.nodes && `${removed.nodes} device${removed.nodes > 1 ? 's' : ''}`,
    removed.links && `${removed.links} link${removed.links > 1 ? 's' : ''}`,
    removed.flows && `${removed.flows} flow${removed.flows > 1 ? 's' : ''}`,
  ].filter(Boolean);
  if (parts.length) toast(`Deleted ${parts.join(', ')}`);
}

export function deleteFlow(id: string): void {
  applyEdit('delete flow', (s) => removeElements(s, [], [], [id]).scenario, { ...appStore.get().selection, flow: null });
}
