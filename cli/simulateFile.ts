/**
 * One scenario simulated on the CLI's worker pool, as `netloom run` does it: compiled on this thread,
 * its work estimated and refused above --max-events, a line on stderr saying what will run and a
 * progress bar while it does (`quiet`: neither, when stdout carries JSON). `diff` compiles both of
 * its scenarios (prepareRun) before it runs either, so a problem in B does not wait for A's run.
 */
import { checkWork, describeWork, estimateWork, type Report, type RunOptions, type ScenarioInput } from '../sim/api/index.ts';
import type { RunRequest, WorkerPool } from '../sim/worker/index.ts';
import { count } from './format.ts';
import { loadFile } from './loadFile.ts';
import { printable } from './printable.ts';
import { ProgressBar } from './progress.ts';
import { UsageError } from './UsageError.ts';

type Options = RunOptions & { maxEvents: number };

/** The scenario compiled and its work checked: throws the file's problems, or a UsageError past --max-events. */
export function prepareRun(file: string, options: Options, input?: ScenarioInput) {
  const { seed, replications, durationS } = options;
  const loaded = loadFile(file, { seed, replications, durationS }, input);
  const { model, loadMs } = loaded;
  const estimate = estimateWork(model);
  const refused = checkWork(estimate, model.replications, options.maxEvents);
  if (refused) throw new UsageError(`${file}: ${refused}`);
  return { file, input: loaded.input, model, loadMs, estimate, options };
}

/** `trace`: where each replication's per-packet outcomes and captured frames go (`run --trace-out`, `--pcap-out`) */
export async function runPrepared(pool: WorkerPool, run: ReturnType<typeof prepareRun>, quiet = false, trace?: RunRequest['trace']): Promise<Report> {
  const { file, model, loadMs, estimate, options } = run;
  const expected = estimate.events * model.replications;
  if (!quiet) process.stderr.write(`running ${printable(file)}: ${describeWork(estimate, model.replications)}\n`);
  const bar = new ProgressBar(`running ${printable(file)}`);
  try {
    return await pool.run({
      model,
      options,
      loadMs,
      onProgress: (p) => bar.update(p.done, p.total, `${count(p.events)} of ~${count(Math.round(expected))} events`),
      trace,
    }).promise;
  } finally {
    bar.done();
  }
}

export const simulateFile = (pool: WorkerPool, file: string, options: Options, quiet = false): Promise<Report> =>
  runPrepared(pool, prepareRun(file, options), quiet);
