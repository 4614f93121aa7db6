/**
 * NetLoom on a scenario file (child process): loads it once, runs it `reps` times in this
 * thread, prints JSON with each run's wall time, events, packet-hops, the per-class sums
 * of delays (to show the run reproduced ns-3) and the process's peak resident memory.
 */
import { readFileSync } from 'node:fs';
import { buildReport, loadScenario } from '../sim/api/index.ts';
import { Simulation } from '../sim/engine/Simulation.ts';

const [file, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 3);
const setupStart = performance.now();
const model = loadScenario(JSON.parse(readFileSync(file, 'utf8')));
const setupS = (performance.now() - setupStart) / 1000;
const runs: { seconds: number; events: number; packetHops: number }[] = [];
let delaySumsNs: Record<string, number> = {};
for (let i = 0; i < reps; i++) {
  const t0 = performance.now();
  const result = new Simulation(model, 0).run();
  const seconds = (performance.now() - t0) / 1000;
  runs.push({ seconds, events: result.events, packetHops: result.packetHops });
  const report = buildReport(model, [result], seconds);
  delaySumsNs = {};
  for (const f of report.flows) {
    const cls = f.id.startsWith('ctrl-') ? 'control' : f.id;
    delaySumsNs[cls] = (delaySumsNs[cls] ?? 0) + Math.round((f.latency?.sum ?? 0) * 1e9);
  }
}
process.stdout.write(JSON.stringify({ setupS, runs, delaySumsNs, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
