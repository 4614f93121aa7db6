import { describe, expect, test } from 'vitest';
import { nearestCells } from './nearestCells.ts';

describe('nearestCells', () => {
  const row = Array.from({ length: 10 }, (_, i) => ({ x: i * 10, z: 0 }));

  test("the cells within the radius of the eye, nearest first (the eye's height counts)", () => {
    expect(nearestCells(row, { x: 31, y: 0, z: 0 }, 15, 10)).toEqual([3, 4, 2]);
    expect(nearestCells(row, { x: 31, y: 14, z: 0 }, 15, 10)).toEqual([3]); // √(1 + 196) < 15, √(81 + 196) > 15
    expect(nearestCells(row, { x: 31, y: 100, z: 0 }, 15, 10)).toEqual([]);
  });

  test('at most `max` cells, the nearest', () => {
    expect(nearestCells(row, { x: 0, y: 0, z: 0 }, 1000, 3)).toEqual([0, 1, 2]);
  });
});
