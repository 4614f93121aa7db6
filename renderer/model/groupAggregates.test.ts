import { describe, expect, test } from 'vitest';
import { Mulberry32 } from '../../sim/core/mulberry32.ts';
import { aggregateGroups, aggregateGroupsInSlices, type GroupIndex, groupAggregates } from './groupAggregates.ts';

/** 40 groups; 3,000 links and 5,000 flows each touching one to three of them, figures with ties and gaps */
function fixture() {
  const g = new Mulberry32(11);
  const rnd = () => g.next();
  const groups = Array.from({ length: 40 }, (_, i) => `G${i}`);
  const pick = () => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => groups[Math.floor(rnd() * 40)]))];
  const index: GroupIndex = {
    groups,
    links: Array.from({ length: 3000 }, (_, i) => [`L${i}`, pick()]),
    flows: Array.from({ length: 5000 }, (_, i) => [`F${i}`, pick()]),
  };
  const utilization = new Map(index.links.filter(() => rnd() < 0.9).map(([k]) => [k, Math.round(rnd() * 10) / 10]));
  const margins = new Map(index.flows.map(([f]) => [f, rnd() < 0.2 ? null : Math.round(rnd() * 20) / 10 - 1]));
  return { index, utilization, margins };
}

describe('group aggregates made ahead in slices', () => {
  test('the same figures as aggregateGroups, and the topology then finds them made', async () => {
    const { index, utilization, margins } = fixture();
    const atOnce = aggregateGroups(index, utilization, margins);
    let t = 0;
    let yields = 0;
    await aggregateGroupsInSlices(index, utilization, margins, { budgetMs: 1, now: () => t++, yieldNow: async () => void yields++ });
    expect(yields).toBeGreaterThan(100);
    const found = groupAggregates(index, utilization, margins);
    expect(found).toEqual(atOnce);
    expect(groupAggregates(index, utilization, margins)).toBe(found); // made ahead: not computed again in the render
    // another report's margins (or none) are computed, not taken from the one made ahead
    const other = new Map([['F1', -5]]);
    expect(groupAggregates(index, utilization, other)).toEqual(aggregateGroups(index, utilization, other));
    expect(groupAggregates(index, null, null)).toEqual(aggregateGroups(index, null, null));
  });
});
