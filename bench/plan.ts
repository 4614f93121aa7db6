/**
 * `npm run bench:plan`: the planner on the industry scenarios (all, or those named), through
 * the real CLI with its worker pool. Prints per scenario the plan's cost against the naive
 * plan, candidate evaluations per second, the share of simulation time spent verifying, and
 * the wall time; checks the largest scenario against the 60 s target.
 *   npm run bench:plan [-- automotive-body-shop …]
 * At scale: `--plants 500,5000` plans generated plants (scripts/make-plant.ts) whose cell C1
 * uplink is starved to 100 Mb/s (its four cameras send ~120 Mb/s), against the targets of
 * issue 10 (500 devices ≤ 60 s, 5,000 ≤ 10 min). `--before DIST/js/cli.mjs` also runs another
 * build of the CLI (e.g. a copy of main's dist/) on each, taking turns, and prints the ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makePlant } from '../scripts/make-plant.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'scenarios/industry');
const { values, positionals: wanted } = parseArgs({ options: { plants: { type: 'string' }, before: { type: 'string' } }, allowPositionals: true });
const before = values.before ? resolve(values.before) : undefined;
const sizes = values.plants ? values.plants.split(',').map(Number) : [];
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 60)) throw new Error(`--plants: expected device counts ≥ 60 such as 500,5000, got ${values.plants}`);

interface Case {
  name: string;
  file: string;
  flows: number;
  targetS?: number;
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const industry =
  values.plants && wanted.length === 0
    ? []
    : readdirSync(dir).filter((f) => f.endsWith('.json') && (wanted.length === 0 || wanted.some((w) => f.startsWith(w))));
const cases: Case[] = industry.map((f) => ({ name: f.replace('.json', ''), file: join(dir, f), flows: read(join(dir, f)).flows.length }));
const largest = [...cases].sort((a, b) => b.flows - a.flows)[0];
if (largest) largest.targetS = 60;
const tmp = mkdtempSync(join(tmpdir(), 'netloom-bench-plan-'));
for (const devices of sizes) {
  const plant = makePlant({ devices, starve: { 'C1-A1': '100 Mb/s' } });
  const file = join(tmp, `plant-${devices}.json`);
  writeFileSync(file, JSON.stringify(plant));
  cases.push({ name: `plant ${devices} (C1-A1 starved)`, file, flows: plant.flows.length, targetS: devices <= 500 ? 60 : 600 });
}

/** One `netloom plan` by this checkout's CLI, or by another build's cli.mjs. */
function planWith(cli: string | undefined, file: string) {
  const args = ['plan', file, '--json', '-'];
  const argv = cli
    ? ['-e', 'import(process.argv[1]).then(async (m) => { process.exitCode = await m.main(process.argv.slice(2)); })', cli, ...args]
    : [join(root, 'bin/netloom.mjs'), ...args];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${file}: ${r.stderr}`);
  return { wall, p: JSON.parse(r.stdout) };
}

console.log(`planner benchmark: ${cases.length} scenario(s), ${availableParallelism()} worker threads${before ? `; before = ${before}, taking turns` : ''}\n`);
const rows: string[][] = [
  [
    'scenario',
    'flows',
    'failing',
    'plan',
    'naive',
    'actions',
    'evaluations',
    'quick run',
    'eval/s',
    'verifying',
    'wall',
    ...(before ? ['before', 'evaluations before', 'ratio', 'same plan'] : []),
  ],
];
const phaseLines: string[] = [];
const verdicts: string[] = [];
for (const c of cases) {
  const old = before ? planWith(before, c.file) : undefined;
  const { wall, p } = planWith(undefined, c.file);
  const same =
    old && JSON.stringify(old.p.actions.map((a: { action: unknown }) => a.action)) === JSON.stringify(p.actions.map((a: { action: unknown }) => a.action));
  rows.push([
    c.name,
    String(c.flows),
    String(p.asIs.failed.length),
    p.found ? `$${p.totalCost.toLocaleString('en-US')}` : 'none',
    `$${p.naive.cost.toLocaleString('en-US')}`,
    String(p.actions.length),
    `${p.stats.evaluations} + ${p.stats.verifications}`,
    p.stats.quickRun ? `${p.stats.quickRun.durationS} s` : '–',
    p.stats.evaluationsPerSecond.toFixed(2),
    `${(p.stats.verificationShare * 100).toFixed(0)} %`,
    `${wall.toFixed(1)} s`,
    ...(old
      ? [
          `${old.wall.toFixed(1)} s`,
          `${old.p.stats.evaluations} + ${old.p.stats.verifications}`,
          `${(old.wall / wall).toFixed(2)}×`,
          same && old.p.totalCost === p.totalCost ? 'yes' : 'NO',
        ]
      : []),
  ]);
  const phases = Object.entries(p.stats.phases ?? {}) as [string, { evaluations: number; verifications: number }][];
  if (phases.length > 0) phaseLines.push(`${c.name}: ${phases.map(([k, n]) => `${k} ${n.evaluations} + ${n.verifications}`).join(', ')}`);
  if (p.stats.quickRun) phaseLines.push(`  quick runs ${p.stats.quickRun.durationS} s at the end (at the start: ${p.stats.quickRun.why})`);
  if (c.targetS) verdicts.push(`${c.name}: ${wall.toFixed(1)} s   [target ≤ ${c.targetS} s: ${wall <= c.targetS ? 'ok' : 'ABOVE TARGET'}]`);
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
if (verdicts.length > 0) console.log(`\n${verdicts.join('\n')}`);
if (phaseLines.length > 0) console.log(`\nsimulations by phase (quick + verifications):\n${phaseLines.join('\n')}`);
console.log('evaluations = quick candidate runs + full-length verifications; "verifying" = share of simulation time in verifications');
if (before) console.log('ratio = before wall / this wall (> 1: faster now); same plan = the same actions and cost');
