/**
 * One size of `npm run bench:scale`, in a child process of its own so its peak memory is its own:
 *   run FILE     load (parse, check, compile), the model's copy to a worker, one replication in this thread,
 *                report building, the report's JSON
 *   bounds FILE  load/compile and the worst-case bounds (the parent kills it past its time limit)
 * Prints one line of JSON: seconds of each step, events, flows, the JSON's bytes, peak RSS (kB).
 */
import { readFileSync } from 'node:fs';
import { jsonChunks } from '../cli/jsonChunks.ts';
import { buildReport, computeBounds } from '../sim/api/index.ts';
import { Simulation } from '../sim/engine/Simulation.ts';
import { compile } from '../sim/scenario/compile.ts';
import type { Model } from '../sim/scenario/model.ts';
import { checkScenario } from '../sim/scenario/load.ts';

const [mode, file] = process.argv.slice(2);
const seconds = (t0: number) => (performance.now() - t0) / 1000;

/** load = parse (the file's text to JSON) + check (structure, groups, schema) + compile (ids, routes, units to the model) */
function load(): { model: Model; parseS: number; checkS: number; compileS: number } {
  let t0 = performance.now();
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parseS = seconds(t0);
  t0 = performance.now();
  const { scenario } = checkScenario(json);
  const checkS = seconds(t0);
  t0 = performance.now();
  const { model } = compile(scenario, {});
  const compileS = seconds(t0);
  if (!model) throw new Error(`${file} does not compile`);
  return { model, parseS, checkS, compileS }; // the JSON and the parsed scenario go: the run's heap holds the model only
}
const { model, parseS, checkS, compileS } = load();
// what a worker's adopt costs: the model's structured clone (serialised in this thread, read back in the worker)
let t0 = performance.now();
structuredClone(model);
const copyS = seconds(t0);
const out: Record<string, number> = { parseS, checkS, compileS, loadS: parseS + checkS + compileS, copyS, flows: model.flows.length };
if (mode === 'bounds') {
  t0 = performance.now();
  computeBounds(model);
  out.boundsS = seconds(t0);
} else {
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = new Simulation(model, 0).run();
  out.simS = seconds(t0);
  const cpu = process.cpuUsage(cpu0);
  out.simCpuS = (cpu.user + cpu.system) / 1e6; // steadier than the wall time on a shared machine
  out.events = result.events;
  t0 = performance.now();
  const report = buildReport(model, [result], out.simS);
  out.reportS = seconds(t0);
  t0 = performance.now();
  let bytes = 0;
  for (const piece of jsonChunks(report)) bytes += Buffer.byteLength(piece);
  out.jsonS = seconds(t0);
  out.jsonBytes = bytes;
}
out.maxRssKb = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify(out)}\n`);
