import { describe, expect, it } from 'vitest';
import { EventHeap } from './EventHeap.ts';
import { EventQueue } from './EventQueue.ts';
import { Mulberry32 } from './mulberry32.ts';

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

  it('pops the same events in the same order as the plain heap: random schedules with ties, reserved sequence numbers, priorities', () => {
    for (const seed of [1, 2, 3, 4]) {
      const rand = new Mulberry32(seed);
      const int = (n: number) => Math.floor(rand.next() * n);
      // few instants, so most events share theirs; some 2^32 ps apart, whose low bits (and table slot) are the same
      const instants = 2 + int(40);
      const queues = [new EventHeap(2), new EventQueue(2)];
      const popped: string[][] = [[], []];
      const reserved: number[] = [];
      let now = 0;
      let id = 0;
      for (let step = 0; step < 10_000; step++) {
        const op = int(10);
        if (op < 5) {
          // an event a few instants ahead, or now; some with a sequence number reserved earlier, some with a priority
          const time = now + int(instants) * 800 + (int(8) === 0 ? 2 ** 32 : 0);
          const withReserved = reserved.length > 0 && int(4) === 0;
          const seq = withReserved ? reserved.splice(int(reserved.length), 1)[0] : queues[0].reserveSeq();
          if (!withReserved) queues[1].reserveSeq();
          const priority = int(6) === 0 ? int(3) : 0;
          id++;
          for (const q of queues) q.pushWithSeq(time, seq, 1 + (id % 5), id, -id, priority);
        } else if (op < 6) {
          reserved.push(queues[0].reserveSeq());
          queues[1].reserveSeq();
        } else {
          // bursts of pops drain the heap below and past the size from which events join chains
          const pops = op === 9 ? int(60) : 1;
          for (let k = 0; k < pops; k++)
            queues.forEach((q, i) => {
              if (q.pop()) popped[i].push(`${q.time}/${q.seq}/${q.kind}/${q.a}/${q.b}`);
            });
          now = queues[0].time;
          if (queues[1].length !== queues[0].length) throw new Error(`${queues[1].length} events pending, not ${queues[0].length}`);
        }
      }
      queues.forEach((q, i) => {
        while (q.pop()) popped[i].push(`${q.time}/${q.seq}/${q.kind}/${q.a}/${q.b}`);
      });
      expect(popped[0].length).toBeGreaterThan(4000);
      expect(popped[1]).toEqual(popped[0]);
    }
  });
});
