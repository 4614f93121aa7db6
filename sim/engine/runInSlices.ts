/** Running the kernel in slices, pausing between them while a slow trace output catches up. */
import type { Kernel } from '../core/Kernel.ts';
import type { Ps } from '../core/SimTime.ts';

/** events between two progress reports (and event-limit checks) of a run */
export const PROGRESS_EVERY = 1 << 16;
/** events per slice of a paced run (a divisor of PROGRESS_EVERY): what a trace may hold back at most is what these make */
const PACE_EVERY = 1 << 12;
/** thrown by a paced run's tick to stop the kernel between two events */
const PAUSE = new Error('paused');

/**
 * Runs `kernel` to `end` in slices of PACE_EVERY events; after a slice in which `wait()` gives a
 * promise, awaits it. The same events in the same order as one `kernel.run`, so the same trace and
 * report; only how much of the trace is in flight at once changes. `tick` is called every
 * PROGRESS_EVERY events, as by `kernel.run`. Resolves to the number of events run.
 */
export async function runInSlices(kernel: Kernel, end: Ps, wait: () => Promise<void> | undefined, tick: (events: number, now: Ps) => void): Promise<number> {
  let done = 0; // events of the slices before this one (a multiple of PACE_EVERY)
  let paused: Promise<void> | undefined;
  const sliced = (events: number, now: Ps) => {
    const total = done + events;
    if (total % PROGRESS_EVERY === 0) tick(total, now);
    paused = wait();
    if (paused === undefined) return;
    done = total;
    throw PAUSE; // Kernel.run stops between two events; the next call goes on from the next one
  };
  for (;;) {
    try {
      return done + kernel.run(end, PACE_EVERY, sliced);
    } catch (e) {
      if (e !== PAUSE) throw e;
    }
    await paused;
  }
}
