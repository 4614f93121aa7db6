import { describe, expect, it } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { type Action, costFloor, costOf, planFloor } from './actions.ts';
import { DEFAULT_CATALOG } from './catalog.ts';

describe('costFloor: the least an action’s target can cost as the search grows the plan', () => {
  const doc = makePlant({ devices: 60, perCell: 20 });
  const link = (rate: string, fiber = false): Action => ({ kind: 'link-rate', link: 'C1-A1', rate, fiber });

  it('a link: the cheapest tier at its rate or faster, its fiber conversion left out (a lower bound)', () => {
    expect(costFloor(link('1 Gb/s'), doc, DEFAULT_CATALOG)).toBe(400);
    expect(costFloor(link('1 Gb/s', true), doc, DEFAULT_CATALOG)).toBe(400);
    expect(costOf(link('1 Gb/s', true), doc, DEFAULT_CATALOG)).toBeGreaterThan(400);
    // a catalog whose faster tier is on offer for less
    const odd = { ...DEFAULT_CATALOG, linkTiers: [...DEFAULT_CATALOG.linkTiers.slice(0, 3), { rate: '10 Gb/s', cost: 300 }] };
    expect(costFloor(link('1 Gb/s'), doc, odd)).toBe(300);
  });

  it('a switch: the cheapest model; a gate schedule: its engineering alone; the rest: their cost', () => {
    expect(costFloor({ kind: 'switch', node: 'C1', model: 'tsn' }, doc, DEFAULT_CATALOG)).toBe(2500);
    expect(costFloor({ kind: 'tsn-schedule', flows: ['x'], model: 'tsn', switches: ['C1', 'A1'] }, doc, DEFAULT_CATALOG)).toBe(0);
    const gpu: Action = { kind: 'gpu', node: 'A1-EDGE', add: 2 };
    expect(costFloor(gpu, doc, DEFAULT_CATALOG)).toBe(costOf(gpu, doc, DEFAULT_CATALOG));
    expect(planFloor([link('2.5 Gb/s'), gpu], doc, DEFAULT_CATALOG)).toBe(900 + 30_000);
  });
});
