/**
 * `netloom diff A B [--json OUT|-] [--all] [--strict]`: two scenarios or two reports compared. Two
 * scenarios are both simulated, one after the other on one worker pool, with the same seed (--seed,
 * else A's) and run settings, as `netloom run` simulates; two reports are compared as they are. A
 * scenario and a report are refused (exit 2). With --strict, exit 1 when B fails a requirement A did not.
 */
import { dirname } from 'node:path';
import { FILE_LIMITS } from '../../node/readScenarioFiles.ts';
import { scenarioOfText } from '../../node/readScenarioFile.ts';
import { FileRefusal, readRegularFile } from '../../node/readRegularFile.ts';
import { compareRuns, isReport, pairKind, parseScenarioText, readReport, type Report, ScenarioError, type ScenarioInput } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { diffText } from '../diffText.ts';
import { colorFor } from '../format.ts';
import { ScenarioFileError } from '../loadFile.ts';
import { nodePool } from '../nodePool.ts';
import { checkOutputs } from '../outputs.ts';
import { printable } from '../printable.ts';
import { nameOf, readStdin } from '../readStdin.ts';
import { runFlags } from '../runFlags.ts';
import { prepareRun, runPrepared } from '../simulateFile.ts';
import { UsageError } from '../UsageError.ts';
import { writeJson } from '../writeJson.ts';

const USAGE = `usage: ${usageLine('diff')}`;
export const DIFF_FORMAT = 'netloom.diff/v1';

/** a report of a large plant is larger than its scenario */
const MAX_DOCUMENT_BYTES = 4 * FILE_LIMITS.fileBytes;

/** The file's text and its JSON; the file's problems are its own (ScenarioFileError names it). */
function readDocument(file: string): { text: string; json: unknown } {
  let text: string;
  try {
    text = (file === '-' ? readStdin(MAX_DOCUMENT_BYTES) : readRegularFile(file, MAX_DOCUMENT_BYTES)).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileRefusal)) throw e;
    throw new UsageError(e.missing ? `cannot find ${file}` : `${file} ${e.message}`);
  }
  return { text, json: asFile(file, () => parseScenarioText(text)) };
}

function asFile<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ScenarioError && !(e instanceof ScenarioFileError)) throw new ScenarioFileError(nameOf(file), e.issues);
    throw e;
  }
}

const seedOf = (s: unknown): number | undefined => (s as { simulation?: { seed?: unknown } }).simulation?.seed as number | undefined;

export async function diffCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.diff.flags, USAGE);
  if (positional.length !== 2) throw new UsageError(`expected two files, FILE_A and FILE_B, got ${positional.length}\n${USAGE}`);
  const [a, b] = positional;
  if (a === '-' && b === '-') throw new UsageError('only one of A and B can be standard input ("-")');
  const json = typeof flags.json === 'string' ? flags.json : undefined;
  checkOutputs([{ flag: '--json', file: json }], [a, b], flags.force === true);
  const { workers, ...options } = runFlags(flags);
  const docs = [readDocument(a), readDocument(b)];
  const kind = pairKind(docs[0].json, docs[1].json);
  if (kind === 'mixed') {
    const [r, s] = isReport(docs[0].json) ? [a, b] : [b, a];
    throw new UsageError(
      `${printable(r)} is a report and ${printable(s)} a scenario: compare two scenarios or two reports (netloom run --json makes a report)`,
    );
  }

  let reports: [Report, Report];
  let inputs: [ScenarioInput, ScenarioInput] | undefined;
  if (kind === 'reports') {
    if (Object.keys(flags).some((f) => ['seed', 'replications', 'duration', 'workers', 'max-events', 'max-memory'].includes(f)))
      throw new UsageError('--seed, --replications, --duration, --workers and the limits are for two scenarios; two reports are compared as they ran');
    reports = [asFile(a, () => readReport(docs[0].json)), asFile(b, () => readReport(docs[1].json))];
  } else {
    inputs = [
      asFile(a, () => scenarioOfText(docs[0].text, a === '-' ? '.' : dirname(a))),
      asFile(b, () => scenarioOfText(docs[1].text, b === '-' ? '.' : dirname(b))),
    ];
    // the same seed for both, or a difference in their seeds would show as a difference in their results
    const seed = options.seed ?? seedOf(inputs[0].scenario) ?? 1;
    const seedB = seedOf(inputs[1].scenario) ?? 1;
    if (options.seed === undefined && seedB !== seed && json !== '-')
      process.stderr.write(`${printable(b)} sets seed ${seedB}: both run with ${printable(a)}'s seed ${seed} (--seed N to choose)\n`);
    const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), workers, { early: Math.min(workers, options.replications ?? 1) });
    // both compiled and checked before either runs: a problem in B does not wait for A's run
    const runs = [prepareRun(nameOf(a), { ...options, seed }, inputs[0]), prepareRun(nameOf(b), { ...options, seed }, inputs[1])];
    reports = [await runPrepared(pool, runs[0], json === '-'), await runPrepared(pool, runs[1], json === '-')];
  }
  const comparison = compareRuns(reports[0], reports[1], inputs && { before: inputs[0].scenario, after: inputs[1].scenario });
  const document = { format: DIFF_FORMAT, a: { file: nameOf(a), kind }, b: { file: nameOf(b), kind }, ...comparison };
  if (json === '-') await writeJson(document, '-', '--json');
  else {
    console.log(diffText(comparison, colorFor(process.stdout), flags.all === true));
    if (json) {
      await writeJson(document, json, '--json');
      console.log(`comparison written to ${printable(json)}`);
    }
  }
  const newlyFailing = comparison.flows.flows.some((f) => f.after?.verdict === 'fail' && f.before?.verdict !== 'fail');
  return flags.strict === true && newlyFailing ? 1 : 0;
}
