import { expect, test } from 'vitest';
import { freeSpot } from './freeSpot.ts';

test('a new device lands at the spot asked for when it is free, and beside the others when not', () => {
  expect(freeSpot([], [3, 4, 0])).toEqual([3, 4, 0]);
  const placed: [number, number, number][] = [[0, 0, 0]];
  for (let i = 0; i < 20; i++) placed.push(freeSpot(placed, [0, 0, 0]));
  for (let i = 0; i < placed.length; i++)
    for (let j = 0; j < i; j++) expect(Math.hypot(placed[i][0] - placed[j][0], placed[i][1] - placed[j][1])).toBeGreaterThanOrEqual(2.4);
});
