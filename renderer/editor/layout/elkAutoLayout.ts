/**
 * "Auto layout": the drawn view laid out afresh by ELK, written as the scenario's positions — one undoable
 * edit, as before. Every drawn node is placed where ELK puts it (metres = pixels / SCALE), so the topology
 * keeps ELK's routes (placeView.ts); a node hidden in a collapsed group loses its position, so the group is
 * laid out in place when it opens (a hidden node has no place in the layout of what is drawn). The edit is
 * dropped if the scenario changed while ELK worked.
 */
import type { Position, ScenarioJson } from '../../../sim/api/index.ts';
import { collapsedView, type CollapsedView } from '../../model/collapsedView.ts';
import { displayPositions } from '../../model/displayPositions.ts';
import { drawableScenario } from '../../model/drawableScenario.ts';
import { setPositions } from '../../model/edits.ts';
import { appStore } from '../../state/appStore.ts';
import { applyEdit } from '../../state/editActions.ts';
import { collapsedGroups, groupsOf } from '../../state/groupActions.ts';
import { toast } from '../../state/toast.ts';
import { requestFit } from '../fitRequest.ts';
import { SCALE } from '../TopologyView.ts';
import { appLayouter } from './appLayouter.ts';
import type { TopologyLayout } from './elkLayout.ts';
import { layoutGraph } from './layoutGraph.ts';
import { LAYOUT_MAX_NODES } from './usePlacedView.ts';

/** The scenario with each drawn node at its place in `layout` and no position on the nodes the view hides. */
export function withLaidOutPositions(s: ScenarioJson, view: CollapsedView, layout: TopologyLayout, scale: number): ScenarioJson {
  const at = new Map<string, Position>();
  for (const n of view.nodes) {
    const p = layout.at.get(n.id);
    if (p && !n.id.startsWith('group:')) at.set(n.id, [p.x / scale, p.y / scale, 0]);
  }
  const hidden = (n: { id: string; position?: unknown }) => view.repOf.has(n.id) && n.position !== undefined;
  const unplaced = <N extends { position?: unknown }>({ position: _, ...rest }: N) => rest;
  const cleared = s.nodes.some(hidden) ? { ...s, nodes: s.nodes.map((n) => (hidden(n) ? unplaced(n) : n)) } : s;
  return setPositions(cleared, at);
}

export async function elkAutoLayout(): Promise<void> {
  const state = appStore.get();
  if (!state.doc) return;
  const before = state.doc.scenario;
  const drawable = drawableScenario(before);
  const view = collapsedView(drawable, displayPositions(drawable), groupsOf(before), collapsedGroups(state));
  if (view.nodes.length > LAYOUT_MAX_NODES) return toast(`Too many devices drawn to lay out (${view.nodes.length}); collapse some groups first`);
  const graph = layoutGraph(view);
  const layout = await appLayouter().whole(graph.key, graph);
  if (appStore.get().doc?.scenario !== before) return toast('The plant changed while it was being laid out: Auto layout again');
  applyEdit('auto layout', (s) => withLaidOutPositions(s, view, layout, SCALE));
  requestFit();
  const hidden = before.nodes.filter((n) => view.repOf.has(n.id) && n.position !== undefined).length;
  toast(
    `Laid out the plant automatically${hidden > 0 ? `; ${hidden} devices in closed groups are placed when their group opens` : ''}` +
      '; link delays follow the new positions where a link has no delay or length (Ctrl+Z undoes it)',
  );
}
