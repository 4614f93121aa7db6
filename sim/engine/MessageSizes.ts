/** The size of each message a flow emits: its pattern's own (a trace's, a burst's last), else drawn or constant. */
import type { Rng } from '../core/Rng.ts';
import type { Model } from '../scenario/model.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import type { Source } from '../traffic/Source.ts';

export class MessageSizes {
  /** size sampler of each flow; undefined when the size is constant (then `constSize`) */
  private readonly sizeOf: (Sampler | undefined)[];

  constructor(
    private readonly flows: Model['flows'],
    private readonly sources: Source[],
    private readonly constSize: Float64Array,
    rng: Rng,
  ) {
    this.sizeOf = flows.map((f) => (f.size.dist === 'constant' ? undefined : sampler(f.size, rng.stream(`flow:${f.id}/size`))));
  }

  /** Size of the k-th message flow f emits now. */
  at(f: number, k: number): number {
    const p = this.flows[f].pattern;
    const src = this.sources[f];
    if (p.type === 'trace' && p.sizes !== undefined) return p.sizes[src.index()];
    if (p.type === 'burst' && src.isLastOfBurst(k)) return p.lastSize;
    const sizeOf = this.sizeOf[f];
    return sizeOf === undefined ? this.constSize[f] : Math.max(1, Math.round(sizeOf()));
  }
}
