import { describe, expect, it } from 'vitest';
import { Kernel } from './Kernel.ts';
import type { Ps } from './SimTime.ts';

describe('Kernel', () => {
  it('hands out a distinct kind per registration and runs each event with its own handler', () => {
    const k = new Kernel();
    const seen: string[] = [];
    // more kinds than the loop has call sites of their own, so the shared one is exercised too
    const kinds = Array.from({ length: 7 }, (_, i) => k.register(`c${i}:ev`, (a, b) => seen.push(`${i}:${a}:${b}@${k.now}`)));
    expect(new Set(kinds).size).toBe(7);
    expect(k.kinds).toEqual(['c0:ev', 'c1:ev', 'c2:ev', 'c3:ev', 'c4:ev', 'c5:ev', 'c6:ev']);
    kinds.forEach((kind, i) => k.push(100 - i, kind, i, 2 * i));
    expect(k.run(1000 as Ps, 1 << 16, () => {})).toBe(7);
    expect(seen).toEqual(['6:6:12@94', '5:5:10@95', '4:4:8@96', '3:3:6@97', '2:2:4@98', '1:1:2@99', '0:0:0@100']);
    expect(k.now).toBe(100);
  });

  it('refuses a kind registered twice, when the second component is built', () => {
    const k = new Kernel();
    k.register('wired:tx-end', () => {});
    expect(() => k.register('wired:tx-end', () => {})).toThrow('event kind "wired:tx-end" is registered twice');
  });

  it('refuses a 257th kind: kinds are held in a byte per event', () => {
    const k = new Kernel();
    for (let i = 0; i < 256; i++) k.register(`k${i}`, () => {});
    expect(() => k.register('one-too-many', () => {})).toThrow(/at most 256 kinds/);
  });

  it('runs same-instant events in scheduling order, events scheduled while running included, and stops after `end`', () => {
    const k = new Kernel();
    const order: number[] = [];
    const kind = k.register('t', (a) => {
      order.push(a);
      if (a === 1) k.push(k.now, kind, 3, 0); // same instant, scheduled later: runs after 2
    });
    k.push(10, kind, 1, 0);
    k.push(10, kind, 2, 0);
    k.push(11, kind, 4, 0);
    expect(k.run(10 as Ps, 1 << 16, () => {})).toBe(3);
    expect(order).toEqual([1, 2, 3]);
    expect(k.length).toBe(1);
  });

  it('calls tick every `every` events with the count and the time, and a tick that throws stops the run', () => {
    const k = new Kernel();
    const kind = k.register('t', (a) => k.push(k.now + 1, kind, a, 0));
    k.push(0, kind, 0, 0);
    const ticks: [number, number][] = [];
    expect(() =>
      k.run(1e9 as Ps, 4, (events, now) => {
        ticks.push([events, now]);
        if (events === 12) throw new Error('limit');
      }),
    ).toThrow('limit');
    expect(ticks).toEqual([
      [4, 3],
      [8, 7],
      [12, 11],
    ]);
  });
});
