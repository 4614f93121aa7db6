/**
 * `netloom expand FILE [--out F|-] [--force]`: the flat form of a scenario written with groups
 * (docs/groups.md), every instance written out, as the simulator compiles it. The scenario is
 * checked first, so what is written is a valid scenario; without --out it goes to stdout.
 */
import { expandScenario } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { loadFile } from '../loadFile.ts';
import { checkOutputs } from '../outputs.ts';
import { printable } from '../printable.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';

const USAGE = `usage: ${usageLine('expand')}`;

export function expandCommand(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.expand.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const file = positional[0];
  const out = typeof flags.out === 'string' ? flags.out : '-';
  checkOutputs([{ flag: '--out', file: out }], [file], flags.force === true);
  const { input, model } = loadFile(file); // problems → exit 2, each at its path in the group and its instance
  const text = JSON.stringify(expandScenario(input.scenario), null, 2) + '\n';
  if (out === '-') {
    process.stdout.write(text);
    return 0;
  }
  writeAtomically(out, text, '--out');
  console.log(`${model.nodes.length} nodes, ${model.links.length} links, ${model.flows.length} flows written to ${printable(out)}`);
  return 0;
}
