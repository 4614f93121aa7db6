import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { colorFor } from '../format.ts';
import { checkOutputs } from '../outputs.ts';
import { nodePool } from '../nodePool.ts';
import { printable } from '../printable.ts';
import { reportTable } from '../reportTable.ts';
import { runFlags } from '../runFlags.ts';
import { simulateFile } from '../simulateFile.ts';
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
  checkOutputs([{ flag: '--json', file: json }], [file], flags.force === true);

  // workers load while this thread compiles the scenario; the problems of the file come before any runs
  const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), workers, { early: Math.min(workers, options.replications ?? 1) });
  const report = await simulateFile(pool, file, options, json === '-');
  if (json === '-') await writeJson(report, '-', '--json');
  else {
    console.log(reportTable(report, colorFor(process.stdout), flags.all === true));
    if (json) {
      await writeJson(report, json, '--json');
      console.log(`report written to ${printable(json)}`);
    }
  }
  return flags.strict === true && report.summary.failed > 0 ? 1 : 0;
}
