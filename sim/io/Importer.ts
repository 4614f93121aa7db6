/** The face of one importer: the kind it reads, how to recognise its files, and the transform. */
import type { ImportFile, ImportResult } from './ImportResult.ts';

export interface ImportOptions {
  /** the scenario's name (default: from the first file's name) */
  name?: string;
}

export interface Importer {
  /** what `--from` names it by: "csv", "graphml", … */
  kind: string;
  /** one line for help: what files it reads */
  describe: string;
  /** true when this file is this importer's (by its name or its first characters) */
  recognises(file: ImportFile): boolean;
  /** the files → a scenario; a malformed file throws ImportError */
  read(files: readonly ImportFile[], options: ImportOptions): ImportResult;
}

/** "lines/plant.nodes.csv" → "plant.nodes": the default scenario name. */
export function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  return last.replace(/\.[^.]+$/, '') || last;
}
