import type { Report } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { colorFor } from '../format.ts';
import pkg from '../../package.json' with { type: 'json' };
import { checkOutputs } from '../outputs.ts';
import { traceOutputs, tracePlan } from '../traceFlags.ts';
import { TraceFiles } from '../TraceFiles.ts';
import { nodePool } from '../nodePool.ts';
import { printable } from '../printable.ts';
import { reportTable } from '../reportTable.ts';
import { runFlags } from '../runFlags.ts';
import { prepareRun, runPrepared } from '../simulateFile.ts';
import { UsageError } from '../UsageError.ts';
import { writeJson } from '../writeJson.ts';

const USAGE = `usage: ${usageLine('run')}`;

export async function runCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.run.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const { workers, ...options } = runFlags(flags);
  const json = typeof flags.json === 'string' ? flags.json : undefined;
  const file = positional[0];
  checkOutputs([{ flag: '--json', file: json }, ...traceOutputs(flags)], [file], flags.force === true);

  // workers load while this thread compiles the scenario; the problems of the file come before any runs
  const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), workers, { early: Math.min(workers, options.replications ?? 1) });
  const prepared = prepareRun(file, options);
  const trace = tracePlan(flags, prepared.model, pkg.version);
  if (trace)
    checkOutputs(
      trace.pcaps.map((p) => ({ flag: '--pcap-out', file: p.file })),
      [file],
      flags.force === true,
    );
  const traceFiles = trace && new TraceFiles(trace.csv, prepared.model.replications, trace.pcaps);
  let report: Report;
  try {
    report = await runPrepared(pool, prepared, json === '-', trace && traceFiles && { request: trace.request, output: (r) => traceFiles.output(r) });
    await traceFiles?.finish();
  } finally {
    traceFiles?.abort();
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
