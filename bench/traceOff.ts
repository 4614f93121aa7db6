/**
 * `npm run bench:trace-off`: tracing is free when off. Runs R1 with this checkout's engine (no
 * trace asked for) and with a base engine (a snapshot of `main`'s sim/, or --base REV) in one
 * process, taking turns (A, B, A, B, …), and prints the median ratio of their CPU times (target
 * ~1.00); and, for information, the cost of tracing when on: the same engine with every packet's
 * outcome traced (the CSV's text made, not written), and once with every port captured too.
 *   npm run bench:trace-off -- [--base main] [--duration "2 s"] [--pairs 7]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { base: { type: 'string', default: 'main' }, duration: { type: 'string', default: '2 s' }, pairs: { type: 'string', default: '7' } },
});
const pairs = Number(values.pairs);
const durationS = Number.parseFloat(values.duration);
if (!Number.isInteger(pairs) || pairs < 1 || !(durationS > 0)) {
  console.error('bench:trace-off: --pairs takes a count of runs, --duration a time in seconds such as "0.5 s"');
  process.exit(2);
}

// the base's sim/ inside this checkout, so that it resolves the same node_modules
const baseDir = join(root, 'bench/out/trace-off-base');
rmSync(baseDir, { recursive: true, force: true });
mkdirSync(baseDir, { recursive: true });
execSync(`git archive ${values.base} sim | tar -x -C ${JSON.stringify(baseDir)}`, { cwd: root });

type Api = typeof import('../sim/api/index.ts');
const ours: Api = await import('../sim/api/index.ts');
const base: Api = await import(join(baseDir, 'sim/api/index.ts'));
const scenario = JSON.parse(readFileSync(join(root, 'scenarios/reference/r1-line-cell.json'), 'utf8'));

/** CPU seconds of one replication of R1 (the load not counted), and its events. */
async function run(api: Api, trace?: 'packets' | 'ports'): Promise<{ cpu: number; events: number }> {
  const sim = api.createSimApi();
  sim.load({ scenario }, { durationS });
  const ports = trace === 'ports' ? Array.from({ length: 2 * scenario.links.length }, (_, i) => i) : [];
  const t0 = process.cpuUsage();
  const r = trace
    ? await sim.traceReplication(0, undefined, { packets: true, ports }, { csv: () => {}, pcap: () => {}, end: () => {} })
    : sim.runReplication(0);
  const t = process.cpuUsage(t0);
  return { cpu: (t.user + t.system) / 1e6, events: r.events };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
await run(ours);
await run(base); // warm both up
const ratios: number[] = [];
const onRatios: number[] = [];
const baseCpu: number[] = [];
for (let i = 0; i < pairs; i++) {
  const b = await run(base);
  const a = await run(ours);
  const on = await run(ours, 'packets');
  if (a.events !== b.events) throw new Error(`the engines differ: ${a.events} events here, ${b.events} in ${values.base}`);
  ratios.push(a.cpu / b.cpu);
  baseCpu.push(b.cpu);
  onRatios.push(on.cpu / b.cpu);
  console.log(
    `pair ${i + 1}: ${values.base} ${b.cpu.toFixed(3)} s, this (no trace) ${a.cpu.toFixed(3)} s, ` +
      `this (packets traced) ${on.cpu.toFixed(3)} s; ${a.events} events`,
  );
}
console.log(`R1 × ${durationS} s, ${pairs} pairs: CPU time without a trace / ${values.base}'s = ${median(ratios).toFixed(3)} (median; target ~1.00)`);
console.log(`with every packet's outcome traced (CSV text made, not written): ${median(onRatios).toFixed(2)}× ${values.base}'s`);
const all = await run(ours, 'ports');
console.log(`with every port captured too (pcapng blocks made, not written): ${(all.cpu / median(baseCpu)).toFixed(1)}× ${values.base}'s`);
rmSync(baseDir, { recursive: true, force: true });
