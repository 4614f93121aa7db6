import { parseArgs } from '../args.ts';
import { loadFile } from '../loadFile.ts';
import { printable } from '../printable.ts';
import { UsageError } from '../UsageError.ts';

export function validateCommand(argv: string[]): number {
  const { positional } = parseArgs(argv, {}, 'usage: netloom validate FILE');
  if (positional.length !== 1) throw new UsageError('usage: netloom validate FILE (one scenario file)');
  const file = positional[0];
  const { model: m } = loadFile(file); // problems → exit 2 with each one's JSON path
  console.log(`${printable(file)}: valid — "${printable(m.name)}", ${m.nodes.length} nodes, ${m.links.length} links, ${m.flows.length} flows`);
  return 0;
}
