/**
 * 802.1CB frame replication and elimination, per route. A redundant flow's frames follow
 * its primary route; where a redundant route leaves it (after their common prefix: the talker
 * itself, or a relay when the talker has a single link) a copy is split off, and where the
 * routes join again for good (before their common suffix: a relay, or the listener) the
 * later copy is eliminated.
 */
import type { Model } from '../scenario/model.ts';

export class Redundancy {
  /** per route: the hop (index of the port just crossed) after which copies split off, with their routes */
  readonly splits: { hop: number; route: number }[][];
  /** per route: the hop at whose arrival the later copy is eliminated (−1: at the listener) */
  readonly mergeAt: Int32Array;
  /** per flow: whether it is redundant */
  readonly redundant: Uint8Array;

  constructor(model: Model, routes: readonly (readonly number[])[]) {
    this.splits = routes.map(() => []);
    this.mergeAt = new Int32Array(routes.length).fill(-1);
    this.redundant = new Uint8Array(model.flows.length);
    let next = 2 * model.flows.length;
    model.flows.forEach((f, i) => {
      if (!f.frer) return;
      this.redundant[i] = 1;
      const primary = routes[2 * i];
      const suffixes: number[] = [];
      for (const _ of f.frer) {
        const r = next++;
        const route = routes[r];
        let prefix = 0;
        while (prefix < Math.min(primary.length, route.length) - 1 && primary[prefix] === route[prefix]) prefix++;
        let suffix = 0;
        while (suffix < Math.min(primary.length, route.length) - 1 && primary[primary.length - 1 - suffix] === route[route.length - 1 - suffix]) suffix++;
        this.splits[2 * i].push({ hop: prefix - 1, route: r });
        suffixes.push(suffix);
        this.mergeAt[r] = suffix > 0 ? route.length - suffix - 1 : -1;
      }
      // with one redundant route the copies meet where it rejoins; with several, at the listener
      if (f.frer.length === 1 && suffixes[0] > 0) this.mergeAt[2 * i] = primary.length - suffixes[0] - 1;
      else for (let k = next - f.frer.length; k < next; k++) this.mergeAt[k] = -1;
    });
  }
}
