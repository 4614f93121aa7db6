import { parseArgs } from '../args.ts';
import { COMMAND_SPECS, usageLine } from '../commandSpecs.ts';
import { loadFile, ScenarioFileError } from '../loadFile.ts';
import { printable } from '../printable.ts';
import { nameOf } from '../readStdin.ts';
import { UsageError } from '../UsageError.ts';

const USAGE = `usage: ${usageLine('validate')}`;

export function validateCommand(argv: string[]): number {
  const { positional, flags } = parseArgs(argv, COMMAND_SPECS.validate.flags, USAGE);
  if (positional.length !== 1)
    throw new UsageError(positional.length === 0 ? `no scenario file given\n${USAGE}` : `one scenario file at a time, got ${positional.length}\n${USAGE}`);
  const file = positional[0];
  if (flags.json === true) return validateJson(file);
  const { model: m } = loadFile(file); // problems → exit 2 with each one's JSON path
  console.log(`${printable(nameOf(file))}: valid — "${printable(m.name)}", ${m.nodes.length} nodes, ${m.links.length} links, ${m.flows.length} flows`);
  return 0;
}

/** `validate --json`: the verdict on stdout as JSON, problems included (exit 2 when there are any). */
function validateJson(file: string): number {
  const print = (result: object) => process.stdout.write(JSON.stringify({ file, ...result }, null, 2) + '\n');
  try {
    const { model: m } = loadFile(file);
    print({ valid: true, issues: [], scenario: { name: m.name, nodes: m.nodes.length, links: m.links.length, flows: m.flows.length } });
    return 0;
  } catch (e) {
    if (!(e instanceof ScenarioFileError)) throw e;
    print({ valid: false, issues: e.issues });
    return 2;
  }
}
