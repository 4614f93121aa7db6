/**
 * A command's `--json OUT|-`: the value as `JSON.stringify(value, null, 2)` writes it, in pieces
 * (cli/jsonChunks.ts), so that a report past V8's longest string is still written whole; to a file
 * atomically, or to standard output a megabyte at a time, waiting when a pipe is full.
 */
import { once } from 'node:events';
import { utf8Batches } from '../node/atomicWrite.ts';
import { jsonChunks } from './jsonChunks.ts';
import { writeAtomically } from './writeAtomically.ts';

export async function writeJson(value: unknown, out: string, flag: string): Promise<void> {
  if (out !== '-') return writeAtomically(out, jsonChunks(value), flag);
  for (const batch of utf8Batches(jsonChunks(value))) if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
}
