/**
 * How much work a host lets one command do before asking: the default limits, and the check that
 * refuses a run up front with its estimate and the option that allows it.
 */
import type { WorkEstimate } from '../engine/estimateWork.ts';

/** events of one command (all replications); about 3–4 minutes on one core at R1's speed */
export const DEFAULT_MAX_EVENTS = 1e9;
/** packets, messages and events in flight, per replication */
export const DEFAULT_MAX_MEMORY_BYTES = 2 * 2 ** 30;

const count = (n: number) =>
  n >= 1e12
    ? `${+(n / 1e12).toPrecision(3)} T`
    : n >= 1e9
      ? `${+(n / 1e9).toPrecision(3)} G`
      : n >= 1e6
        ? `${+(n / 1e6).toPrecision(3)} M`
        : n >= 1e3
          ? `${+(n / 1e3).toPrecision(3)} k`
          : `${Math.round(n)}`;

/** The estimate as a person reads it: "about 4.7 M events (3.2 M packet-hops) in 1 replication". */
export function describeWork(e: WorkEstimate, replications: number): string {
  return (
    `about ${count((e.events + e.overhead) * replications)} events ` +
    `(${count(e.packetHops * replications)} packet-hops) in ${replications} replication${replications === 1 ? '' : 's'}`
  );
}

/** Why the work is refused (it passes `maxEvents`), or undefined when it may run. */
export function checkWork(e: WorkEstimate, replications: number, maxEvents = DEFAULT_MAX_EVENTS): string | undefined {
  const total = (e.events + e.overhead) * replications;
  if (!(total > maxEvents)) return undefined;
  return (
    `this run is ${describeWork(e, replications)}, more than the limit of ${count(maxEvents)} events; ` +
    `give --max-events ${(total * 1.2).toPrecision(2)} to run it anyway, or shorten it (--duration)`
  );
}
