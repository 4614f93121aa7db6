import { describe, expect, it } from 'vitest';
import { checkStructure } from './checkStructure.ts';
import { MAX_DEPTH } from './parseJson.ts';

describe('checkStructure', () => {
  it('accepts plain JSON values', () => {
    expect(checkStructure(JSON.parse('{"a": [1, "x", null, true, {"b": {}}]}'))).toEqual([]);
  });

  it('refuses prototype keys wherever they are, with their path (JSON.parse makes "__proto__" an own key)', () => {
    const doc = JSON.parse('{"nodes": [{"tsn": {"ports": {"__proto__": {"gates": 1}}}}], "constructor": 1, "a": {"prototype": 2}}');
    expect(checkStructure(doc).map((i) => i.path)).toEqual(['constructor', 'nodes[0].tsn.ports.__proto__', 'a.prototype']);
  });

  it('refuses what JSON cannot hold: cycles and deep nesting built in code, functions, NaN, class instances', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(checkStructure(cyclic)).toEqual([{ path: 'self' + '.self'.repeat(MAX_DEPTH - 1), message: `nested deeper than ${MAX_DEPTH} levels` }]);
    expect(checkStructure({ f: () => 1, n: Number.NaN, d: new Date(0) })).toEqual([
      { path: 'f', message: 'expected a JSON value, got function' },
      { path: 'n', message: 'expected a finite number, got NaN' },
      { path: 'd', message: 'expected a plain JSON object' },
    ]);
  });
});
