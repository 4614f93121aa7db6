/**
 * Start-up of the command line, as a user meets it: whole processes (`node bin/netloom.mjs …`),
 * run in turns so a busy moment falls on every command alike, beside a bare `node -e 0` in the
 * same run. Medians of NETLOOM_STARTUP_REPS runs (default 15). Targets (issue 9): --version and
 * --help ≤ 150 ms, validate of an industry scenario ≤ 400 ms.
 *   npx tsx bench/startup.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const INDUSTRY = 'scenarios/industry/automotive-body-shop.json';

export interface StartupFigure {
  what: string;
  medianMs: number;
  minMs: number;
  targetMs: number | null;
}

const CASES: { what: string; args: string[]; targetMs: number | null }[] = [
  { what: 'node -e 0', args: ['-e', '0'], targetMs: null },
  { what: 'netloom --version', args: ['bin/netloom.mjs', '--version'], targetMs: 150 },
  { what: 'netloom --help', args: ['bin/netloom.mjs', '--help'], targetMs: 150 },
  { what: 'netloom run --help', args: ['bin/netloom.mjs', 'run', '--help'], targetMs: 150 },
  { what: `netloom validate ${INDUSTRY.split('/').pop()}`, args: ['bin/netloom.mjs', 'validate', INDUSTRY], targetMs: 400 },
];

function once(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

export function startupBench(reps = Number(process.env.NETLOOM_STARTUP_REPS ?? 15)): StartupFigure[] {
  for (const c of CASES) once(c.args); // warm the file cache (and build dist/js if a source is newer)
  const times = CASES.map(() => [] as number[]);
  for (let i = 0; i < reps; i++) CASES.forEach((c, k) => times[k].push(once(c.args)));
  return CASES.map((c, k) => {
    const sorted = [...times[k]].sort((a, b) => a - b);
    return { what: c.what, medianMs: sorted[Math.floor((sorted.length - 1) / 2)], minMs: sorted[0], targetMs: c.targetMs };
  });
}

export function startupLines(figures: StartupFigure[]): string[] {
  const node = figures[0].medianMs;
  const w = Math.max(...figures.map((f) => f.what.length));
  return [
    `start-up, whole process, median of ${Number(process.env.NETLOOM_STARTUP_REPS ?? 15)} (min):`,
    ...figures.map(
      (f) =>
        `  ${f.what.padEnd(w)}  ${f.medianMs.toFixed(0).padStart(4)} ms (${f.minMs.toFixed(0)})` +
        (f.targetMs === null
          ? ''
          : `  = node + ${(f.medianMs - node).toFixed(0)} ms   [target ≤ ${f.targetMs} ms: ${f.medianMs <= f.targetMs ? 'ok' : 'ABOVE TARGET'}]`),
    ),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) for (const line of startupLines(startupBench())) console.log(line);
