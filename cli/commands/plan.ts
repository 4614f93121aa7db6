import { availableParallelism } from 'node:os';
import {
  type Catalog,
  checkWork,
  estimateWork,
  expandScenario,
  exportBom,
  formatIssue,
  loadScenario,
  plan,
  planRunLengths,
  resolveCatalog,
  ScenarioError,
  upgradedScenario,
} from '../../sim/api/index.ts';
import { intFlag, parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { colorFor } from '../format.ts';
import { limitFlags } from '../limits.ts';
import { loadFile } from '../loadFile.ts';
import { nodePool } from '../nodePool.ts';
import { checkOutputs } from '../outputs.ts';
import { printable, printableDeep } from '../printable.ts';
import { readJsonFile } from '../readJsonFile.ts';
import { scenarioHash } from '../scenarioHash.ts';
import { planText } from '../planText.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';

const USAGE = `usage: ${usageLine('plan')}`;

function years(text: string | undefined): number[] {
  if (text === undefined) return [2026, 2027, 2028];
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!m || (m[2] && Number(m[2]) < Number(m[1])) || (m[2] && Number(m[2]) - Number(m[1]) > 20))
    throw new UsageError(`--years: expected a year or a range like 2026-2028, got ${JSON.stringify(text)}`);
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** The default catalog with the prices and options of `file` over it. */
function catalogOf(file: string | undefined): Catalog {
  try {
    return resolveCatalog(file ? readJsonFile(file, '--catalog') : {});
  } catch (e) {
    if (e instanceof ScenarioError)
      throw new UsageError(
        `--catalog: ${file} has ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'}: ${e.issues.slice(0, 10).map(formatIssue).join('; ')}`,
      );
    throw e;
  }
}

export async function planCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.plan.flags, USAGE);
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time\n${USAGE}`);
  const file = positional[0];
  const workers = intFlag(flags, 'workers', 1, 256) ?? availableParallelism();
  const budget = intFlag(flags, 'budget', 0) ?? 100_000;
  const reps = intFlag(flags, 'replications', 1, 1000);
  const yearList = years(typeof flags.years === 'string' ? flags.years : undefined);
  const json = typeof flags.json === 'string' ? flags.json : undefined;
  const out = typeof flags.out === 'string' ? flags.out : undefined;
  const catalogFile = typeof flags.catalog === 'string' ? flags.catalog : undefined;
  const bom = typeof flags.bom === 'string' ? flags.bom : undefined;
  if (bom === '-') throw new UsageError('--bom: name a CSV file (standard output is for --json -)');
  checkOutputs(
    [
      { flag: '--out', file: out },
      { flag: '--json', file: json },
      { flag: '--bom', file: bom },
    ],
    catalogFile ? [file, catalogFile] : [file],
    flags.force === true,
  );
  const limits = limitFlags(flags);
  const catalog = catalogOf(catalogFile);
  const { input, model } = loadFile(file); // bad scenario: exit 2 with every issue
  const runs = planRunLengths(model, reps ?? model.replications);
  const verifyModel = loadScenario(input.scenario, input.files, { durationS: runs.verify.durationS });
  const refused = checkWork(estimateWork(verifyModel), runs.verify.replications, limits.maxEvents);
  if (refused) throw new UsageError(`${file}: each verification of a plan: ${refused}`);
  const say = (m: string) => {
    if (json !== '-') process.stderr.write(`  ${m}\n`);
  };

  // checked by loadFile; a plant written with groups is planned, and written with --out, in its flat form
  const scenario = expandScenario(input.scenario);
  const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), workers);
  const started = performance.now();
  let result;
  try {
    if (json !== '-')
      process.stderr.write(
        `planning ${printable(file)} with ${workers} worker${workers === 1 ? '' : 's'} (quick runs ` +
          `${runs.quick.durationS} s: ${runs.quickWhy}; verification ${runs.verify.replications} × ${runs.verify.durationS} s)\n`,
      );
    result = await plan(scenario, catalog, pool.evaluator({ files: input.files, limits, spread: true }), {
      ...runs,
      budget: { years: yearList, perYear: budget },
      onProgress: say,
      files: input.files,
    });
  } finally {
    await pool.close();
  }
  result.scenarioHash = scenarioHash(scenario); // `report --plan` checks the plan is this scenario's
  result.stats.wallSeconds = (performance.now() - started) / 1000;
  result.stats.evaluationsPerSecond = (result.stats.evaluations + result.stats.verifications) / result.stats.wallSeconds;
  if (result.found) {
    // run as it was verified: `netloom run` on this file reproduces the verification
    const upgraded = upgradedScenario(
      scenario,
      result.actions.map((a) => a.action),
      catalog,
      runs.verify.replications,
      input.files,
    );
    upgraded.name = `${upgraded.name} (planned upgrade)`;
    if (out) writeAtomically(out, JSON.stringify(upgraded, null, 2) + '\n', '--out');
    if (bom) writeAtomically(bom, exportBom(result, scenario).csv, '--bom');
  }
  const text = JSON.stringify(result, null, 2) + '\n';
  if (json === '-') process.stdout.write(text);
  else {
    console.log(planText(printableDeep(result), colorFor(process.stdout)));
    if (result.found && result.actions.length > 0)
      console.log(out ? `\nupgraded scenario written to ${printable(out)}` : '\n--out FILE writes the upgraded scenario');
    if (json) {
      writeAtomically(json, text, '--json');
      console.log(`plan written to ${printable(json)}`);
    }
    if (bom) console.log(result.found ? `bill of materials written to ${printable(bom)}` : 'no plan found: no bill of materials written');
  }
  return result.found ? 0 : 1;
}
