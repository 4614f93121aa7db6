/**
 * The engine alone on one scenario (child process of bench/engineScale.ts): loads the scenario
 * file, runs one replication `reps` times in this thread without building a report, and prints
 * JSON with each run's wall time and events, the load time and the process's peak resident memory.
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
const runs: { seconds: number; events: number }[] = [];
for (let i = 0; i < reps; i++) {
  const t = performance.now();
  const result = new Simulation(model, 0).run();
  runs.push({ seconds: (performance.now() - t) / 1000, events: result.events });
}
process.stdout.write(`${JSON.stringify({ loadS, runs, maxRssKb: process.resourceUsage().maxRSS })}\n`);
