import { describe, expect, it } from 'vitest';
import { Timeline } from './Timeline.ts';

describe('Timeline', () => {
  it('a free interval has no hit; an overlapping one says how far to move past the reservation', () => {
    const t = new Timeline(100);
    t.add(10, 10, 0);
    t.add(40, 5, 1);
    expect(t.hit(20, 20)).toBeUndefined(); // [20, 40) touches both without overlapping
    expect(t.hit(15, 10)).toEqual({ shift: 5, owner: 0 });
    expect(t.hit(35, 6)).toEqual({ shift: 10, owner: 1 });
    expect(t.hit(0, 100)).toBeDefined();
  });

  it('works modulo the hyperperiod: a reservation across its end wraps, and so does a query', () => {
    const t = new Timeline(100);
    t.add(95, 10, 0); // [95, 100) and [0, 5)
    expect(t.intervals()).toEqual([
      { start: 0, end: 5, owner: 0 },
      { start: 95, end: 100, owner: 0 },
    ]);
    expect(t.hit(3, 4)).toEqual({ shift: 2, owner: 0 });
    expect(t.hit(-7, 4)).toEqual({ shift: 7, owner: 0 }); // −7 ≡ 93: [93, 97) hits [95, 100)
    expect(t.hit(90, 12)).toEqual({ shift: 10, owner: 0 });
    expect(t.hit(5, 90)).toBeUndefined();
  });

  it('a query wrapping past the end is checked against the start of the hyperperiod too', () => {
    const t = new Timeline(100);
    t.add(2, 3, 7);
    // [98, 104) ≡ [98, 100) ∪ [0, 4): hits [2, 5); moving to start at 105 ≡ 5 clears it
    expect(t.hit(98, 6)).toEqual({ shift: 7, owner: 7 });
  });
});
