/** Writes a file the user asked for atomically (node/atomicWrite.ts), naming the flag when it cannot. */
import { writeFileAtomic } from '../node/atomicWrite.ts';
import { UsageError } from './UsageError.ts';

export function writeAtomically(file: string, text: string | Uint8Array | Iterable<string>, flag: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (e) {
    throw new UsageError(`${flag}: cannot write ${file}: ${(e as Error).message}`);
  }
}
