import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../sim/api/index.ts';
import { jsonChunks } from './jsonChunks.ts';

const text = (value: unknown, depth?: number) => [...jsonChunks(value, depth)].join('');
const stringify = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('jsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, at every depth, empty and skipped members included', () => {
    const value = {
      a: [1, [], {}, [[]], { b: 'x\ny "q" →', c: undefined, d: () => 0 }, undefined, null],
      e: { f: { g: { h: [1.5e-7, -0, Number.NaN, Infinity] } } },
      date: new Date(0),
      '': 'empty key',
    };
    for (const depth of [0, 1, 2, 3, 6]) expect(text(value, depth)).toBe(stringify(value));
    for (const v of [[], {}, 'a', 3, null, [undefined]]) expect(text(v)).toBe(stringify(v));
  });

  it('writes a value whose text passes the longest string V8 can make, which JSON.stringify cannot', () => {
    const flow = { id: 'f', timeline: 'x'.repeat(2 ** 20) };
    const plant = (n: number) => ({ flows: Array.from({ length: n }, () => flow) }); // one flow in memory, n in the text
    expect(() => JSON.stringify(plant(520), null, 2)).toThrow(RangeError); // 545 MB > 2^29 - 24 characters
    let length = 0;
    let longest = 0;
    for (const piece of jsonChunks(plant(520))) [length, longest] = [length + piece.length, Math.max(longest, piece.length)];
    const [one, two] = [1, 2].map((n) => stringify(plant(n)).length); // the text grows by one flow's length per flow
    expect(length).toBe(one + 519 * (two - one));
    expect(longest).toBeLessThan(2 ** 21);
  }, 30_000); // half a gigabyte of text made twice: seconds on a busy machine

  it("writes a scenario's report byte for byte as JSON.stringify, in pieces none larger than one flow", () => {
    const scenario = JSON.parse(readFileSync(new URL('../scenarios/industry/automotive-body-shop.json', import.meta.url), 'utf8'));
    const report = runScenario({ scenario }, { durationS: 0.25, replications: 2 });
    const pieces = [...jsonChunks(report)];
    expect(pieces.join('')).toBe(stringify(report));
    const largestFlow = Math.max(...report.flows.map((f) => JSON.stringify(f, null, 2).length));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(largestFlow + 10 * report.flows.length);
  });
});
