/**
 * A flow's source: the instants at which it emits, per its pattern. `first()` and `next()`
 * return absolute times in picoseconds (integers), or Infinity when the source is done;
 * `burstSize()` says how many messages go out at the current instant.
 */
import { Mulberry32 } from '../core/mulberry32.ts';
import type { Rng } from '../core/Rng.ts';
import type { FlowModel } from '../scenario/model.ts';
import { sampler, type Sampler } from './sampler.ts';

export class Source {
  private n = 0;
  private t = 0;
  private onEnd = 0;
  private inBurst = 0;
  private readonly expGap: Sampler | undefined;
  private readonly mulberry: Mulberry32 | undefined;
  private readonly onLen: Sampler | undefined;
  private readonly offLen: Sampler | undefined;
  /** the flow's pattern and end, held here: one object fewer to reach per emission */
  private readonly p: FlowModel['pattern'];
  private readonly stopPs: number;
  /** messages per instant */
  private readonly burst: number;
  /** a periodic pattern's period (0: another pattern) and offset, read without reaching the pattern */
  private readonly period: number;
  private readonly offset: number;

  constructor(
    private readonly flow: FlowModel,
    rng: Rng,
  ) {
    const p = (this.p = flow.pattern);
    this.stopPs = flow.stopPs;
    this.burst = p.type === 'burst' && p.spacingPs === 0 ? p.count : 1;
    this.period = p.type === 'periodic' ? p.periodPs : 0;
    this.offset = p.type === 'periodic' ? p.offsetPs : 0;
    if (p.type === 'poisson') {
      if (p.reproduce) this.mulberry = new Mulberry32(p.reproduce.seed + rng.replication);
      else this.expGap = sampler({ dist: 'exponential', mean: p.meanIntervalPs }, rng.stream(`flow:${flow.id}/arrivals`));
    } else if (p.type === 'onoff') {
      const s = rng.stream(`flow:${flow.id}/onoff`);
      this.onLen = sampler(p.on, s);
      this.offLen = sampler(p.off, s);
    }
  }

  /** Messages to emit at the instant last returned (bursts emit several at once). */
  burstSize(): number {
    return this.burst;
  }

  /** True when the message emitted now is the last of a frame-sized burst (it may be shorter). */
  isLastOfBurst(k: number): boolean {
    const p = this.p;
    return p.type === 'burst' && (p.spacingPs === 0 ? k : this.inBurst) === p.count - 1;
  }

  /** Which instant of its pattern the last one returned is (a trace's row, for its packet size). */
  index(): number {
    return this.n;
  }

  first(): number {
    const p = this.p;
    const start = this.flow.startPs;
    switch (p.type) {
      case 'periodic':
      case 'burst': {
        const period = p.periodPs;
        this.n = start > p.offsetPs ? Math.ceil((start - p.offsetPs) / period) : 0;
        this.inBurst = 0;
        return this.check(p.offsetPs + this.n * period);
      }
      case 'cbr':
        this.n = start > p.offsetPs ? Math.ceil((start - p.offsetPs) / p.intervalPs) : 0;
        return this.check(p.offsetPs + Math.round(this.n * p.intervalPs));
      case 'poisson':
        this.t = start;
        return this.next();
      case 'onoff':
        this.t = start;
        this.n = 0;
        this.onEnd = start + Math.max(1, Math.round(this.onLen!() * 1e12));
        return this.check(this.t);
      case 'trace': {
        let i = 0;
        while (i < p.timesPs.length && p.timesPs[i] < start) i++;
        this.n = i;
        return this.check(i < p.timesPs.length ? p.timesPs[i] : Infinity);
      }
    }
  }

  next(): number {
    if (this.period > 0) return this.check(this.offset + ++this.n * this.period);
    const p = this.p;
    switch (p.type) {
      case 'periodic':
        return this.check(p.offsetPs + ++this.n * p.periodPs);
      case 'burst':
        if (p.spacingPs > 0 && ++this.inBurst < p.count) return this.check(p.offsetPs + this.n * p.periodPs + this.inBurst * p.spacingPs);
        this.inBurst = 0;
        return this.check(p.offsetPs + ++this.n * p.periodPs);
      case 'cbr':
        return this.check(p.offsetPs + Math.round(++this.n * p.intervalPs));
      case 'poisson': {
        if (this.mulberry) {
          const r = p.reproduce!;
          // X = round-half-up(−mean · ln(1 − u)) steps of the resolution (the reference program's rule)
          this.t += Math.floor(-r.meanSteps * Math.log(1 - this.mulberry.next()) + 0.5) * r.resolutionPs;
        } else this.t += Math.round(this.expGap!());
        return this.check(this.t);
      }
      case 'onoff': {
        // this.t is the start of the current on period; packets go out at a constant rate within it
        let t = this.t + Math.round(p.intervalPs * ++this.n);
        while (t >= this.onEnd) {
          this.t = this.onEnd + Math.round(this.offLen!() * 1e12);
          this.onEnd = this.t + Math.max(1, Math.round(this.onLen!() * 1e12));
          this.n = 0;
          t = this.t;
          if (t >= this.stopPs) break;
        }
        return this.check(t);
      }
      case 'trace':
        return this.check(++this.n < p.timesPs.length ? p.timesPs[this.n] : Infinity);
    }
  }

  private check(t: number): number {
    return t < this.stopPs ? t : Infinity;
  }
}
