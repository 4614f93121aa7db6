/** The app's ELK: its layouts run in a worker of their own (about a second for a 10,000-device plant's collapsed view). */
import ELK from 'elkjs/lib/elk-api.js';
import { TopologyLayouter } from './TopologyLayouter.ts';

let layouter: TopologyLayouter | null = null;

export function appLayouter(): TopologyLayouter {
  layouter ??= new TopologyLayouter(
    new ELK({ workerFactory: () => new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module', name: 'netloom-layout' }) }),
  );
  return layouter;
}
