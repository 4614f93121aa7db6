/**
 * Which groups of the plant are collapsed in the views. A plant of more than LARGE_PLANT nodes
 * opens with every cell (a group with no group inside) collapsed; the user's choice is kept per
 * document (its key) in the store.
 */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { drawableScenario } from '../model/drawableScenario.ts';
import { type PlantGroup, plantHierarchy } from '../model/plantHierarchy.ts';
import type { AppState } from './AppState.ts';
import { appStore } from './appStore.ts';

export const LARGE_PLANT = 1000;

let cache: { nodes: unknown; links: unknown; groups: PlantGroup[] } | null = null;

/** The hierarchy of what can be drawn of a scenario (it may have problems), remembered for the last one asked. */
export function groupsOf(scenario: ScenarioJson): PlantGroup[] {
  const s = drawableScenario(scenario);
  if (cache?.nodes !== s.nodes || cache.links !== s.links) cache = { nodes: s.nodes, links: s.links, groups: plantHierarchy(s) };
  return cache.groups;
}

const NONE: ReadonlySet<string> = new Set();
let defaults: { groups: PlantGroup[]; big: boolean; collapsed: ReadonlySet<string> } | null = null;

/** The collapsed groups (the same set while nothing changes: a store selector). */
export function collapsedGroups(s: Pick<AppState, 'doc' | 'groups'>): ReadonlySet<string> {
  if (!s.doc) return NONE;
  if (s.groups?.key === s.doc.key) return s.groups.collapsed;
  const groups = groupsOf(s.doc.scenario);
  const big = drawableScenario(s.doc.scenario).nodes.length > LARGE_PLANT;
  if (defaults?.groups !== groups || defaults.big !== big)
    defaults = { groups, big, collapsed: new Set(big ? groups.flatMap((g) => (g.leaf ? [g.id] : [])) : []) };
  return defaults.collapsed;
}

function setCollapsed(change: (c: Set<string>) => void): void {
  const s = appStore.get();
  if (!s.doc) return;
  const next = new Set(collapsedGroups(s));
  change(next);
  appStore.set({ groups: { key: s.doc.key, collapsed: next } });
}

export function toggleGroup(id: string): void {
  setCollapsed((c) => void (c.has(id) ? c.delete(id) : c.add(id)));
}

/** Opens every collapsed group that hides `node`, so it can be seen and selected. */
export function revealNode(node: string): void {
  const s = appStore.get();
  if (!s.doc) return;
  const hiding = groupsOf(s.doc.scenario).filter((g) => collapsedGroups(s).has(g.id) && g.members.includes(node));
  if (hiding.length > 0) setCollapsed((c) => hiding.forEach((g) => c.delete(g.id)));
}
