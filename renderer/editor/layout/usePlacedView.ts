/**
 * The collapsed view with its layout, as one pair the topology can draw: while ELK lays out a view that
 * changed (a group opened), the last pair stays on screen; a view whose nodes are all placed by the
 * scenario is drawn on its floor plan until the layout comes (placeView.ts keeps its routes where the
 * nodes are placed as it lays them out: Auto layout); one too large to lay out is the floor plan. If the
 * layout fails, the floor plan.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ScenarioJson } from '../../../sim/api/index.ts';
import type { CollapsedView } from '../../model/collapsedView.ts';
import { appLayouter } from './appLayouter.ts';
import type { TopologyLayout } from './elkLayout.ts';
import { layoutGraph } from './layoutGraph.ts';
import { SCALE } from '../TopologyView.ts';
import { placedAsLaidOut, pinnedNodes } from './placeView.ts';

/** past this many drawn nodes the layout would take tens of seconds: the floor plan is drawn */
export const LAYOUT_MAX_NODES = 2500;

export interface Placeable {
  view: CollapsedView;
  pinned: ReadonlySet<string>;
  layout: TopologyLayout | null;
}

export function usePlacedView(view: CollapsedView | null, scenario: ScenarioJson | null): Placeable | null {
  const pinned = useMemo(() => (view && scenario ? pinnedNodes(view, scenario.nodes) : null), [view, scenario]);
  const graph = useMemo(() => (view && view.nodes.length <= LAYOUT_MAX_NODES ? layoutGraph(view) : null), [view]);
  const [done, setDone] = useState<{ key: string; layout: TopologyLayout | null } | null>(null);
  const [shown, setShown] = useState<Placeable | null>(null);
  useEffect(() => {
    if (!graph) return;
    let live = true;
    appLayouter()
      .request(graph.key, graph)
      .then(
        (layout) => live && layout && setDone({ key: graph.key, layout }),
        (e: unknown) => {
          console.error('topology layout failed; drawing the floor plan', e);
          if (live) setDone({ key: graph.key, layout: null });
        },
      );
    return () => void (live = false);
  }, [graph]);
  const ready: Placeable | null = useMemo(() => {
    if (!view || !pinned) return null;
    if (!graph) return { view, pinned, layout: null };
    const layout = appLayouter().cached(graph.key) ?? (done?.key === graph.key ? done.layout : undefined);
    // every node placed: drawn at once on the floor plan; the layout, when it comes, gives routes to the nodes placed where it puts them
    if (pinned.size < view.nodes.length) return layout === undefined ? null : { view, pinned, layout };
    return { view, pinned, layout: layout && placedAsLaidOut(view, layout, SCALE) ? layout : null };
  }, [view, pinned, graph, done]);
  useEffect(() => {
    if (ready) setShown(ready);
  }, [ready]);
  return ready ?? shown;
}
