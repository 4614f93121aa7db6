import { availableParallelism } from 'node:os';
import { checkWork, describeWork, estimateWork, parseQuantity, UnitParseError, type Report } from '../../sim/api/index.ts';
import { intFlag, parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { colorFor, count } from '../format.ts';
import { limitFlags } from '../limits.ts';
import { loadFile } from '../loadFile.ts';
import pkg from '../../package.json' with { type: 'json' };
import { checkOutputs } from '../outputs.ts';
import { traceOutputs, tracePlan } from '../traceFlags.ts';
import { TraceFiles } from '../TraceFiles.ts';
import { nodePool } from '../nodePool.ts';
import { printable } from '../printable.ts';
import { ProgressBar } from '../progress.ts';
import { reportTable } from '../reportTable.ts';
import { UsageError } from '../UsageError.ts';
import { writeJson } from '../writeJson.ts';

const USAGE = `usage: ${usageLine('run')}`;

export async function runCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.run.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const seed = intFlag(flags, 'seed', 0, 2 ** 32 - 1);
  const replications = intFlag(flags, 'replications', 1, 10000);
  const workers = intFlag(flags, 'workers', 1, 256) ?? availableParallelism();
  const limits = limitFlags(flags);
  let durationS: number | undefined;
  if (typeof flags.duration === 'string') {
    try {
      durationS = parseQuantity(flags.duration, 'time');
    } catch (e) {
      throw new UsageError(`--duration: ${e instanceof UnitParseError ? e.message : String(e)}`);
    }
    if (!(durationS > 0)) throw new UsageError(`--duration: expected a time greater than 0, got ${JSON.stringify(flags.duration)}`);
  }
  const json = typeof flags.json === 'string' ? flags.json : undefined;
  const file = positional[0];
  checkOutputs([{ flag: '--json', file: json }, ...traceOutputs(flags)], [file], flags.force === true);

  // workers load while this thread compiles the scenario; the problems of the file come before any runs
  const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), workers, { early: Math.min(workers, replications ?? 1) });
  const { model, loadMs } = loadFile(file, { seed, replications, durationS });
  const estimate = estimateWork(model);
  const refused = checkWork(estimate, model.replications, limits.maxEvents);
  if (refused) throw new UsageError(`${file}: ${refused}`);
  const expected = estimate.events * model.replications;
  const trace = tracePlan(flags, model, pkg.version);
  if (trace)
    checkOutputs(
      trace.pcaps.map((p) => ({ flag: '--pcap-out', file: p.file })),
      [file],
      flags.force === true,
    );
  const traceFiles = trace && new TraceFiles(trace.csv, model.replications, trace.pcaps);
  if (json !== '-') process.stderr.write(`running ${printable(file)}: ${describeWork(estimate, model.replications)}\n`);

  const bar = new ProgressBar(`running ${printable(file)}`);
  let report: Report;
  try {
    report = await pool.run({
      model,
      options: { seed, replications, durationS, ...limits },
      loadMs,
      onProgress: (p) => bar.update(p.done, p.total, `${count(p.events)} of ~${count(Math.round(expected))} events`),
      trace: trace && traceFiles && { request: trace.request, output: (r) => traceFiles.output(r) },
    }).promise;
    await traceFiles?.finish();
  } finally {
    traceFiles?.abort();
    bar.done();
  }
  if (json === '-') await writeJson(report, '-', '--json');
  else {
    console.log(reportTable(report, colorFor(process.stdout), flags.all === true));
    if (json) {
      await writeJson(report, json, '--json');
      console.log(`report written to ${printable(json)}`);
    }
  }
  if (trace?.csv) process.stderr.write(`trace written to ${printable(trace.csv)}\n`);
  if (trace && trace.pcaps.length > 0)
    process.stderr.write(`${trace.pcaps.length} pcapng file${trace.pcaps.length === 1 ? '' : 's'} written to ${printable(String(flags['pcap-out']))}\n`);
  return flags.strict === true && report.summary.failed > 0 ? 1 : 0;
}
