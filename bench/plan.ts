/**
 * `npm run bench:plan`: the planner on the industry scenarios (all, or those named), through
 * the real CLI with its worker pool. Prints per scenario the plan's cost against the naive
 * plan, candidate evaluations per second, the share of simulation time spent verifying, and
 * the wall time; checks the largest scenario against the 60 s target.
 *   npm run bench:plan [-- automotive-body-shop …]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'scenarios/industry');
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (wanted.length === 0 || wanted.some((w) => f.startsWith(w))));
const size = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')).flows.length as number;
const largest = [...files].sort((a, b) => size(b) - size(a))[0];
const TARGET_S = 60;

console.log(`planner benchmark: ${files.length} industry scenario(s), ${availableParallelism()} worker threads\n`);
const rows: string[][] = [['scenario', 'flows', 'failing', 'plan', 'naive', 'actions', 'evaluations', 'eval/s', 'verifying', 'wall']];
let largestWall = NaN;
for (const f of files) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/netloom.mjs'), 'plan', join(dir, f), '--json', '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${f}: ${r.stderr}`);
  const p = JSON.parse(r.stdout);
  if (f === largest) largestWall = wall;
  rows.push([
    f.replace('.json', ''),
    String(size(f)),
    String(p.asIs.failed.length),
    p.found ? `$${p.totalCost.toLocaleString('en-US')}` : 'none',
    `$${p.naive.cost.toLocaleString('en-US')}`,
    String(p.actions.length),
    `${p.stats.evaluations} + ${p.stats.verifications}`,
    p.stats.evaluationsPerSecond.toFixed(1),
    `${(p.stats.verificationShare * 100).toFixed(0)} %`,
    `${wall.toFixed(1)} s`,
  ]);
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
if (!Number.isNaN(largestWall))
  console.log(
    `\nlargest scenario (${largest}, ${size(largest)} flows): ${largestWall.toFixed(1)} s   ` +
      `[target ≤ ${TARGET_S} s: ${largestWall <= TARGET_S ? 'ok' : 'ABOVE TARGET'}]`,
  );
console.log('evaluations = quick candidate runs + full-length verifications; "verifying" = share of simulation time in verifications');
