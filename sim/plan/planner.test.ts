import { describe, expect, it } from 'vitest';
import { defaultRunLengths, QUICK_RUN_EVENTS } from './planner.ts';

describe('defaultRunLengths: quick runs sized by the scenario’s work', () => {
  it('without a work estimate, the old rule: the first 2 s, or the whole run if shorter', () => {
    expect(defaultRunLengths(6, 1).quick).toEqual({ durationS: 2, replications: 1 });
    expect(defaultRunLengths(0.3, 1).quick).toEqual({ durationS: 0.3, replications: 1 });
    expect(defaultRunLengths(6, 1).verify).toEqual({ durationS: 6, replications: 3 });
    expect(defaultRunLengths(6, 5).verify).toEqual({ durationS: 6, replications: 5 });
  });

  it('keeps 2 s while 2 s of plant time is within the events a quick run may simulate', () => {
    // the busiest industry scenario, electronics-smt-line: about 0.46 M events per simulated second
    const r = defaultRunLengths(8, 1, { eventsPerSecond: 0.46e6, warmupS: 0.2 });
    expect(r.quick.durationS).toBe(2);
    expect(r.quickWhy).toBe('the first 2 s');
  });

  it('a busy plant: the warm-up plus QUICK_RUN_EVENTS worth of plant time, two digits rounded up, and says so', () => {
    // the 500-device generated plant: 3.27 M events per simulated second
    const r = defaultRunLengths(1, 1, { eventsPerSecond: 3.2726e6, warmupS: 0 });
    expect(QUICK_RUN_EVENTS / 3.2726e6).toBeCloseTo(0.3056, 4);
    expect(r.quick.durationS).toBe(0.31);
    expect(r.quickWhy).toMatch(/about 1 M events a run at 3\.3 M events per simulated second/);
    expect(defaultRunLengths(3, 1, { eventsPerSecond: 3.2726e6, warmupS: 0.2 }).quick.durationS).toBe(0.51);
    expect(defaultRunLengths(1, 1, { eventsPerSecond: 32.726e6, warmupS: 0 }).quick.durationS).toBe(0.031);
    // never past the old rule's length
    expect(defaultRunLengths(1, 1, { eventsPerSecond: 1.1e6, warmupS: 0 }).quick.durationS).toBe(0.91);
    expect(defaultRunLengths(1, 1, { eventsPerSecond: 1.01e6, warmupS: 0.1 }).quick.durationS).toBe(1);
  });
});
