import { loadScenario } from '../../sim/api/index.ts';
import { parseArgs } from '../args.ts';
import { readScenario } from '../readScenario.ts';
import { UsageError } from '../UsageError.ts';

export function validateCommand(argv: string[]): number {
  const { positional } = parseArgs(argv, {}, 'usage: netloom validate FILE');
  if (positional.length !== 1) throw new UsageError('usage: netloom validate FILE (one scenario file)');
  const file = positional[0];
  const input = readScenario(file);
  const m = loadScenario(input.scenario, input.files); // ScenarioError → exit 2 with every issue
  console.log(`${file}: valid — "${m.name}", ${m.nodes.length} nodes, ${m.links.length} links, ${m.flows.length} flows`);
  return 0;
}
