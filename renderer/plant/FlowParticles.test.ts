import { describe, expect, test } from 'vitest';
import type { PlantData } from './PlantData.ts';
import { MAX, shown } from './FlowParticles.ts';

function plant(flows: number, margin: (k: number) => number | null): Pick<PlantData, 'scenario' | 'routes' | 'margins'> {
  const ids = Array.from({ length: flows }, (_, k) => `F${k}`);
  return {
    scenario: { flows: ids.map((id) => ({ id })) } as unknown as PlantData['scenario'],
    routes: new Map(ids.map((id) => [id, { nodes: ['A', 'B'], hops: [['A', 'B']] }])) as unknown as PlantData['routes'],
    margins: new Map(ids.map((id, k) => [id, margin(k)])),
  };
}

describe('FlowParticles: which flows show their packets', () => {
  test('every routed flow while they fit', () => {
    expect(shown(plant(100, () => 0.5)).length).toBe(100);
  });

  test('past MAX packets, the flows with the least margin; flows without one last', () => {
    const d = plant(16_800, (k) => (k % 7 === 0 ? null : (k % 1000) / 1000 - 0.1));
    const s = shown(d);
    expect(s.length * 3).toBeLessThanOrEqual(MAX);
    const worst = Math.max(...s.map((f) => d.margins!.get(f.id) ?? Number.POSITIVE_INFINITY));
    const left = [...d.margins!.entries()].filter(([id]) => !s.some((f) => f.id === id)).map(([, m]) => m ?? Number.POSITIVE_INFINITY);
    expect(Math.min(...left)).toBeGreaterThanOrEqual(worst);
    expect(s.some((f) => d.margins!.get(f.id) === null)).toBe(false);
  });
});
