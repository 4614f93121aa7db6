/**
 * Whether two JSON values of a scenario say the same thing: deep equality, where two texts that
 * read as the same quantity ("1 Gb/s" and "1000 Mb/s", "250us" and "250 us") are equal.
 */
import { type Quantity, UnitParseError, parseQuantity } from '../../scenario/units.ts';

const KINDS: readonly Quantity[] = ['time', 'rate', 'size', 'length'];

function sameQuantity(a: string, b: string): boolean {
  for (const kind of KINDS) {
    try {
      const x = parseQuantity(a, kind);
      const y = parseQuantity(b, kind);
      return x === y || Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
    } catch (e) {
      if (!(e instanceof UnitParseError)) throw e;
    }
  }
  return false;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return sameQuantity(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    return a.length === y.length && a.every((v, i) => sameValue(v, y[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (!sameValue(x[k], y[k])) return false;
  return true;
}
