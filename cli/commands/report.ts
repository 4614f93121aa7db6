/**
 * `netloom report FILE [--plan PLAN.json] --html OUT.html [--pdf OUT.pdf]`: simulates the scenario
 * as `run` does (worker pool, progress on stderr), bounds it as `bounds` does, checks that a given
 * plan was made for this scenario (its hash), and writes the self-contained HTML report, and from
 * it a PDF through headless Chromium. Nothing is written unless everything before succeeded.
 */
import { availableParallelism } from 'node:os';
import pkg from '../../package.json' with { type: 'json' };
import { CHARTED_FLOWS, computeBounds, expandScenario, type Plan, planMismatch, type Report, reportDocument } from '../../sim/api/index.ts';
import { intFlag, parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { limitFlags } from '../limits.ts';
import { nodePool } from '../nodePool.ts';
import { checkOutputs } from '../outputs.ts';
import { printable } from '../printable.ts';
import { printPdf } from '../printPdf.ts';
import { readJsonFile } from '../readJsonFile.ts';
import { nameOf } from '../readStdin.ts';
import { scenarioHash } from '../scenarioHash.ts';
import { prepareRun, runPrepared } from '../simulateFile.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';

const USAGE = `usage: ${usageLine('report')}`;

export async function reportCommand(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.report.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const file = positional[0];
  const html = typeof flags.html === 'string' ? flags.html : undefined;
  const pdf = typeof flags.pdf === 'string' ? flags.pdf : undefined;
  const planFile = typeof flags.plan === 'string' ? flags.plan : undefined;
  if (!html) throw new UsageError(`--html OUT.html: say where to write the report\n${USAGE}`);
  const workers = intFlag(flags, 'workers', 1, 256) ?? availableParallelism();
  const limits = limitFlags(flags);
  checkOutputs(
    [
      { flag: '--html', file: html },
      { flag: '--pdf', file: pdf },
    ],
    planFile ? [file, planFile] : [file],
    flags.force === true,
  );

  // bad scenario: exit 2 with every issue; past --max-events: refused. The charted flows' histograms kept: the page draws them
  const run = prepareRun(file, { ...limits, histograms: CHARTED_FLOWS });
  const scenario = expandScenario(run.input.scenario);
  const hash = scenarioHash(scenario);
  let plan: Plan | null = null;
  if (planFile) {
    const parsed = readJsonFile(planFile, '--plan');
    const why = planMismatch(parsed, hash);
    if (why) throw new UsageError(`--plan: ${planFile}: ${why}`);
    plan = parsed as Plan;
  }
  const pool = nodePool(new URL('./simWorker.mjs', import.meta.url), workers, { early: Math.min(workers, run.model.replications) });
  let report: Report;
  try {
    report = await runPrepared(pool, run);
  } finally {
    await pool.close();
  }
  // bounds of pipeline flows come in a later round (issue 12): the page then has no bounds section
  const piped = run.model.flows.some((f) => f.pipeline);
  process.stderr.write(piped ? 'no worst-case bounds: the scenario has AI pipelines, not bounded yet\n' : 'bounding the flows (network calculus)\n');
  const bounds = piped ? undefined : computeBounds(run.model);
  const page = reportDocument({
    scenario,
    report,
    bounds,
    plan,
    meta: { version: pkg.version, scenarioHash: hash, file: nameOf(file), created: new Date().toISOString() },
  });
  const pdfBytes = pdf ? (process.stderr.write('printing the PDF (headless Chromium)\n'), await printPdf(page)) : null;
  writeAtomically(html, page, '--html');
  console.log(`report written to ${printable(html)} (${(page.length / 1024).toFixed(0)} kB)`);
  if (pdf && pdfBytes) {
    writeAtomically(pdf, pdfBytes, '--pdf');
    console.log(`PDF written to ${printable(pdf)} (${(pdfBytes.length / 1024).toFixed(0)} kB)`);
  }
  return 0;
}
