/**
 * The engine alone on one scenario (child process of bench/engineScale.ts): loads the scenario
 * file, runs one replication `reps` times in this thread without building a report, and prints
 * JSON with each run's wall time, its CPU time (user + system: less swayed than wall time by other
 * processes on a shared machine) and events, the load time and the process's peak resident memory.
 *   node engineRun.mjs FILE [REPS]
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../sim/api/index.ts';
import { Simulation } from '../sim/engine/Simulation.ts';

const [file, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 1);
const t0 = performance.now();
const model = loadScenario(JSON.parse(readFileSync(file, 'utf8')));
const loadS = (performance.now() - t0) / 1000;
const runs: { seconds: number; cpuS: number; events: number }[] = [];
for (let i = 0; i < reps; i++) {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = new Simulation(model, 0).run();
  const { user, system } = process.cpuUsage(cpu);
  runs.push({ seconds: (performance.now() - t) / 1000, cpuS: (user + system) / 1e6, events: result.events });
}
process.stdout.write(`${JSON.stringify({ loadS, runs, maxRssKb: process.resourceUsage().maxRSS })}\n`);
