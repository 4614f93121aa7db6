/**
 * Lays out the drawn graph with ELK one request at a time, keeping the last few layouts by graph key (closing
 * a group that was opened shows the layout it had at once). A request overtaken by a newer one before it
 * started is dropped (resolves to null): opening three groups quickly lays out once, for the last.
 * A graph that differs from the last one laid out by one group opened or closed is laid out in place
 * (layoutInPlace.ts): nothing outside the group moves. Anything else is laid out whole.
 */
import type { LayoutGraph, TopologyLayout } from './elkLayout.ts';
import type { LayoutEngine } from './layoutEngine.ts';
import type { Laid } from './layoutInPlace.ts';

const KEEP = 4;

export class TopologyLayouter {
  private readonly cache = new Map<string, Laid>();
  private latest = '';
  private last: Laid | null = null;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly engine: LayoutEngine) {}

  cached(key: string): TopologyLayout | null {
    return this.cache.get(key)?.layout ?? null;
  }

  request(key: string, graph: LayoutGraph): Promise<TopologyLayout | null> {
    const hit = this.cache.get(key);
    if (hit) {
      this.last = hit;
      return Promise.resolve(hit.layout);
    }
    this.latest = key;
    return this.queue(async () => {
      if (this.latest !== key) return null;
      return this.keep(key, graph, (this.last && (await this.engine.inPlace(this.last, graph))) ?? (await this.engine.whole(graph)));
    });
  }

  /** The whole graph laid out afresh (Auto layout writes it as positions), kept as the layout of `key` from now on. */
  whole(key: string, graph: LayoutGraph): Promise<TopologyLayout> {
    return this.queue(async () => this.keep(key, graph, await this.engine.whole(graph)));
  }

  private queue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private keep(key: string, graph: LayoutGraph, layout: TopologyLayout): TopologyLayout {
    this.last = { graph, layout };
    this.cache.delete(key);
    this.cache.set(key, this.last);
    if (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value!);
    return layout;
  }
}
