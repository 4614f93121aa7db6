/**
 * `npm run bench:engine-scale`: the engine's per-event cost as plants grow (issue 10). Generates
 * plants with scripts/make-plant.ts, runs each in a child process of its own (bench/engineRun.ts:
 * one replication, no report), taking turns with R1 (`--pairs` pairs of an R1 run and a plant
 * run per size), and prints per size the events, the events/s, the CPU time per event (of the
 * best run), the cost of an event relative to R1's in the same pair (the median over the pairs;
 * target ≤ 1.5) in CPU time (user + system: on a shared machine, less swayed than wall time by
 * other processes) and in wall time, and the child's peak resident memory (target ≤ 1 GB for
 * 50,000 devices × 1 s).
 *   npm run bench:engine-scale -- [--sizes 5000,50000] [--duration "1 s"] [--r1-reps 3] [--pairs 3]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { makePlant } from '../scripts/make-plant.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
const R1 = join(root, 'scenarios/reference/r1-line-cell.json');
const TARGET_COST = 1.5;
const TARGET_RSS_MB = 1024;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5000,50000' },
    duration: { type: 'string', default: '1 s' },
    'r1-reps': { type: 'string', default: '3' },
    pairs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const r1Reps = Number(values['r1-reps']);
const pairs = Number(values.pairs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(r1Reps >= 1) || !Number.isInteger(pairs) || pairs < 1) {
  console.error('bench:engine-scale: --sizes takes device counts separated by commas (5000,50000), --r1-reps and --pairs a count of runs');
  process.exit(2);
}

interface EngineRun {
  loadS: number;
  runs: { seconds: number; cpuS: number; events: number }[];
  maxRssKb: number;
}

mkdirSync(out, { recursive: true });
const engine = join(out, 'engineRun.mjs');
await build({
  entryPoints: [join(root, 'bench/engineRun.ts')],
  outfile: engine,
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});

function child(file: string, reps: number): EngineRun {
  const r = spawnSync(process.execPath, [engine, file, String(reps)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${file} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** events per second of a child's fastest run, in CPU or wall time */
const perSecond = (r: EngineRun, clock: 'cpuS' | 'seconds') => Math.max(...r.runs.map((x) => x.events / x[clock]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

console.log(
  `Engine per-event cost by plant size (scripts/make-plant.ts, ${values.duration} of plant time), against R1 in the same run (${pairs} pairs per size)\n`,
);
const r1Runs: EngineRun[] = [];
const plants = sizes.map((devices) => {
  const file = join(out, `plant-${devices}.json`);
  writeFileSync(file, JSON.stringify(makePlant({ devices, duration: values.duration })));
  const turns = Array.from({ length: pairs }, () => {
    const r1 = child(R1, r1Reps);
    r1Runs.push(r1);
    return { r1, plant: child(file, 1) };
  });
  const ratio = (clock: 'cpuS' | 'seconds') => median(turns.map((t) => perSecond(t.r1, clock) / perSecond(t.plant, clock)));
  return {
    devices,
    events: turns[0].plant.runs[0].events,
    cpuPerS: Math.max(...turns.map((t) => perSecond(t.plant, 'cpuS'))),
    wallPerS: Math.max(...turns.map((t) => perSecond(t.plant, 'seconds'))),
    cpuCost: ratio('cpuS'),
    wallCost: ratio('seconds'),
    maxRssKb: Math.max(...turns.map((t) => t.plant.maxRssKb)),
    loadS: Math.min(...turns.map((t) => t.plant.loadS)),
    turns,
  };
});

const M = (x: number) => `${(x / 1e6).toFixed(2)} M`;
/** CPU time per event, from events per CPU second */
const ns = (perS: number) => `${(1e9 / perS).toFixed(0)} ns`;
const MB = (kb: number) => `${Math.round(kb / 1024)} MB`;
const r1 = r1Runs[0];
const rows = [
  ['plant', 'events', 'events/s (CPU)', 'events/s (wall)', 'CPU/event', 'cost/event vs R1 (CPU)', '(wall)', 'peak RSS', 'load'],
  [
    'R1 (best)',
    M(r1.runs[0].events),
    M(Math.max(...r1Runs.map((r) => perSecond(r, 'cpuS')))),
    M(Math.max(...r1Runs.map((r) => perSecond(r, 'seconds')))),
    ns(Math.max(...r1Runs.map((r) => perSecond(r, 'cpuS')))),
    '1.00',
    '1.00',
    MB(r1.maxRssKb),
    `${r1.loadS.toFixed(2)} s`,
  ],
  ...plants.map((p) => [
    `${p.devices.toLocaleString('en-US')} devices`,
    M(p.events),
    M(p.cpuPerS),
    M(p.wallPerS),
    ns(p.cpuPerS),
    p.cpuCost.toFixed(2),
    p.wallCost.toFixed(2),
    MB(p.maxRssKb),
    `${p.loadS.toFixed(2)} s`,
  ]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log(`\ntargets: cost/event ≤ ${TARGET_COST} × R1's; peak RSS ≤ ${TARGET_RSS_MB} MB for 50,000 devices × 1 s`);
console.log(`R1 events/s (CPU) over the run: ${r1Runs.map((r) => M(perSecond(r, 'cpuS'))).join(', ')} (a spread means the machine's load changed)`);
writeFileSync(join(out, 'engine-scale.json'), `${JSON.stringify({ duration: values.duration, pairs, r1: r1Runs, plants }, null, 2)}\n`);
