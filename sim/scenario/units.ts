/**
 * Quantities people type (`"1 Gb/s"`, `"100 Mbit/s"`, `"250 us"`, `"1500 B"`, `"2 km"`),
 * parsed with mathjs units and returned in SI base units: seconds, bit/s, bytes, metres.
 * The common ones are read by a table (commonQuantity.ts) to the same values, without waking mathjs.
 */
import { create, unitDependencies, createUnitDependencies } from 'mathjs';
import { commonQuantity } from './commonQuantity.ts';

/** mathjs with its units, made on the first quantity the table does not know */
let math: ReturnType<typeof create> | undefined;

export type Quantity = 'time' | 'rate' | 'size' | 'length';

const TARGET: Record<Quantity, { unit: string; example: string; factor: number }> = {
  time: { unit: 's', example: '"250 us"', factor: 1 },
  rate: { unit: 'b/s', example: '"1 Gb/s"', factor: 1 },
  size: { unit: 'b', example: '"1500 B"', factor: 1 / 8 },
  length: { unit: 'm', example: '"100 m"', factor: 1 },
};

/** Aliases people type that mathjs does not know, rewritten to names it does. */
const ALIASES: [RegExp, string][] = [
  [/[µμ]/g, 'u'],
  [/\b([kMGT]?)bps\b/g, '$1b/s'],
  [/\b([kKMGT]?)Bps\b/g, '$1B/s'],
  [/\b([kMGTPEZYmunp]?)bits?\b/g, '$1b'],
  [/\b([kMGTPEZYKi]*)bytes?\b/gi, '$1B'],
  [/\bKB\b/g, 'kB'],
  [/\b(secs?|seconds?)\b/g, 's'],
  [/\b(m|u|n|p)secs?\b/g, '$1s'],
  [/\bmin\b/g, 'minute'],
  [/\bhrs?\b/g, 'hour'],
];

export function normalise(text: string): string {
  let s = text.trim();
  for (const [re, to] of ALIASES) s = s.replace(re, to);
  // "10s", "1.5Gb/s": insert the space mathjs wants between number and unit
  // (one way to split the digits, so backtracking is linear)
  return s.replace(/^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?![\d.eE])(?=[A-Za-z])/, '$1 ');
}

export class UnitParseError extends Error {}

/** Longest quantity text accepted ("1.25 Gbit/s" is 11): longer text is refused before any parsing. */
export const MAX_QUANTITY_LENGTH = 100;

/** Values already read, per kind: a plant repeats a few texts ("1 ms", "1 Gb/s") thousands of times. Cleared when full. */
const known: Record<Quantity, Map<string, number>> = { time: new Map(), rate: new Map(), size: new Map(), length: new Map() };
const KNOWN_MAX = 4096;

/** Parses `text` as a quantity of the given kind; throws UnitParseError saying what was expected. */
export function parseQuantity(text: string, kind: Quantity): number {
  const cache = known[kind];
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const value = readQuantity(text, kind);
  if (cache.size >= KNOWN_MAX) cache.clear();
  cache.set(text, value);
  return value;
}

function readQuantity(text: string, kind: Quantity): number {
  const target = TARGET[kind];
  const expected = `a ${kind === 'size' ? 'size' : kind === 'rate' ? 'data rate' : kind} like ${target.example}`;
  if (typeof text !== 'string' || text.trim() === '') throw new UnitParseError(`expected ${expected}`);
  if (text.length > MAX_QUANTITY_LENGTH) throw new UnitParseError(`expected ${expected}, got a text of ${text.length} characters`);
  const normalised = normalise(text);
  const value = commonQuantity(normalised, kind) ?? withMathjs(normalised, kind);
  if (value === undefined) throw new UnitParseError(`expected ${expected}, got ${JSON.stringify(text)}`);
  if (!Number.isFinite(value)) throw new UnitParseError(`expected a finite ${kind}, got ${JSON.stringify(text)}`);
  return value * target.factor;
}

/** `text` (normalised) read by mathjs, in the target's unit; undefined when mathjs cannot read it as one. The reference commonQuantity is tested against. */
export function withMathjs(normalised: string, kind: Quantity): number | undefined {
  math ??= create({ unitDependencies, createUnitDependencies });
  try {
    const u = math.unit(normalised);
    return u.value === null ? undefined : u.toNumber(TARGET[kind].unit);
  } catch {
    return undefined;
  }
}

/** True when `text` parses as the quantity (for schema refinements and as-you-type checks). */
export function isQuantity(text: string, kind: Quantity): boolean {
  try {
    parseQuantity(text, kind);
    return true;
  } catch {
    return false;
  }
}
