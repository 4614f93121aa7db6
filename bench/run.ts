/**
 * `npm run bench`: NetLoom against ns-3 on the reference scenario R1, in one script.
 * Builds the benchmark programs, runs NetLoom on R1 (in a child process, best of N),
 * runs the ns-3 reference program where ns-3 is installed (else says so and quotes the
 * anchors' recorded figure), the kernel on a synthetic tandem, the CLI end to end, and the
 * CLI's start-up (bench/startup.ts).
 * Prints packet-hops/s for both simulators and their ratio; writes bench/out/results.json.
 *   NETLOOM_REPS=5 NS3_REPS=1 NETLOOM_STARTUP_REPS=15 npm run bench
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildNs3, ns3Available, ns3Version, runNs3, type Ns3Run } from './ns3.ts';
import { scenarioTextBench } from './scenarioText.ts';
import { startupBench, startupLines } from './startup.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'bench/out');
const anchors = join(root, '../shared/anchors/ns3');
const R1 = join(root, 'scenarios/reference/r1-line-cell.json');
const netloomReps = Number(process.env.NETLOOM_REPS ?? 5);
const ns3Reps = Number(process.env.NS3_REPS ?? 1);
const TARGET_RATIO = 25;
const TARGET_KERNEL = 10e6;
const TARGET_RSS_MB = 150;

mkdirSync(out, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const k = (x: number) => `${(x / 1e3).toFixed(0)} k`;
const M = (x: number) => `${(x / 1e6).toFixed(2)} M`;

async function bundle(name: string): Promise<string> {
  const file = join(out, `${name}.mjs`);
  // ESM builds first: jsonc-parser's UMD build requires dynamically, which an ESM bundle cannot
  await build({
    entryPoints: [join(root, 'bench', `${name}.ts`)],
    outfile: file,
    bundle: true,
    platform: 'node',
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return file;
}

function child(file: string, args: string[]): any {
  const r = spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${file} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

console.log('NetLoom benchmark: R1 "line cell" (../shared/anchors/ns3), 10 s simulated\n');

// NetLoom, in-process timing of Simulation.run() (comparable to ns-3's Simulator::Run())
const nl = child(await bundle('netloomR1'), [R1, String(netloomReps)]);
const nlBest = Math.min(...nl.runs.map((r: { seconds: number }) => r.seconds));
const nlMedian = median(nl.runs.map((r: { seconds: number }) => r.seconds));
const hops = nl.runs[0].packetHops;
const events = nl.runs[0].events;

// ns-3
let ns3: { runs: Ns3Run[]; source: string } | undefined;
const missing = ns3Available(anchors);
if (!missing) {
  console.log(`building and running ns-3 ${ns3Version()} (${ns3Reps}×, about 20 s each)…`);
  const bin = buildNs3(anchors, out);
  ns3 = { runs: Array.from({ length: ns3Reps }, () => runNs3(bin, 'R1')), source: 'measured now' };
} else {
  const rec = JSON.parse(
    readFileSync(existsSync(join(anchors, 'results.json')) ? join(anchors, 'results.json') : join(root, 'test/validation/ns3/results.json'), 'utf8'),
  ).variants.R1;
  console.log(`ns-3 not run here: ${missing}. Using the anchors' recorded R1 figures instead.`);
  ns3 = {
    runs: [
      {
        runS: rec.wall_run_s.min,
        processS: rec.wall_process_s.min,
        events: rec.events,
        packetHops: rec.packet_hops,
        delaySumsNs: Object.fromEntries(Object.entries<any>(rec.classes).map(([c, v]) => [c, v.delay_ns.sum])),
        maxRssKb: rec.peak_rss_kb.min,
      },
    ],
    source: 'recorded in ../shared/anchors/ns3/results.json (best of 3)',
  };
}
const nsBest = Math.min(...ns3.runs.map((r) => r.runS));
const nsMedian = median(ns3.runs.map((r) => r.runS));
const sameDelays = JSON.stringify(Object.entries(nl.delaySumsNs).sort()) === JSON.stringify(Object.entries(ns3.runs[0].delaySumsNs).sort());

// kernel
const kt = child(await bundle('kernelTandem'), []);
const kRate = Math.max(...kt.runs.map((r: { events: number; seconds: number }) => r.events / r.seconds));

// CLI end to end (process wall, worker thread, report) for the record
const cliStart = performance.now();
const cli = spawnSync(process.execPath, [join(root, 'bin/netloom.mjs'), 'run', R1, '--json', join(out, 'r1-report.json'), '--force'], { encoding: 'utf8' });
const cliS = (performance.now() - cliStart) / 1000;
if (cli.status !== 0) throw new Error(cli.stderr);

const ratio = hops / nlBest / (hops / nsBest);
const rows = [
  ['', 'NetLoom', `ns-3 (${ns3.source})`],
  ['run wall, best / median', `${nlBest.toFixed(3)} / ${nlMedian.toFixed(3)} s`, `${nsBest.toFixed(2)} / ${nsMedian.toFixed(2)} s`],
  ['packet-hops', String(hops), String(ns3.runs[0].packetHops)],
  ['packet-hops/s (best)', M(hops / nlBest), k(ns3.runs[0].packetHops / nsBest)],
  ['events (own kind)', M(events), M(ns3.runs[0].events)],
  ['peak RSS', `${(nl.maxRssKb / 1024).toFixed(0)} MiB`, `${(ns3.runs[0].maxRssKb / 1024).toFixed(0)} MiB`],
  ['delay sums per class', sameDelays ? 'identical to ns-3, to the ns' : 'DIFFER from ns-3', ''],
];
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('   '));
console.log('');
const check = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET');
console.log(`speed ratio (packet-hops/s, best runs): ${ratio.toFixed(1)}× ns-3   [target ≥ ${TARGET_RATIO}×: ${check(ratio >= TARGET_RATIO)}]`);
console.log(`kernel, synthetic tandem: ${M(kRate)} events/s   [target ≥ 10 M: ${check(kRate >= TARGET_KERNEL)}]`);
console.log(`peak memory, R1: ${(nl.maxRssKb / 1024).toFixed(0)} MiB   [target < ${TARGET_RSS_MB} MB: ${check(nl.maxRssKb * 1024 < TARGET_RSS_MB * 1e6)}]`);
console.log(`CLI end to end (start-up, worker thread, report): ${cliS.toFixed(2)} s vs ns-3 process ${ns3.runs[0].processS.toFixed(2)} s`);
for (const line of scenarioTextBench()) console.log(line);
const startup = startupBench();
for (const line of startupLines(startup)) console.log(line);

writeFileSync(
  join(out, 'results.json'),
  JSON.stringify({ netloom: nl, ns3, kernel: kt, cliSeconds: cliS, ratio, kernelEventsPerS: kRate, sameDelays, startup }, null, 2) + '\n',
);
