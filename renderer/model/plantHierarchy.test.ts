import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { plantHierarchy } from './plantHierarchy.ts';

describe('plantHierarchy', () => {
  test('inferred from the switch tree: each cell switch heads its devices, each area switch its cells, the core is the plant', () => {
    const s = makePlant({ devices: 1200, perCell: 50 }); // 24 cells in 3 areas
    const groups = plantHierarchy(s);
    const byId = new Map(groups.map((g) => [g.id, g]));
    expect(byId.has('CORE')).toBe(false);
    const c1 = byId.get('C1')!;
    expect(c1.leaf).toBe(true);
    expect(c1.parent).toBe('A1');
    expect(c1.members).toHaveLength(50);
    expect(c1.members.every((m) => m.startsWith('C1-'))).toBe(true);
    const a1 = byId.get('A1')!;
    expect(a1.leaf).toBe(false);
    expect(a1.parent).toBeNull();
    // 10 cells of 50 devices, their 10 switches, the area's edge server
    expect(a1.members).toHaveLength(10 * 51 + 1);
    expect(groups.filter((g) => g.leaf)).toHaveLength(24);
  });

  test('from the group field: every prefix of a path is a group, nested in the one above', () => {
    const nodes = [
      { id: 'CORE', type: 'switch' },
      { id: 'area2/cell07/SW', type: 'switch', group: 'area2/cell07' },
      { id: 'area2/cell07/DRV3', type: 'drive', group: 'area2/cell07' },
      { id: 'area2/SW', type: 'switch', group: 'area2' },
    ];
    const groups = plantHierarchy({ nodes, links: [] });
    expect(groups).toEqual([
      { id: 'group:area2', label: 'area2', members: ['area2/cell07/SW', 'area2/cell07/DRV3', 'area2/SW'], parent: null, leaf: false },
      { id: 'group:area2/cell07', label: 'area2/cell07', members: ['area2/cell07/SW', 'area2/cell07/DRV3'], parent: 'group:area2', leaf: true },
    ]);
  });

  test('a ring of switches is still one tree: no device is in two sibling groups', () => {
    const nodes = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `S${i}`, type: 'switch' })),
      ...Array.from({ length: 18 }, (_, i) => ({ id: `D${i}`, type: 'io' })),
    ];
    const links = [
      ...Array.from({ length: 6 }, (_, i) => ({ from: `S${i}`, to: `S${(i + 1) % 6}` })),
      ...Array.from({ length: 18 }, (_, i) => ({ from: `D${i}`, to: `S${i % 6}` })),
    ];
    const leaves = plantHierarchy({ nodes, links }).filter((g) => g.leaf);
    const seen = leaves.flatMap((g) => g.members);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
