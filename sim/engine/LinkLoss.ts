/** Frames lost on links: while a link is down, or by a loss draw from the link's own stream. */
import type { Rng, RngStream } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import type { Model } from '../scenario/model.ts';

export class LinkLoss {
  /** per link: whether frames can be lost on it (a loss rate or down intervals) */
  readonly lossy: Uint8Array;
  private readonly rng: (RngStream | undefined)[];

  constructor(
    private readonly links: Model['links'],
    rng: Rng,
  ) {
    this.lossy = Uint8Array.from(links, (l) => (l.loss > 0 || l.failures.length > 0 ? 1 : 0));
    this.rng = links.map((l) => (l.loss > 0 ? rng.stream(`link:${l.id}/loss`) : undefined));
  }

  /** Whether a frame arriving at `now` over link l is lost: the link is down, or a loss draw says so. */
  lost(l: number, now: Ps): boolean {
    for (const [from, to] of this.links[l].failures) if (now >= from && now < to) return true;
    const rng = this.rng[l];
    return rng !== undefined && rng.next() < this.links[l].loss;
  }
}
