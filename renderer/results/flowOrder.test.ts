import { describe, expect, test } from 'vitest';
import { Mulberry32 } from '../../sim/core/mulberry32.ts';
import { flowOrder } from './flowOrder.ts';

/** a seeded generator, so a failure replays */
const random = (seed: number) => {
  const g = new Mulberry32(seed);
  return () => g.next();
};

const byId = new Intl.Collator().compare;
type Row = { id: string; margin: number | null; worst: string | null };

/** the table's sort before flowOrder: row objects, each key once, ties by the collator */
function simpleSort(rows: Row[], key: (r: Row) => number | string, dir: 1 | -1, keep: (r: Row) => boolean): Row[] {
  return rows
    .filter(keep)
    .map((f) => ({ f, key: key(f) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * dir || byId(a.f.id, b.f.id))
    .map((r) => r.f);
}

describe('flowOrder: the requirements table order from precomputed keys and id ranks', () => {
  const rnd = random(7);
  // ids with mixed case, digits and accents (where a collator and < differ), margins and worst metrics with many ties
  const rows: Row[] = Array.from({ length: 3000 }, (_, i) => ({
    id: `${['C', 'c', 'É', 'e', 'a-'][i % 5]}${Math.floor(rnd() * 400)}-${i}`,
    margin: rnd() < 0.1 ? null : Math.round(rnd() * 20) / 10 - 1,
    worst: [null, 'latency', 'jitter', 'loss'][Math.floor(rnd() * 4)],
  }));
  const rank = new Uint32Array(rows.length);
  [...rows.keys()].sort((a, b) => byId(rows[a].id, rows[b].id)).forEach((i, place) => (rank[i] = place));
  const columns: [string, (r: Row) => number | string][] = [
    ['margin', (r) => r.margin ?? Infinity],
    ['worst', (r) => r.worst ?? ''],
    ['id', (r) => r.id],
  ];
  const filters: [string, (r: Row) => boolean][] = [
    ['all', () => true],
    ['failing', (r) => (r.margin ?? 1) < 0],
  ];
  for (const [name, key] of columns)
    for (const dir of [1, -1] as const)
      for (const [which, keep] of filters)
        test(`by ${name}, ${dir === 1 ? 'ascending' : 'descending'}, ${which}: the simple sort's order`, () => {
          expect(flowOrder(rows, key, rank, dir, keep)).toEqual(simpleSort(rows, key, dir, keep));
        });
});
