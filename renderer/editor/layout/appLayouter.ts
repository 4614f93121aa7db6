/** The app's layouter: its layouts run in a worker of their own (about a second for a 10,000-device plant's collapsed view). */
import { wrap } from 'comlink';
import type { LayoutEngine } from './layoutEngine.ts';
import { TopologyLayouter } from './TopologyLayouter.ts';

let layouter: TopologyLayouter | null = null;

export function appLayouter(): TopologyLayouter {
  layouter ??= new TopologyLayouter(wrap<LayoutEngine>(new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'netloom-layout' })));
  return layouter;
}
