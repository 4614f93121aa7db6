/**
 * Files a command is asked to write, checked before it does any work: never a scenario it reads,
 * never a file that exists unless --force, never one file for two outputs. `-` (stdout) is not a file.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './UsageError.ts';

export interface Output {
  /** the flag that names it, e.g. "--json" */
  flag: string;
  file: string | undefined;
}

const canonical = (file: string): string => {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
};

export function checkOutputs(outputs: readonly Output[], inputs: readonly string[], force: boolean): void {
  const read = new Set(inputs.filter((f) => f !== '-').map(canonical));
  const taken = new Map<string, string>();
  for (const { flag, file } of outputs) {
    if (file === undefined || file === '-') continue;
    const path = canonical(file);
    if (read.has(path)) throw new UsageError(`${flag}: ${file} is the scenario being read; write to another file`);
    const other = taken.get(path);
    if (other) throw new UsageError(`${flag}: ${file} is also named by ${other}; give each output its own file`);
    taken.set(path, flag);
    if (!existsSync(file)) continue;
    if (!statSync(file).isFile()) throw new UsageError(`${flag}: ${file} exists and is not a file`);
    if (!force) throw new UsageError(`${flag}: ${file} already exists; give --force to replace it`);
  }
}
