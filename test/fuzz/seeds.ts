/**
 * The scenarios mutants start from: every file in scenarios/, cut to a few milliseconds of plant
 * time so that the mutants that validate also run quickly, plus a trace replay of the file the
 * fuzzer puts next to each mutant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The trace file written next to every mutant (the seeds' and mutants' `sends.csv`). */
export const TRACE_TEXT = 'time_us\n0\n100\n250.5\n# a comment\n400\n';

const replay = {
  format: 'netloom.scenario/v1',
  name: 'trace replay',
  nodes: [
    { id: 'S', type: 'sensor' },
    { id: 'SW', type: 'switch' },
    { id: 'P', type: 'plc' },
  ],
  links: [
    { from: 'S', to: 'SW', rate: '100 Mb/s', delay: '1 us' },
    { from: 'SW', to: 'P', rate: '100 Mb/s', delay: '1 us' },
  ],
  flows: [{ id: 'replay', from: 'S', to: 'P', size: '200 B', pattern: { type: 'trace', file: 'sends.csv', unit: 'us' } }],
  simulation: { duration: '1 ms' },
};

export function fuzzSeeds(): string[] {
  const files = ['reference', 'examples', 'industry'].flatMap((d) =>
    readdirSync(join(ROOT, 'scenarios', d))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(ROOT, 'scenarios', d, f)),
  );
  const docs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>);
  for (const doc of docs) doc.simulation = { ...(doc.simulation as object), duration: '5 ms', warmup: '0 s', drain: '5 ms', replications: 1 };
  return [...docs, replay].map((d) => JSON.stringify(d, null, 2));
}
