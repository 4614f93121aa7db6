/** The run settings a simulating command takes from its flags (`run`, `diff`): --seed, --replications, --duration, --workers and the limits. */
import { availableParallelism } from 'node:os';
import { parseQuantity, UnitParseError } from '../sim/api/index.ts';
import { intFlag, type ParsedArgs } from './args.ts';
import { limitFlags } from './limits.ts';
import { UsageError } from './UsageError.ts';

export function runFlags(flags: ParsedArgs['flags']) {
  const seed = intFlag(flags, 'seed', 0, 2 ** 32 - 1);
  const replications = intFlag(flags, 'replications', 1, 10000);
  const workers = intFlag(flags, 'workers', 1, 256) ?? availableParallelism();
  const limits = limitFlags(flags);
  let durationS: number | undefined;
  if (typeof flags.duration === 'string') {
    try {
      durationS = parseQuantity(flags.duration, 'time');
    } catch (e) {
      throw new UsageError(`--duration: ${e instanceof UnitParseError ? e.message : String(e)}`);
    }
    if (!(durationS > 0)) throw new UsageError(`--duration: expected a time greater than 0, got ${JSON.stringify(flags.duration)}`);
  }
  return { seed, replications, durationS, workers, ...limits };
}
