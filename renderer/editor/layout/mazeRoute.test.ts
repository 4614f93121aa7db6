import { expect, test } from 'vitest';
import { linksThroughNodes } from './linksThroughNodes.ts';
import { mazeRoute } from './mazeRoute.ts';

const wall = { id: 'W', x: 100, y: 0, w: 20, h: 200 };

test('routes around a box in the way, orthogonally, with as few bends as it can (Lee routing: shortest, then fewest bends)', () => {
  const r = mazeRoute({ x: 0, y: 0 }, { x: 204, y: 0 }, [wall], 12)!;
  expect(r[0]).toEqual({ x: 0, y: 0 });
  expect(r.at(-1)).toEqual({ x: 204, y: 0 });
  for (let i = 1; i < r.length; i++) expect(r[i].x === r[i - 1].x || r[i].y === r[i - 1].y).toBe(true);
  expect(linksThroughNodes([{ key: 'k', from: 'a', to: 'b', points: r }], [wall], 0)).toEqual([]);
  // over or under the wall: up, across, down
  expect(r.length).toBe(4);
});

test('a straight line when nothing is in the way; null when the goal is walled in', () => {
  expect(mazeRoute({ x: 0, y: 0 }, { x: 96, y: 0 }, [], 12)).toEqual([
    { x: 0, y: 0 },
    { x: 96, y: 0 },
  ]);
  const box = [
    { id: 'N', x: 200, y: -60, w: 140, h: 20 },
    { id: 'S', x: 200, y: 60, w: 140, h: 20 },
    { id: 'E', x: 260, y: 0, w: 20, h: 140 },
    { id: 'Wb', x: 140, y: 0, w: 20, h: 140 },
  ];
  expect(mazeRoute({ x: 0, y: 0 }, { x: 204, y: 0 }, box, 12)).toBeNull();
});
