/**
 * `netloom export inet FILE --out DIR [--force]`: the plant as an OMNeT++ 6 / INET 4.5 project
 * (DIR/NETWORK.ned and DIR/omnetpp.ini), printing what INET cannot express as assumed.
 * `netloom export bom PLAN.json --scenario FILE --out OUT.csv [--force]`: a saved plan's bill of
 * materials. Files are written atomically, never over an input, an existing one only with --force.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expandScenario, exportBom, exportInet, formatIssue, ScenarioError } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, MAX_NOTES, usageLine } from '../commandSpecs.ts';
import { loadFile } from '../loadFile.ts';
import { checkOutputs } from '../outputs.ts';
import { printable } from '../printable.ts';
import { readJsonFile } from '../readJsonFile.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';

const USAGE = `usage: ${usageLine('export')}`;
const WHATS = ['inet', 'bom'];

export function exportCommand(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.export.flags, USAGE);
  const [what, ...inputs] = positional;
  if (what === undefined || !WHATS.includes(what))
    throw new UsageError(`${what === undefined ? 'nothing to export' : `cannot export "${what}"`}: expected ${WHATS.join(' or ')}\n${USAGE}`);
  if (inputs.length !== 1) throw new UsageError(`${inputs.length === 0 ? 'no file given' : 'one file at a time'}\n${USAGE}`);
  const out = flags.out;
  if (typeof out !== 'string') throw new UsageError(`--out: name the ${what === 'inet' ? 'folder' : 'CSV file'} to write\n${USAGE}`);
  const force = flags.force === true;
  const scenarioFile = typeof flags.scenario === 'string' ? flags.scenario : undefined;
  if (what === 'inet') {
    if (scenarioFile !== undefined) throw new UsageError(`--scenario is for export bom; export inet reads the scenario FILE\n${USAGE}`);
    return exportInetCommand(inputs[0], out, force);
  }
  if (scenarioFile === undefined) throw new UsageError(`--scenario: name the scenario the plan was made for\n${USAGE}`);
  return exportBomCommand(inputs[0], scenarioFile, out, force);
}

function exportInetCommand(file: string, dir: string, force: boolean): number {
  if (dir === '-') throw new UsageError('--out: export inet writes two files; name a folder');
  const { input, model } = loadFile(file); // a bad scenario: exit 2 with every issue
  const project = exportInet(input.scenario, input.files);
  const paths = project.files.map((f) => join(dir, f.name));
  checkOutputs(
    paths.map((p) => ({ flag: '--out', file: p })),
    [file],
    force,
  );
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--out: ${dir} exists and is not a folder`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new UsageError(`--out: cannot make the folder ${dir}: ${(err as Error).message}`);
    }
  }
  project.files.forEach((f, i) => writeAtomically(paths[i], f.text, '--out'));
  console.log(
    `${model.nodes.length} nodes, ${model.links.length} links and ${model.flows.length} flows written as network ${project.network} ` +
      `to ${paths.map(printable).join(' and ')}`,
  );
  console.log(`assumed (${project.assumed.length}) — INET does not model these as NetLoom does; review them:`);
  for (const a of project.assumed.slice(0, MAX_NOTES)) console.log(`  ${printable(a)}`);
  if (project.assumed.length > MAX_NOTES) console.log(`  … and ${project.assumed.length - MAX_NOTES} more (every one is at the top of omnetpp.ini)`);
  return 0;
}

function exportBomCommand(planFile: string, scenarioFile: string, out: string, force: boolean): number {
  checkOutputs([{ flag: '--out', file: out }], [planFile, scenarioFile], force);
  const plan = readJsonFile(planFile, 'PLAN');
  const { input } = loadFile(scenarioFile);
  let csv: string;
  try {
    csv = exportBom(plan, expandScenario(input.scenario)).csv;
  } catch (e) {
    if (e instanceof ScenarioError) throw new UsageError(`${planFile}: ${e.issues.slice(0, 10).map(formatIssue).join('; ')}`);
    throw e;
  }
  if (out === '-') process.stdout.write(csv);
  else {
    writeAtomically(out, csv, '--out');
    console.log(`bill of materials written to ${printable(out)}`);
  }
  return 0;
}
