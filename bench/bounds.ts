/**
 * `npm run bench:bounds`: `netloom bounds` (network calculus, no simulation) on generated plants
 * (scripts/make-plant.ts) of growing size, in process, beside R1 (the reference line cell) in
 * the same run. Prints per size the flows, the time of load and of the bounds (wall, and the
 * process's CPU time, which a loaded machine does not inflate), their ratio to R1's bounds time,
 * the report's size in all and per flow, the garbage collector's pauses during the bounds, the
 * process's peak RSS so far (sizes run in the order given) after the bounds and after their JSON,
 * and the fitted growth exponent of the bounds time with the number of devices (least squares of
 * log time on log devices). Targets (issue 10): 5,000 devices ≤ 10 s, 50,000 ≤ 2 min, judged on
 * the CPU time (the bounds run on one thread: on a machine of their own, wall ≈ CPU; on 2 cores
 * shared by six engineers the wall was 3–7× it). GC pauses are wall time: under load, compare them
 * in the same run only.
 *   npm run bench:bounds [-- 500 2000 5000 50000]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { jsonChunks } from '../cli/jsonChunks.ts';
import { makePlant } from '../scripts/make-plant.ts';
import { computeBounds, loadScenario } from '../sim/api/index.ts';

const TARGETS_S: Record<number, number> = { 5000: 10, 50_000: 120 };
const sizes = process.argv.slice(2).map(Number);
const devices = sizes.length > 0 ? sizes : [500, 2000, 5000];
if (devices.some((n) => !Number.isInteger(n) || n < 50)) throw new Error('sizes: whole numbers of devices, at least 50');

// garbage collection's pauses, summed (the observer hears of them between tasks: a turn of the event loop before reading)
let gcMs = 0;
const gc = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
gc.observe({ entryTypes: ['gc'] });

const gcSoFar = async () => {
  await new Promise((r) => setTimeout(r, 10));
  return gcMs;
};

function timed<T>(f: () => T): { value: T; s: number; cpu: number } {
  const t = performance.now();
  const c = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(c);
  return { value, s: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6 };
}

const r1 = loadScenario(JSON.parse(readFileSync(fileURLToPath(new URL('../scenarios/reference/r1-line-cell.json', import.meta.url)), 'utf8')));
computeBounds(r1); // warm up the code, and the plant's paths (many streams to a port, cells alike)
computeBounds(loadScenario(makePlant({ devices: 200 })));
const r1s = Math.min(...[0, 1, 2].map(() => timed(() => computeBounds(r1)).s));

console.log(`bounds benchmark: generated plants of ${devices.join(', ')} devices; R1 line cell ${(r1s * 1e3).toFixed(1)} ms\n`);
const rows = [['devices', 'flows', 'load', 'bounds', 'CPU', '× R1', 'GC', 'peak RSS', '+ JSON', 'report', 'per flow', 'target (CPU)']];
const points: [number, number][] = [];
const cpuPoints: [number, number][] = [];
for (const n of devices) {
  const model = timed(() => loadScenario(makePlant({ devices: n })));
  const gc0 = await gcSoFar();
  const bounds = timed(() => computeBounds(model.value));
  const rssBounds = process.resourceUsage().maxRSS / 1024;
  const gcS = ((await gcSoFar()) - gc0) / 1000;
  // the text `netloom bounds --json` writes (cli/jsonChunks.ts, in pieces: a large plant's passes V8's longest string)
  let bytes = 0;
  for (const piece of jsonChunks(bounds.value)) bytes += Buffer.byteLength(piece);
  points.push([n, bounds.s]);
  cpuPoints.push([n, bounds.cpu]);
  const target = TARGETS_S[n];
  rows.push([
    n.toLocaleString('en-US'),
    bounds.value.flows.length.toLocaleString('en-US'),
    `${model.s.toFixed(2)} s`,
    `${bounds.s.toFixed(2)} s`,
    `${bounds.cpu.toFixed(2)} s`,
    (bounds.s / r1s).toFixed(0),
    `${gcS.toFixed(2)} s`,
    `${rssBounds.toFixed(0)} MB`,
    `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    `${(bytes / 1e6).toFixed(1)} MB`,
    `${(bytes / bounds.value.flows.length / 1e3).toFixed(1)} kB`,
    target === undefined ? '–' : `≤ ${target} s: ${bounds.cpu <= target ? 'met' : 'missed'}`,
  ]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  '));
gc.disconnect();
if (points.length > 1) console.log(`\ngrowth: bounds time ∝ devices^${exponent(points).toFixed(2)} (wall), ^${exponent(cpuPoints).toFixed(2)} (CPU)`);

/** Slope of log y on log x by least squares. */
function exponent(ps: [number, number][]): number {
  const xs = ps.map(([x]) => Math.log(x));
  const ys = ps.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  return xs.reduce((s, x, k) => s + (x - mx) * (ys[k] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
}
