import { describe, expect, test } from 'vitest';
import { setIn } from '../model/setIn.ts';
import { editedPrices, parsePrice, priceGroups } from './priceFields.ts';
import { DEFAULT_CATALOG, resolveCatalog } from '../../sim/api/index.ts';

describe('priceFields', () => {
  test('every price of the default catalog is editable, with itself as its default', () => {
    const fields = priceGroups(DEFAULT_CATALOG).flatMap((g) => g.fields);
    // every number of the catalog but the tiers' and the switch models' is a top-level price (or the copper reach)
    const topLevel = Object.values(DEFAULT_CATALOG).filter((v) => typeof v === 'number').length;
    expect(fields.length).toBe(DEFAULT_CATALOG.linkTiers.length + DEFAULT_CATALOG.wanTiers.length + DEFAULT_CATALOG.switchModels.length + topLevel);
    for (const f of fields) expect(f.default).toBeTypeOf('number');
    expect(editedPrices(DEFAULT_CATALOG)).toEqual([]);
  });

  test('an edited price is reported by its path; its default stays the catalog default', () => {
    const c = setIn(DEFAULT_CATALOG, ['gpuServer'], 9000);
    expect(editedPrices(c)).toEqual(['gpuServer']);
    expect(
      priceGroups(c)
        .flatMap((g) => g.fields)
        .find((f) => f.path[0] === 'gpuServer')!.default,
    ).toBe(15000);
    expect(() => resolveCatalog(c)).not.toThrow();
  });

  test('a catalog with its own tiers matches defaults by rate, and has none for a rate the defaults lack', () => {
    const c = resolveCatalog({
      linkTiers: [
        { rate: '1 Gb/s', cost: 500 },
        { rate: '25 Gb/s', cost: 8000 },
      ],
    });
    const tiers = priceGroups(c)[0].fields;
    expect(tiers.map((f) => f.default)).toEqual([400, undefined]);
    expect(editedPrices(c)).toEqual(['linkTiers[0].cost']);
  });

  test('prices parse with or without a dollar sign and separators; negatives and words are refused', () => {
    expect(parsePrice('$12,500')).toEqual({ value: 12500 });
    expect(parsePrice('0')).toEqual({ value: 0 });
    expect(parsePrice('-5')).toHaveProperty('error');
    expect(parsePrice('cheap')).toHaveProperty('error');
    expect(parsePrice(' ')).toHaveProperty('error');
  });
});
