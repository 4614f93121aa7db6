import { expect, test } from 'vitest';
import { placeGhosts } from './placeGhosts.ts';

const ghost = (id: string, position: [number, number, number] = [100, 100, 0]) => ({ id, type: 'compute', position, note: '' });
const link = (from: string, to: string) => ({ key: `${from}-${to}`, from, to, note: '' });

test('a new device is drawn next to the node its new link joins, in the layout’s pixels, not at its floor position', () => {
  const pos = new Map([
    ['CORE', { x: 0, y: 0 }],
    ['A', { x: 200, y: 0 }],
  ]);
  const at = placeGhosts([ghost('EDGE')], [link('EDGE', 'A')], pos, new Map(), 40);
  expect(at.get('EDGE')).toEqual({ x: 296, y: 0 });
});

test('clear of drawn nodes and of each other; joined to a hidden node, next to its closed group', () => {
  const pos = new Map([
    ['A', { x: 0, y: 0 }],
    ['B', { x: 96, y: 0 }],
    ['group:c1', { x: 0, y: 300 }],
  ]);
  const at = placeGhosts(
    [ghost('G1'), ghost('G2'), ghost('G3')],
    [link('G1', 'A'), link('G2', 'A'), link('G3', 'C1-SW')],
    pos,
    new Map([['C1-SW', 'group:c1']]),
    40,
  );
  const all = [...pos.values(), ...at.values()];
  for (const p of all) for (const q of all) if (p !== q) expect(Math.abs(p.x - q.x) >= 96 || Math.abs(p.y - q.y) >= 56).toBe(true);
  expect(Math.hypot(at.get('G1')!.x, at.get('G1')!.y)).toBeLessThan(200);
  expect(Math.hypot(at.get('G3')!.x - 0, at.get('G3')!.y - 300)).toBeLessThan(120);
});

test('a ghost joined to nothing drawn keeps its floor position', () => {
  expect(placeGhosts([ghost('X', [2, 3, 0])], [], new Map(), new Map(), 40).get('X')).toEqual({ x: 80, y: 120 });
});
