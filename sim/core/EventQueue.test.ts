import { describe, expect, it } from 'vitest';
import { EventQueue } from './EventQueue.ts';

function drain(q: EventQueue): [number, number][] {
  const out: [number, number][] = [];
  while (q.pop()) out.push([q.time, q.a]);
  return out;
}

describe('EventQueue', () => {
  it('pops events in time order', () => {
    const q = new EventQueue(4);
    const times = [50, 10, 40, 30, 20, 0, 60];
    times.forEach((t, i) => q.push(t, 1, i, 0));
    expect(drain(q).map(([t]) => t)).toEqual([0, 10, 20, 30, 40, 50, 60]);
  });

  it('equal-time events run in insertion order', () => {
    const q = new EventQueue(2);
    for (let i = 0; i < 100; i++) q.push(7, 1, i, 0);
    expect(drain(q).map(([, a]) => a)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('a lower priority value runs first at the same instant, whatever the insertion order', () => {
    const q = new EventQueue();
    q.push(5, 1, 1, 0, 3);
    q.push(5, 1, 2, 0, 1);
    q.push(5, 1, 3, 0, 2);
    expect(drain(q).map(([, a]) => a)).toEqual([2, 3, 1]);
  });

  it('an event pushed with a reserved sequence number runs where it would have run if pushed at reservation', () => {
    const q = new EventQueue();
    q.push(10, 1, 1, 0);
    const reserved = q.reserveSeq();
    q.push(10, 1, 3, 0);
    q.pushWithSeq(10, reserved, 1, 2, 0);
    expect(drain(q).map(([, a]) => a)).toEqual([1, 2, 3]);
  });

  it('matches a sort by (time, seq) on a random workload, through growth', () => {
    const q = new EventQueue(2);
    let x = 12345;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0) % 1000;
    const expected: [number, number][] = [];
    let id = 0;
    for (let round = 0; round < 50; round++) {
      for (let k = 0; k < 200; k++) {
        const t = rand();
        expected.push([t, id]);
        q.push(t, 1, id++, 0);
      }
      // pop a few in between, as a simulation does
      expected.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      for (let k = 0; k < 100; k++) {
        expect(q.pop()).toBe(true);
        expect([q.time, q.a]).toEqual(expected.shift());
      }
    }
    expect(drain(q)).toEqual(expected);
  });

  it('hands back kind and both arguments', () => {
    const q = new EventQueue();
    q.push(3, 9, -4, 123456);
    q.pop();
    expect([q.time, q.kind, q.a, q.b]).toEqual([3, 9, -4, 123456]);
    expect(q.pop()).toBe(false);
  });
});
