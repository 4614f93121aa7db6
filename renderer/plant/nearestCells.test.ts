import { describe, expect, test } from 'vitest';
import { nearestCells } from './nearestCells.ts';

describe('nearestCells', () => {
  const row = Array.from({ length: 10 }, (_, i) => ({ x: i * 10, z: 0 }));
  const at = (x: number, y = 0) => ({ x, y, z: 0 });

  test('the cells within the radius of the eye (its height counts), nearest the point looked at first', () => {
    expect(nearestCells(row, at(31), at(31), 15, 10)).toEqual([3, 4, 2]);
    expect(nearestCells(row, at(31), at(45), 15, 10)).toEqual([4, 3, 2]);
    expect(nearestCells(row, at(31, 14), at(31), 15, 10)).toEqual([3]); // √(1 + 196) < 15, √(81 + 196) > 15
    expect(nearestCells(row, at(31, 100), at(31), 15, 10)).toEqual([]);
  });

  test('at most `max` cells, those nearest the point looked at', () => {
    expect(nearestCells(row, at(0), at(0), 1000, 3)).toEqual([0, 1, 2]);
    expect(nearestCells(row, at(0), at(90), 1000, 3)).toEqual([9, 8, 7]);
  });
});
