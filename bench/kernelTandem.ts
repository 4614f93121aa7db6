/**
 * Kernel benchmark (child process): a closed tandem of 16 exponential single-server stations
 * with 64 customers, driven by the kernel alone: one event kind, registered with its handler,
 * run by Kernel.run as the engine's are. Each event is one service completion: the customer
 * moves on, the station starts its next customer. Prints JSON.
 */
import { Kernel } from '../sim/core/Kernel.ts';
import { Rng } from '../sim/core/Rng.ts';
import type { Ps } from '../sim/core/SimTime.ts';

const STATIONS = 16;
const CUSTOMERS = 64;
const EVENTS = Number(process.argv[2] ?? 20_000_000);

function run(): { events: number; seconds: number; simulated: number } {
  const k = new Kernel(256);
  const rng = new Rng(1).stream('tandem');
  const waiting = new Int32Array(STATIONS);
  const busy = new Uint8Array(STATIONS);
  const service = () => Math.round(1e6 * rng.exponential()); // mean 1 us in ps
  const done = k.register('tandem:done', (s) => {
    const now = k.now;
    // departure from s
    if (waiting[s] > 0) {
      waiting[s]--;
      k.push(now + service(), done, s, 0);
    } else busy[s] = 0;
    // arrival at the next station
    const next = s + 1 === STATIONS ? 0 : s + 1;
    if (busy[next] === 0) {
      busy[next] = 1;
      k.push(now + service(), done, next, 0);
    } else waiting[next]++;
  });
  // all customers start at station 0
  waiting[0] = CUSTOMERS - 1;
  busy[0] = 1;
  k.push(service(), done, 0, 0);
  const t0 = performance.now();
  // the tandem never empties: stop at the EVENTS-th event
  let n = 0;
  try {
    n = k.run(Infinity as Ps, EVENTS, (events) => {
      throw new Stop(events);
    });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    n = e.events;
  }
  return { events: n, seconds: (performance.now() - t0) / 1000, simulated: k.now / 1e12 };
}

class Stop {
  constructor(readonly events: number) {}
}

run(); // warm-up of the JIT
const runs = [run(), run(), run()];
process.stdout.write(JSON.stringify({ runs, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
