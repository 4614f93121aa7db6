/**
 * Kernel benchmark (child process): a closed tandem of 16 exponential single-server stations
 * with 64 customers, driven by the EventQueue alone. Each event is one service completion:
 * the customer moves on, the station starts its next customer. Prints JSON.
 */
import { EventQueue } from '../sim/core/EventQueue.ts';
import { Rng } from '../sim/core/Rng.ts';

const STATIONS = 16;
const CUSTOMERS = 64;
const EVENTS = Number(process.argv[2] ?? 20_000_000);
const DONE = 1;

function run(): { events: number; seconds: number; simulated: number } {
  const q = new EventQueue(256);
  const rng = new Rng(1).stream('tandem');
  const waiting = new Int32Array(STATIONS);
  const busy = new Uint8Array(STATIONS);
  const service = () => Math.round(1e6 * rng.exponential()); // mean 1 us in ps
  // all customers start at station 0
  waiting[0] = CUSTOMERS - 1;
  busy[0] = 1;
  q.push(service(), DONE, 0, 0);
  const t0 = performance.now();
  let n = 0;
  while (n < EVENTS && q.pop()) {
    n++;
    const s = q.a;
    const now = q.time;
    // departure from s
    if (waiting[s] > 0) {
      waiting[s]--;
      q.push(now + service(), DONE, s, 0);
    } else busy[s] = 0;
    // arrival at the next station
    const next = s + 1 === STATIONS ? 0 : s + 1;
    if (busy[next] === 0) {
      busy[next] = 1;
      q.push(now + service(), DONE, next, 0);
    } else waiting[next]++;
  }
  return { events: n, seconds: (performance.now() - t0) / 1000, simulated: q.time / 1e12 };
}

run(); // warm-up of the JIT
const runs = [run(), run(), run()];
process.stdout.write(JSON.stringify({ runs, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
