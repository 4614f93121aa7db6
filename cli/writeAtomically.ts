/** Writes a file the user asked for atomically (beside it, then renamed), naming the flag when it cannot. */
import { renameSync, writeFileSync } from 'node:fs';
import { UsageError } from './UsageError.ts';

export function writeAtomically(file: string, text: string, flag: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    throw new UsageError(`${flag}: cannot write ${file}: ${(e as Error).message}`);
  }
}
