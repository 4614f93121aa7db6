/**
 * File → Import's files, read in main: the files the dialog returned, or a folder's files of the
 * extensions asked for (not its subfolders), each and all together within a size limit, so a
 * wrong pick gives a message and not a window that runs out of memory.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { type ImportPick, MAX_IMPORT_BYTES, type PickedFile } from '../common/ipc.ts';

export const MAX_IMPORT_FILES = 1000;

export function readImportFiles(paths: readonly string[], pick: ImportPick, maxBytes = MAX_IMPORT_BYTES): PickedFile[] {
  const wanted = (p: string) => pick.extensions.includes(extname(p).slice(1).toLowerCase());
  const chosen = pick.folder
    ? paths.flatMap((dir) =>
        readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isFile() && wanted(e.name))
          .map((e) => join(dir, e.name))
          .sort(),
      )
    : [...paths];
  if (pick.folder && chosen.length === 0) throw new Error(`${paths.map((p) => basename(p)).join(', ')} holds no .${pick.extensions.join(', .')} file`);
  if (chosen.length > MAX_IMPORT_FILES) throw new Error(`${chosen.length} files: import at most ${MAX_IMPORT_FILES} at once`);
  let total = 0;
  for (const p of chosen) total += statSync(p).size;
  if (total > maxBytes) throw new Error(`${(total / 1e6).toFixed(0)} MB of files: import at most ${(maxBytes / 1e6).toFixed(0)} MB at once`);
  return chosen.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
}
