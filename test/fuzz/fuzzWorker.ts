/**
 * Runs mutants the way the CLI runs a scenario file, in a worker thread the harness watches:
 * read it and the files it names (cli/readScenario), validate and compile it, bound it and schedule
 * it (as `netloom bounds` and `netloom schedule` print them), estimate the work and
 * refuse it above the limit, simulate it under the run limits, build the report and print its table.
 * Replies with the outcome; anything thrown that NetLoom does not mean to throw is a crash.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { boundsTable } from '../../cli/commands/bounds.ts';
import { scheduleText } from '../../cli/commands/schedule.ts';
import { readScenario } from '../../cli/readScenario.ts';
import { computeBounds } from '../../sim/analysis/index.ts';
import { gateLimits, ScheduleInputError, synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import { printableDeep } from '../../cli/printable.ts';
import { reportTable } from '../../cli/reportTable.ts';
import { UsageError } from '../../cli/UsageError.ts';
import { buildReport, checkWork, estimateWork, loadScenario, ScenarioError } from '../../sim/api/index.ts';
import { Simulation } from '../../sim/engine/Simulation.ts';
import { TRACE_TEXT } from './seeds.ts';

export interface FuzzJob {
  index: number;
  text: string;
  dir: string;
  maxEvents: number;
  maxMemoryBytes: number;
}

export type Outcome =
  | { index: number; kind: 'rejected' | 'refused' | 'limited' | 'ran' }
  | { index: number; kind: 'unplaced'; detail: string }
  | { index: number; kind: 'crash'; detail: string };

/** A whole-document problem is placed when it names a line and column or what the document is. */
const PLACED_AT_ROOT = /line \d+, column \d+|expected a scenario object|the file is empty|nested deeper than|cannot read this JSON/;

function judgeIssues(issues: { path: unknown; message: unknown }[]): string | undefined {
  if (issues.length === 0) return 'a rejection without any problem listed';
  for (const i of issues) {
    if (typeof i.path !== 'string' || i.path === '' || typeof i.message !== 'string' || i.message === '')
      return `a problem without a path or message: ${JSON.stringify(i).slice(0, 200)}`;
    if (i.path === '$' && !PLACED_AT_ROOT.test(i.message)) return `a whole-document problem that names no place: ${i.message.slice(0, 200)}`;
  }
  return undefined;
}

function run(job: FuzzJob): Outcome {
  const { index } = job;
  mkdirSync(job.dir, { recursive: true });
  writeFileSync(join(job.dir, 'sends.csv'), TRACE_TEXT);
  const file = join(job.dir, 'scenario.json');
  writeFileSync(file, job.text);
  try {
    const input = readScenario(file);
    const model = loadScenario(input.scenario, input.files);
    // `netloom bounds` and `netloom schedule` read the same model
    boundsTable(printableDeep(computeBounds(model)), false);
    try {
      scheduleText(printableDeep(synthesizeSchedule(model, { maxEntries: gateLimits(input.scenario, model) })));
    } catch (e) {
      if (!(e instanceof ScheduleInputError)) throw e;
    }
    if (checkWork(estimateWork(model), model.replications, job.maxEvents)) return { index, kind: 'refused' };
    const results = [];
    for (let r = 0; r < model.replications; r++) results.push(new Simulation(model, r, { maxEvents: job.maxEvents, maxMemoryBytes: job.maxMemoryBytes }).run());
    reportTable(printableDeep(buildReport(model, results, 0)), false);
    return { index, kind: 'ran' };
  } catch (e) {
    if (e instanceof ScenarioError) {
      const bad = judgeIssues(e.issues);
      return bad ? { index, kind: 'unplaced', detail: bad } : { index, kind: 'rejected' };
    }
    if (e instanceof UsageError) return { index, kind: 'rejected' };
    if (e instanceof Error && e.name === 'ResourceLimitError') return { index, kind: 'limited' };
    return { index, kind: 'crash', detail: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

parentPort?.on('message', (job: FuzzJob) => parentPort!.postMessage(run(job)));
