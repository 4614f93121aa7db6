/**
 * Lays out the drawn graph with ELK one request at a time, keeping the last few layouts by graph key (closing
 * a group that was opened shows the layout it had at once). A request overtaken by a newer one before it
 * started is dropped (resolves to null): opening three groups quickly lays out once, for the last.
 */
import { type ElkLike, elkLayout, type LayoutGraph, type TopologyLayout } from './elkLayout.ts';

const KEEP = 4;

export class TopologyLayouter {
  private readonly cache = new Map<string, TopologyLayout>();
  private latest = '';
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly elk: ElkLike) {}

  cached(key: string): TopologyLayout | null {
    return this.cache.get(key) ?? null;
  }

  request(key: string, graph: LayoutGraph): Promise<TopologyLayout | null> {
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit);
    this.latest = key;
    const run = this.tail.then(async () => {
      if (this.latest !== key) return null;
      const layout = await elkLayout(graph, this.elk);
      this.cache.delete(key);
      this.cache.set(key, layout);
      if (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value!);
      return layout;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
