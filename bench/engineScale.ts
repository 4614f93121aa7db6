/**
 * `npm run bench:engine-scale`: the engine's per-event cost as plants grow (issue 10). Generates
 * plants with scripts/make-plant.ts, runs each in a child process of its own (bench/engineRun.ts:
 * one replication, no report) and R1 before and after them in the same run, and prints per size
 * the events, the events/s, the cost of an event relative to R1's (target ≤ 1.5) and the
 * child's peak resident memory (target ≤ 1 GB for 50,000 devices × 1 s).
 *   npm run bench:engine-scale -- [--sizes 5000,50000] [--duration "1 s"] [--r1-reps 3]
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
  options: { sizes: { type: 'string', default: '5000,50000' }, duration: { type: 'string', default: '1 s' }, 'r1-reps': { type: 'string', default: '3' } },
});
const sizes = values.sizes.split(',').map(Number);
const r1Reps = Number(values['r1-reps']);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(r1Reps >= 1)) {
  console.error('bench:engine-scale: --sizes takes device counts separated by commas (5000,50000), --r1-reps a count of runs');
  process.exit(2);
}

interface EngineRun {
  loadS: number;
  runs: { seconds: number; events: number }[];
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

const best = (r: EngineRun) => r.runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const perSecond = (r: EngineRun) => best(r).events / best(r).seconds;

console.log(`Engine per-event cost by plant size (scripts/make-plant.ts, ${values.duration} of plant time), against R1 in the same run\n`);
const r1Before = child(R1, r1Reps);
const plants = sizes.map((devices) => {
  const file = join(out, `plant-${devices}.json`);
  writeFileSync(file, JSON.stringify(makePlant({ devices, duration: values.duration })));
  return { devices, run: child(file, 1) };
});
const r1After = child(R1, r1Reps);
const r1 = Math.max(perSecond(r1Before), perSecond(r1After));

const M = (x: number) => `${(x / 1e6).toFixed(2)} M`;
const rows = [
  ['plant', 'events', 'events/s', 'cost/event vs R1', 'peak RSS', 'load'],
  ['R1 (best of both)', M(best(r1Before).events), M(r1), '1.00', `${Math.round(r1Before.maxRssKb / 1024)} MB`, `${r1Before.loadS.toFixed(2)} s`],
  ...plants.map(({ devices, run }) => [
    `${devices.toLocaleString('en-US')} devices`,
    M(best(run).events),
    M(perSecond(run)),
    (r1 / perSecond(run)).toFixed(2),
    `${Math.round(run.maxRssKb / 1024)} MB`,
    `${run.loadS.toFixed(2)} s`,
  ]),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
console.log(`\ntargets: cost/event ≤ ${TARGET_COST} × R1's; peak RSS ≤ ${TARGET_RSS_MB} MB for 50,000 devices × 1 s`);
console.log(`R1 events/s before the plants ${M(perSecond(r1Before))}, after ${M(perSecond(r1After))} (a gap means the machine's load changed)`);
writeFileSync(
  join(out, 'engine-scale.json'),
  `${JSON.stringify({ duration: values.duration, r1: { before: r1Before, after: r1After, eventsPerS: r1 }, plants }, null, 2)}\n`,
);
