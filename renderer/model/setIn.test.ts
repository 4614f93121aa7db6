import { describe, expect, test } from 'vitest';
import { getIn, pathString, setIn, setInPruned } from './setIn.ts';

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

  test('clearing the last setting of a block removes the block, but never an array element', () => {
    const node = { id: 'S', tsn: { ports: { B: { cbs: { 5: { idleSlope: '1 Mb/s' } } } } } };
    expect(setInPruned(node, ['tsn', 'ports', 'B', 'cbs', '5', 'idleSlope'], undefined)).toEqual({ id: 'S' });
    const two = { tsn: { gates: { cycle: '1 ms' }, cbs: { 5: { idleSlope: '1 Mb/s' } } } };
    expect(setInPruned(two, ['tsn', 'cbs', '5', 'idleSlope'], undefined)).toEqual({ tsn: { gates: { cycle: '1 ms' } } });
    const s = { nodes: [{ id: 'S', tsn: { gates: {} as Record<string, unknown> } }] };
    expect(setInPruned(s, ['nodes', 0, 'tsn', 'gates', 'syncError'], undefined)).toEqual({ nodes: [{ id: 'S' }] });
    expect(setInPruned({ a: [{ b: 1 }] }, ['a', 0, 'b'], undefined)).toEqual({ a: [{}] });
  });
});
