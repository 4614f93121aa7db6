import { describe, expect, test } from 'vitest';
import { marginOrder } from './marginOrder.ts';
import type { PlannedAction } from '../../sim/api/index.ts';

describe('marginOrder', () => {
  test('the flows an action fixes come first, then those it moves most', () => {
    const a = {
      fixes: ['c'],
      margins: [
        { flow: 'a', before: -1, after: 0.2, without: 0.19 },
        { flow: 'b', before: -1, after: 0.3, without: -0.5 },
        { flow: 'c', before: -3, after: 0.1, without: -0.01 },
        { flow: 'd', before: null, after: null, without: null },
      ],
    } as unknown as PlannedAction;
    expect(marginOrder(a).map((m) => m.flow)).toEqual(['c', 'b', 'a', 'd']);
  });
});
