/**
 * Zod building blocks for scenario fields that hold a quantity or a distribution.
 * Each parses human units into SI numbers (seconds, bit/s, bytes, metres) and reports
 * what was expected when it cannot.
 */
import { z } from 'zod';
import { parseQuantity, type Quantity, UnitParseError } from './units.ts';
import { maxOf } from '../core/extrema.ts';

const NUMBER_UNIT = '^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*[A-Za-zµμ/]';

const EXAMPLES: Record<Quantity, string> = {
  time: '"250 us", "1 ms", "10 s"',
  rate: '"100 Mb/s", "1 Gb/s"',
  size: '"100 B", "1500 B", "2 MB"',
  length: '"100 m", "2 km"',
};

type Bound = 'positive' | 'nonNegative';

/**
 * Why a value would vanish in the engine's integer picoseconds (a time, or a rate's time per
 * byte, that rounds to 0 ps would let events pile up at one instant forever), or undefined.
 */
function belowTimeStep(kind: Quantity, v: number): string | undefined {
  if (kind === 'time' && v > 0 && v < 0.5e-12) return "is shorter than 1 ps, the simulation's time step";
  if (kind === 'rate' && 8e12 / v < 0.5) return "is so fast that one byte takes less than 1 ps, the simulation's time step";
  return undefined;
}

/** A string quantity (`"1 Gb/s"`) parsed to its SI value. */
export function quantity(kind: Quantity, bound: Bound, description: string) {
  return z
    .string()
    .transform((text, ctx) => {
      let v: number;
      try {
        v = parseQuantity(text, kind);
      } catch (e) {
        ctx.issues.push({ code: 'custom', input: text, message: e instanceof UnitParseError ? e.message : String(e) });
        return z.NEVER;
      }
      if (bound === 'positive' ? !(v > 0) : !(v >= 0)) {
        const what = bound === 'positive' ? 'greater than 0' : 'at least 0';
        ctx.issues.push({ code: 'custom', input: text, message: `expected a ${kind} ${what}, got ${JSON.stringify(text)}` });
        return z.NEVER;
      }
      const below = belowTimeStep(kind, v);
      if (below) {
        ctx.issues.push({ code: 'custom', input: text, message: `${JSON.stringify(text)} ${below}` });
        return z.NEVER;
      }
      return v;
    })
    .meta({ description: `${description} (e.g. ${EXAMPLES[kind]})`, pattern: NUMBER_UNIT });
}

export type Dist =
  | { dist: 'constant'; value: number }
  | { dist: 'exponential'; mean: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'normal'; mean: number; std: number }
  | { dist: 'lognormal'; mean: number; std: number }
  | { dist: 'empirical'; values: number[]; weights: number[] | undefined };

/** A constant quantity string, or `{ "dist": … }` with quantities as its parameters. */
export function distribution(kind: Quantity, description: string) {
  const q = (d: string) => quantity(kind, 'nonNegative', d);
  const qp = (d: string) => quantity(kind, 'positive', d);
  const constant = quantity(kind, kind === 'time' ? 'nonNegative' : 'positive', description).transform((value): Dist => ({ dist: 'constant', value }));
  const object = z.discriminatedUnion('dist', [
    z.strictObject({ dist: z.literal('constant'), value: q('the value') }),
    z.strictObject({ dist: z.literal('exponential'), mean: qp('the mean') }),
    z
      .strictObject({ dist: z.literal('uniform'), min: q('the smallest value'), max: q('the largest value') })
      .refine((d) => d.max >= d.min, { message: 'expected max ≥ min', path: ['max'] }),
    z.strictObject({ dist: z.literal('normal'), mean: q('the mean'), std: q('the standard deviation') }),
    z.strictObject({ dist: z.literal('lognormal'), mean: qp('the mean'), std: q('the standard deviation') }),
    z
      .strictObject({
        dist: z.literal('empirical'),
        values: z.array(q('a value')).min(1),
        weights: z.array(z.number().nonnegative()).optional(),
      })
      .refine((d) => d.weights === undefined || d.weights.length === d.values.length, {
        message: 'expected as many weights as values',
        path: ['weights'],
      })
      .refine((d) => d.weights === undefined || d.weights.some((w) => w > 0), {
        message: 'expected at least one positive weight',
        path: ['weights'],
      }),
  ]);
  return z.union([constant, object.transform((d) => d as Dist)]).meta({
    description:
      `${description}: a constant like ${EXAMPLES[kind].split(',')[0]} or { "dist": ` +
      `"exponential" | "uniform" | "normal" | "lognormal" | "empirical" | "constant", … }`,
  });
}

/** Mean of a distribution, in its own unit. */
export function distMean(d: Dist): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'exponential':
    case 'normal':
    case 'lognormal':
      return d.mean;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return d.values.reduce((a, v, i) => a + v * w[i], 0) / total;
    }
  }
}

/** Largest value a distribution can take (Infinity for unbounded ones). */
export function distMax(d: Dist): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'uniform':
      return d.max;
    case 'empirical':
      return maxOf(d.values);
    default:
      return Infinity;
  }
}
