/**
 * The pool's timer in a real host: Node and browsers both have setTimeout and performance.now, so
 * one serves the CLI's worker threads and the app's Web Workers (sim/worker may use the host; the
 * rest of sim/ reads no clock, and sim's types name no host). Tests give the pool a timer of their own.
 */
import type { Timer } from './PoolWorker.ts';

const host = globalThis as unknown as {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(t: unknown): void;
  performance: { now(): number };
};

export const hostTimer: Timer = {
  after(ms, fn) {
    const t = host.setTimeout(fn, ms);
    return () => host.clearTimeout(t);
  },
  now: () => host.performance.now(),
};
