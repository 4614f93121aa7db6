/**
 * `-` for a scenario file: standard input, read to its end but never past a limit (a stream
 * without end, `yes | netloom validate -`, is refused once it passes it, not held in memory).
 * Synchronous, as the file readers are: a non-blocking descriptor is waited on, not spun on.
 */
import { readSync } from 'node:fs';
import { limitText } from '../node/readRegularFile.ts';
import { UsageError } from './UsageError.ts';

/** How a scenario read from stdin is named in messages. */
export const STDIN_NAME = '<stdin>';

/** The name of a scenario file in messages: the one the user gave, or STDIN_NAME for "-". */
export const nameOf = (file: string): string => (file === '-' ? STDIN_NAME : file);

export function readStdin(maxBytes: number, fd = 0): Buffer {
  if (process.stdin.isTTY && fd === 0) process.stderr.write('netloom: reading the scenario from standard input (end it with Ctrl-D)\n');
  const chunks: Buffer[] = [];
  let total = 0;
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(wait, 0, 0, 10); // nothing yet on a non-blocking pipe
        continue;
      }
      if (code === 'EOF') break; // Windows: a closed pipe
      throw new UsageError(`cannot read the scenario from standard input (${code ?? (e as Error).message})`);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) throw new UsageError(`the scenario on standard input is larger than the ${limitText(maxBytes)} limit`);
  }
  return Buffer.concat(chunks, total);
}
