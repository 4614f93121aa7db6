/** The run-limit flags every simulating command takes: --max-events and --max-memory. */
import { DEFAULT_MAX_EVENTS, DEFAULT_MAX_MEMORY_BYTES, parseQuantity, UnitParseError } from '../sim/api/index.ts';
import type { ParsedArgs } from './args.ts';
import { UsageError } from './UsageError.ts';

export function limitFlags(flags: ParsedArgs['flags']): { maxEvents: number; maxMemoryBytes: number } {
  let maxEvents = DEFAULT_MAX_EVENTS;
  const e = flags['max-events'];
  if (typeof e === 'string') {
    maxEvents = Number(e);
    if (!/^\s*\d+(\.\d+)?([eE]\+?\d+)?\s*$/.test(e) || !Number.isFinite(maxEvents) || maxEvents < 1)
      throw new UsageError(`--max-events: expected a number of events such as 5e9, got ${JSON.stringify(e)}`);
  }
  let maxMemoryBytes = DEFAULT_MAX_MEMORY_BYTES;
  const m = flags['max-memory'];
  if (typeof m === 'string') {
    try {
      maxMemoryBytes = parseQuantity(m, 'size');
    } catch (err) {
      throw new UsageError(`--max-memory: ${err instanceof UnitParseError ? err.message : String(err)}`);
    }
    if (!(maxMemoryBytes >= 2 ** 20)) throw new UsageError(`--max-memory: expected at least 1 MiB, got ${JSON.stringify(m)}`);
  }
  return { maxEvents, maxMemoryBytes };
}
