/** Draws from a distribution (DESIGN.md: constant, exponential, uniform, normal, lognormal, empirical). */
import type { RngStream } from '../core/Rng.ts';
import type { Dist } from '../scenario/model.ts';

export type Sampler = () => number;

/** A sampler of `d`, never negative. Lognormal takes the mean and std of the variable itself. */
export function sampler(d: Dist, rng: RngStream): Sampler {
  switch (d.dist) {
    case 'constant': {
      const v = d.value;
      return () => v;
    }
    case 'exponential': {
      const m = d.mean;
      return () => m * rng.exponential();
    }
    case 'uniform': {
      const { min, max } = d;
      return () => min + (max - min) * rng.next();
    }
    case 'normal': {
      const { mean, std } = d;
      return () => Math.max(0, mean + std * gaussian(rng));
    }
    case 'lognormal': {
      const s2 = Math.log(1 + (d.std * d.std) / (d.mean * d.mean));
      const mu = Math.log(d.mean) - s2 / 2;
      const s = Math.sqrt(s2);
      return () => Math.exp(mu + s * gaussian(rng));
    }
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      const cdf: number[] = [];
      let acc = 0;
      for (const x of w) cdf.push((acc += x / total));
      const values = d.values;
      return () => {
        const u = rng.next();
        let i = 0;
        while (i < cdf.length - 1 && u >= cdf[i]) i++;
        return values[i];
      };
    }
  }
}

/** Standard normal by Box–Muller (one value per call, so streams stay simple to reason about). */
function gaussian(rng: RngStream): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
