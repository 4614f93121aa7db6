/**
 * One scenario simulated on the CLI's worker pool, as `netloom run` does it: compiled on this thread,
 * its work estimated and refused above --max-events, a line on stderr saying what will run and a
 * progress bar while it does (`quiet`: neither, when stdout carries JSON).
 */
import { checkWork, describeWork, estimateWork, type Report, type RunOptions, type ScenarioInput } from '../sim/api/index.ts';
import type { WorkerPool } from '../sim/worker/index.ts';
import { count } from './format.ts';
import { loadFile } from './loadFile.ts';
import { printable } from './printable.ts';
import { ProgressBar } from './progress.ts';
import { UsageError } from './UsageError.ts';

export async function simulateFile(
  pool: WorkerPool,
  file: string,
  options: RunOptions & { maxEvents: number },
  o: { quiet?: boolean; input?: ScenarioInput } = {},
): Promise<Report> {
  const { seed, replications, durationS } = options;
  const { model, loadMs } = loadFile(file, { seed, replications, durationS }, o.input);
  const estimate = estimateWork(model);
  const refused = checkWork(estimate, model.replications, options.maxEvents);
  if (refused) throw new UsageError(`${file}: ${refused}`);
  const expected = estimate.events * model.replications;
  if (!o.quiet) process.stderr.write(`running ${printable(file)}: ${describeWork(estimate, model.replications)}\n`);
  const bar = new ProgressBar(`running ${printable(file)}`);
  try {
    return await pool.run({
      model,
      options,
      loadMs,
      onProgress: (p) => bar.update(p.done, p.total, `${count(p.events)} of ~${count(Math.round(expected))} events`),
    }).promise;
  } finally {
    bar.done();
  }
}
