import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_UNITS, commonQuantity } from './commonQuantity.ts';
import { normalise, parseQuantity, type Quantity, withMathjs } from './units.ts';

const SCENARIOS = new URL('../../scenarios/', import.meta.url).pathname;
const KINDS: Quantity[] = ['time', 'rate', 'size', 'length'];
const NUMBERS = [
  '0',
  '1',
  '2.5',
  '250',
  '1500',
  '0.1',
  '.5',
  '5.',
  '1e3',
  '1.5e-7',
  '7E+2',
  '-3',
  '+4',
  '+-5',
  '1e400',
  '123456789.123456789',
  '0.000001',
  '1e-300',
];
const units = [...COMMON_UNITS.keys()];
const same = (text: string, kind: Quantity) => {
  const fast = commonQuantity(text, kind);
  if (fast !== undefined)
    expect(Object.is(fast, withMathjs(text, kind)), `${JSON.stringify(text)} as a ${kind}: ${fast} vs mathjs ${withMathjs(text, kind)}`).toBe(true);
  return fast;
};

describe('commonQuantity: the common units read without mathjs, to the same values', () => {
  it("every unit of the table, alone and per each time unit, with numbers of every form, as every kind: mathjs's value to the bit", () => {
    let read = 0;
    for (const n of NUMBERS)
      for (const u of units)
        for (const kind of KINDS) {
          for (const text of [`${n} ${u}`, ...units.map((t) => `${n} ${u}/${t}`), `${n}\t${u} / ${units[0]}`]) if (same(text, kind) !== undefined) read++;
        }
    expect(read).toBeGreaterThan(1000); // most of the grid is read here, not handed to mathjs
  });

  it("random numbers and spacing with the table's units: mathjs's value to the bit", () => {
    const number = fc
      .tuple(fc.constantFrom('', '+', '-'), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom('', 'e3', 'E-9', 'e+2'))
      .map(([s, x, e]) => `${s}${x}${e}`);
    const unit = fc.constantFrom(...units);
    const blank = fc.constantFrom('', ' ', '  ', '\t');
    fc.assert(
      fc.property(number, blank, unit, fc.option(fc.tuple(blank, unit, blank)), fc.constantFrom(...KINDS), (n, b, u, per, kind) => {
        same(`${n}${b}${u}${per ? `${per[0]}/${per[2]}${per[1]}` : ''}`, kind);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves what is not plainly a number and a unit of the table to mathjs', () => {
    for (const text of ['1 Gb/s^2', '1 mi', '1 day', '(1 s)', '1 b*s', '1 s s', '+-5 s', '1 s2', 'ms', '1 mb', '5 Mm'])
      expect(commonQuantity(text, 'time') ?? commonQuantity(text, 'length') ?? commonQuantity(text, 'rate')).toBeUndefined();
    expect(parseQuantity('1 day', 'time')).toBe(86400); // still read, by mathjs
    expect(parseQuantity('3 ft', 'length')).toBeCloseTo(0.9144, 12);
  });

  it('reads every quantity of every shipped scenario, so loading one never wakes mathjs', () => {
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    const files = readdirSync(SCENARIOS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    let quantities = 0;
    for (const file of files)
      for (const text of strings(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8'))))
        for (const kind of KINDS) {
          const reference = /^[-+.\d]/.test(text) ? withMathjs(normalise(text), kind) : undefined;
          if (reference === undefined) continue;
          quantities++;
          expect(commonQuantity(normalise(text), kind), `${file}: ${JSON.stringify(text)} as a ${kind}`).toBe(reference);
        }
    expect(quantities).toBeGreaterThan(2000);
  });
});
