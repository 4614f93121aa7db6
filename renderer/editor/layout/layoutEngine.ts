/**
 * What lays the topology out: the whole graph (elkLayout.ts) or one group opened or closed in place
 * (layoutInPlace.ts). In the app both run in the layout worker (layout.worker.ts), so the search for
 * room and the connector's routing never hold the window's thread; tests run them in process.
 */
import { type ElkLike, elkLayout, type LayoutGraph, type TopologyLayout } from './elkLayout.ts';
import { type Laid, layoutInPlace } from './layoutInPlace.ts';

export interface LayoutEngine {
  whole(graph: LayoutGraph): Promise<TopologyLayout>;
  /** null: not one group opened or closed; lay out the whole graph */
  inPlace(prev: Laid, graph: LayoutGraph): Promise<TopologyLayout | null>;
}

export function layoutEngine(elk: ElkLike): LayoutEngine {
  return { whole: (g) => elkLayout(g, elk), inPlace: (prev, g) => layoutInPlace(prev, g, elk) };
}
