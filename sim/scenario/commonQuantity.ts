/**
 * The quantities scenarios are made of ("1 Gb/s", "250 us", "1500 B", "100 m"), read without
 * mathjs: a number, a unit and for rates a "/" and a time unit, from a short table. mathjs builds
 * its typed functions on first use (about 100 ms, on every thread that loads a scenario), so this
 * answers for the common units and anything else goes to mathjs as before. The value is computed
 * with the operations mathjs's Unit uses (value × (unit × prefix)^power per unit, then ÷ the
 * target's, which is 1 here), so it is the same number to the bit: commonQuantity.test.ts
 * compares the two over every unit of the table.
 */
import type { Quantity } from './units.ts';

type Dimension = 'time' | 'bits' | 'length';

/** [unit, dimension, value in s, bit or m, prefixes allowed]: values and prefixes as mathjs's Unit has them */
const UNITS: [string, Dimension, number, string[]][] = [
  ['s', 'time', 1, ['', 'm', 'u', 'n', 'p']],
  ['minute', 'time', 60, ['']],
  ['hour', 'time', 3600, ['']],
  ['h', 'time', 3600, ['']],
  ['b', 'bits', 1, ['', 'k', 'M', 'G', 'T', 'Ki', 'Mi', 'Gi', 'Ti']],
  ['B', 'bits', 8, ['', 'k', 'M', 'G', 'T', 'Ki', 'Mi', 'Gi', 'Ti']],
  ['m', 'length', 1, ['', 'k', 'c', 'm']],
];
const PREFIXES: Record<string, number> = {
  '': 1,
  p: 1e-12,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  c: 1e-2,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

interface Unit {
  dimension: Dimension;
  value: number;
  prefix: number;
}

/** Every unit of the table with each of its prefixes, by the text that names it ("ms", "Gb", "km"). */
export const COMMON_UNITS: ReadonlyMap<string, Unit> = new Map(
  UNITS.flatMap(([name, dimension, value, prefixes]) => prefixes.map((p) => [p + name, { dimension, value, prefix: PREFIXES[p] }] as const)),
);

const WANTS: Record<Quantity, [Dimension, Dimension | undefined]> = {
  time: ['time', undefined],
  rate: ['bits', 'time'],
  size: ['bits', undefined],
  length: ['length', undefined],
};

// mathjs's number (a sign, digits with at most one dot, an exponent), blanks, a unit, and for a rate "/" and a unit
const QUANTITY = /^([+-]?)(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[ \t]*([A-Za-z]+)(?:[ \t]*\/[ \t]*([A-Za-z]+))?$/;

/**
 * The quantity in SI base units (s, bit/s, bit, m) when `text` (already normalised, see units.ts)
 * is a number and a unit of the table of the right kind; undefined otherwise (mathjs decides).
 */
export function commonQuantity(text: string, kind: Quantity): number | undefined {
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const [, sign, digits, exponent = '', name, perName] = m;
  const unit = COMMON_UNITS.get(name);
  const per = perName === undefined ? undefined : COMMON_UNITS.get(perName);
  const [dimension, perDimension] = WANTS[kind];
  if (!unit || unit.dimension !== dimension || (perName !== undefined && per === undefined) || per?.dimension !== perDimension) return undefined;
  // as mathjs: parseFloat of the number's text (a "+" dropped), then Unit._normalize: × (unit × prefix)^power, unit by unit
  let value = parseFloat((sign === '-' ? '-' : '') + digits + exponent) * (unit.value * unit.prefix) ** 1;
  if (per) value = value * (per.value * per.prefix) ** -1;
  return value;
}
