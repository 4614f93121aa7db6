/**
 * `npm run bench:scale`: NetLoom on generated plants (scripts/make-plant.ts) of growing size, each
 * step in a child process of its own, beside R1 measured in the same run. Per size: load/compile,
 * one replication in-process and the CLI's wall time (`netloom run --json`), events/s against R1's,
 * report building and its JSON, bounds (killed past --bounds-limit: it is far worse than linear),
 * peak RSS; then the growth exponent of each with size (least squares on log-log: 1 is linear).
 * Targets (issue 10): report ≤ 10 % of the run, load of 50,000 devices ≤ 5 s, CLI ≤ 1.2× in-process.
 * The CLI and the in-process run alternate --rounds times (best of each) for the CLI's ratio, of wall times
 * and of CPU times (user + system, all threads: steadier when other work shares the machine).
 *   npm run bench:scale -- [--sizes 500,5000,50000] [--cli-sizes 5000,15000] [--duration "1 s"] [--bounds-limit 60] [--rounds 2]
 *   (or NETLOOM_SCALE_SIZES, NETLOOM_SCALE_CLI_SIZES)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makePlant } from '../scripts/make-plant.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.NETLOOM_SCALE_SIZES ?? '500,5000,50000' },
    'cli-sizes': { type: 'string', default: process.env.NETLOOM_SCALE_CLI_SIZES ?? '5000,15000' },
    duration: { type: 'string', default: '1 s' },
    'bounds-limit': { type: 'string', default: '60' },
    rounds: { type: 'string', default: '2' },
  },
});
const list = (s: string) => (s === '' ? [] : s.split(',').map((x) => Number(x.replaceAll('_', ''))));
const sizes = list(values.sizes);
const cliSizes = list(values['cli-sizes']);
const boundsLimitS = Number(values['bounds-limit']);
const rounds = Math.max(1, Number(values.rounds));
const dir = mkdtempSync(join(tmpdir(), 'netloom-scale-'));

type Figures = Record<string, number>;
/** `node --import tsx bench/scaleRun.ts …`: its JSON line, or null past `limitS` */
function child(args: string[], limitS?: number): Figures | null {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/scaleRun.ts'), ...args], {
    encoding: 'utf8',
    timeout: limitS ? limitS * 1000 : undefined,
    maxBuffer: 1 << 20,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return null;
  if (r.status !== 0) throw new Error(`bench/scaleRun.ts ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The CLI as a user runs it: wall time, CPU time (all threads) and peak RSS (GNU time) of `netloom run FILE --json OUT`. */
function cli(file: string): { wallS: number; cpuS: number; maxRssKb: number } {
  const json = join(dir, 'report.json');
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, join(root, 'bin/netloom.mjs'), 'run', file, '--json', json, '--force'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`netloom run ${file} failed: ${r.stderr}`);
  const [user, system, rss] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallS, cpuS: user + system, maxRssKb: rss };
}

/** Least-squares slope of log(y) on log(x): y grows as x^slope. */
function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  const sxy = lx.reduce((s, x, i) => s + (x - mx) * (ly[i] - my), 0);
  const sxx = lx.reduce((s, x) => s + (x - mx) ** 2, 0);
  return sxy / sxx;
}

const s = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
console.log(`NetLoom at scale: plants of scripts/make-plant.ts, ${values.duration} simulated, one replication\n`);

const r1 = child(['run', join(root, 'scenarios/reference/r1-line-cell.json')])!;
const r1Rate = r1.events / r1.simS;
console.log(`R1: ${(r1Rate / 1e6).toFixed(2)} M events/s in-process (${r1.events} events in ${s(r1.simS)})\n`);

const rows: (Figures & { devices: number })[] = [];
for (const devices of [...new Set([...sizes, ...cliSizes])].sort((a, b) => a - b)) {
  const file = join(dir, `plant-${devices}.json`);
  writeFileSync(file, JSON.stringify(makePlant({ devices, duration: values.duration })));
  const row: Figures & { devices: number } = { devices };
  if (sizes.includes(devices)) {
    Object.assign(row, child(['run', file]));
    const b = child(['bounds', file], boundsLimitS);
    if (b) row.boundsS = b.boundsS;
  }
  if (cliSizes.includes(devices)) {
    // CLI and in-process in turns, best of each, so that a busy moment on a shared machine falls on both alike
    const sims: Figures[] = row.simS === undefined ? [] : [row];
    const clis: ReturnType<typeof cli>[] = [];
    for (let i = 0; i < rounds; i++) {
      clis.push(cli(file));
      if (sims.length < rounds) sims.push(child(['run', file])!);
    }
    row.cliRssKb = Math.max(...clis.map((c) => c.maxRssKb));
    const best = (xs: number[]) => Math.min(...xs);
    [row.cliS, row.cliSimS] = [best(clis.map((c) => c.wallS)), best(sims.map((x) => x.simS))];
    [row.cliCpuS, row.cliSimCpuS] = [best(clis.map((c) => c.cpuS)), best(sims.map((x) => x.simCpuS))];
  }
  rows.push(row);
  const parts = [`${devices.toLocaleString('en-US')} devices`];
  if (row.flows !== undefined) {
    const rate = row.events / row.simS;
    parts.push(
      `${row.flows} flows`,
      `load ${s(row.loadS)} (parse ${s(row.parseS)}, check ${s(row.checkS)}, compile ${s(row.compileS)}), copy to a worker ${s(row.copyS)}`,
      `run ${s(row.simS)} (${(rate / 1e6).toFixed(2)} M events/s = ${(rate / r1Rate).toFixed(2)}× R1)`,
      `report ${s(row.reportS)} (${((100 * row.reportS) / row.simS).toFixed(0)} % of the run) + JSON ${s(row.jsonS)}, ${mb(row.jsonBytes / 1024)}`,
      `bounds ${row.boundsS === undefined ? `> ${boundsLimitS} s (stopped)` : s(row.boundsS)}`,
      `peak RSS ${mb(row.maxRssKb)}`,
    );
  }
  if (row.cliS !== undefined)
    parts.push(
      `CLI wall ${s(row.cliS)} = ${(row.cliS / row.cliSimS).toFixed(2)}× in-process ${s(row.cliSimS)} ` +
        `(best of ${rounds} in turns), CLI peak RSS ${mb(row.cliRssKb)}`,
      `CLI CPU ${s(row.cliCpuS)} = ${(row.cliCpuS / row.cliSimCpuS).toFixed(2)}× the in-process run's CPU ${s(row.cliSimCpuS)} (all threads)`,
    );
  console.log(parts.join('\n  '));
}

const measured = rows.filter((r) => r.flows !== undefined);
if (measured.length >= 2) {
  const n = measured.map((r) => r.devices);
  const fit = (key: string) => {
    const have = measured.filter((r) => r[key] !== undefined);
    return have.length >= 2
      ? exponent(
          have.map((r) => r.devices),
          have.map((r) => r[key]),
        ).toFixed(2)
      : '–';
  };
  console.log(`\ngrowth with size (time or memory ∝ devices^k, ${n.join(' / ')} devices):`);
  console.log(`  load k = ${fit('loadS')}, compile k = ${fit('compileS')}, copy k = ${fit('copyS')}, run k = ${fit('simS')}`);
  console.log(`  report k = ${fit('reportS')}, JSON k = ${fit('jsonS')}, bounds k = ${fit('boundsS')}`);
  console.log(`  peak RSS k = ${fit('maxRssKb')}`);
}
rmSync(dir, { recursive: true, force: true });
