/**
 * Where a file a scenario names may be: inside the scenario's folder. Checked on the name and on
 * the real path (symbolic links resolved) before any byte of the file is read.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep, win32 } from 'node:path';
import { FileRefusal } from './readRegularFile.ts';

/** The real path of `name` (relative, `/` or `\` separated) inside `dir`; throws FileRefusal when it is not there. */
export function resolveInside(dir: string, name: string): string {
  if (name.includes('\0')) throw new FileRefusal('contains a NUL character');
  // a backslash separates folders in every scenario, whichever system wrote it
  const portable = name.replaceAll('\\', '/');
  if (isAbsolute(portable) || win32.isAbsolute(name) || /^[A-Za-z]:/.test(name))
    throw new FileRefusal("is an absolute path: name a file in the scenario's folder, relative to it");
  const base = resolve(dir);
  const full = resolve(base, portable);
  if (!inside(base, full)) throw new FileRefusal(`leaves the scenario's folder ${base}: name a file in it or below it`);
  let realBase: string;
  let real: string;
  try {
    realBase = realpathSync.native(base);
  } catch {
    throw new FileRefusal(`cannot be looked up: the scenario's folder ${base} cannot be read`);
  }
  try {
    real = realpathSync.native(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileRefusal(`cannot be found in ${base}`, true);
    if (code === 'ELOOP') throw new FileRefusal('is a loop of symbolic links');
    throw new FileRefusal(`cannot be looked up (${code ?? 'error'})`);
  }
  if (!inside(realBase, real)) throw new FileRefusal(`is a symbolic link to a file outside the scenario's folder ${base}`);
  return real;
}

/** `p` is `base` or below it. */
function inside(base: string, p: string): boolean {
  const rel = relative(base, p);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
