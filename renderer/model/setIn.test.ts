import { describe, expect, test } from 'vitest';
import { getIn, pathString, setIn } from './setIn.ts';

describe('setIn', () => {
  test('copies only along the path', () => {
    const o = { a: { b: [1, { c: 2 }] }, d: { e: 1 } };
    const n = setIn(o, ['a', 'b', 1, 'c'], 3);
    expect(getIn(n, ['a', 'b', 1, 'c'])).toBe(3);
    expect(o.a.b[1]).toEqual({ c: 2 });
    expect(n.d).toBe(o.d);
  });

  test('undefined removes a field; missing parents are created', () => {
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(setIn({} as Record<string, unknown>, ['simulation', 'duration'], '2 s')).toEqual({ simulation: { duration: '2 s' } });
  });

  test('paths print like the core’s issue paths', () => {
    expect(pathString(['links', 3, 'rate'])).toBe('links[3].rate');
  });
});
