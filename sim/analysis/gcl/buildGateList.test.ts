import { describe, expect, it } from 'vitest';
import { buildGateList } from './buildGateList.ts';

const CRIT = 0x80; // PCP 7
const OTHERS = 0x7f;

describe('buildGateList', () => {
  it('opens the scheduled class alone during each window and every other class in between', () => {
    const l = buildGateList([{ flow: 'a', start: 10, guard: 10, open: 10, close: 20 }], 100, 7, 1);
    expect(l.entries).toEqual([
      { durationPs: 10, mask: OTHERS },
      { durationPs: 10, mask: CRIT },
      { durationPs: 80, mask: OTHERS },
    ]);
    expect(l.windows).toEqual([{ flow: 'a', openPs: 10, closePs: 20 }]);
    expect(l.longestOpeningPs).toBe(90); // 80 at the end of one cycle + 10 at the start of the next
  });

  it('merges back-to-back windows of different flows into one entry', () => {
    const l = buildGateList(
      [
        { flow: 'b', start: 20, guard: 20, open: 20, close: 35 },
        { flow: 'a', start: 10, guard: 10, open: 10, close: 20 },
      ],
      100,
      7,
      1,
    );
    expect(l.entries.map((e) => [e.durationPs, e.mask])).toEqual([
      [10, OTHERS],
      [25, CRIT],
      [65, OTHERS],
    ]);
    expect(l.windows.map((w) => w.flow)).toEqual(['a', 'b']);
  });

  it('a waiting frame gets other classes until the guard, every gate shut until its window, then its class', () => {
    const l = buildGateList([{ flow: 'a', start: 10, guard: 30, open: 34, close: 44 }], 100, 7, 1);
    expect(l.entries.map((e) => [e.durationPs, e.mask])).toEqual([
      [30, OTHERS],
      [4, 0],
      [10, CRIT],
      [56, OTHERS],
    ]);
  });

  it('a window across the cycle end is split between the end and the start of the list', () => {
    const l = buildGateList([{ flow: 'a', start: 95, guard: 95, open: 95, close: 105 }], 100, 6, 1);
    expect(l.entries).toEqual([
      { durationPs: 5, mask: 0x40 },
      { durationPs: 90, mask: 0xbf },
      { durationPs: 5, mask: 0x40 },
    ]);
    expect(l.windows).toEqual([{ flow: 'a', openPs: 95, closePs: 105 }]);
  });

  it('an opening too short for any frame of the other classes joins the windows around it', () => {
    const reservations = [
      { flow: 'a', start: 10, guard: 10, open: 10, close: 20 },
      { flow: 'b', start: 23, guard: 23, open: 23, close: 30 },
    ];
    expect(buildGateList(reservations, 100, 7, 3).entries.map((e) => e.durationPs)).toEqual([10, 10, 3, 7, 70]);
    expect(buildGateList(reservations, 100, 7, 4).entries.map((e) => e.durationPs)).toEqual([10, 20, 70]);
  });
});
