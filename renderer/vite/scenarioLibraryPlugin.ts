/**
 * `virtual:scenario-library`: the scenarios/ folder, recursively, as a list of entries
 * (path, name, description, industry, sizes) plus a loader per file, so the start page can
 * list the library without loading every scenario. The files a scenario names (trace files,
 * `flows[i].pattern.file`) are bundled in a module of its own (`virtual:scenario-files/`, its
 * path and `.js`: an id ending in .json would be taken for JSON by Vite), read at build time as the CLI reads them (node/readScenarioFiles.ts: inside its
 * folder, regular files, size limits, gzip by magic) and loaded with it; a file that cannot be
 * read is its issue, at the flow's JSON path, for the document to show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { expandScenario, type Issue } from '../../sim/api/index.ts';
import { readFilesNamedIn } from '../../node/readScenarioFiles.ts';

const ID = 'virtual:scenario-library';
const RESOLVED = '\0' + ID;
const FILES = 'virtual:scenario-files/';
const RESOLVED_FILES = '\0' + FILES;

/** What a library loader gives: the scenario's text and the files it names, as read at build time. */
export interface LibraryScenario {
  text: string;
  files: { name: string; text: string }[];
  issues: Issue[];
}

export interface LibraryIndexEntry {
  path: string;
  name: string;
  description: string;
  industry: string;
  nodes: number;
  links: number;
  flows: number;
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listJson(p));
    else if (e.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

/** The entry of a library file; a plant written with groups counts the devices, links and flows of its flat form (what the app opens). */
export function indexEntry(path: string, text: string): LibraryIndexEntry | null {
  try {
    const s = JSON.parse(text) as Record<string, unknown>;
    if (s.format !== 'netloom.scenario/v1') return null;
    const flat = 'groups' in s ? (expandScenario(s) as unknown as Record<string, unknown>) : s;
    const len = (k: string) => (Array.isArray(flat[k]) ? (flat[k] as unknown[]).length : 0);
    return {
      path,
      name: typeof s.name === 'string' ? s.name : path,
      description: typeof s.description === 'string' ? s.description : '',
      industry: typeof s.industry === 'string' ? s.industry : '',
      nodes: len('nodes'),
      links: len('links'),
      flows: len('flows'),
    };
  } catch {
    return null;
  }
}

export function scenarioLibraryPlugin(dir: string): Plugin {
  return {
    name: 'netloom-scenario-library',
    resolveId: (id) => (id === ID ? RESOLVED : id.startsWith(FILES) && id.endsWith('.json.js') ? '\0' + id : undefined),
    load(id) {
      if (id.startsWith(RESOLVED_FILES)) {
        const rel = id.slice(RESOLVED_FILES.length, -'.js'.length);
        const file = resolve(dir, rel);
        // a path of the library only, as its own loaders write it (normalised, below the folder)
        if (relative(dir, file).split('\\').join('/') !== rel || rel.startsWith('../') || !rel.endsWith('.json')) return undefined;
        this.addWatchFile(file);
        const { files, issues } = readFilesNamedIn(readFileSync(file, 'utf8'), dirname(file));
        for (const f of files) this.addWatchFile(resolve(dirname(file), f.name.replaceAll('\\', '/')));
        for (const i of issues) this.warn(`scenarios/${rel}: ${i.path}: ${i.message}`);
        return `export const files = ${JSON.stringify(files)};\nexport const issues = ${JSON.stringify(issues)};\n`;
      }
      if (id !== RESOLVED) return undefined;
      const entries: LibraryIndexEntry[] = [];
      const loaders: string[] = [];
      for (const file of listJson(dir)) {
        this.addWatchFile(file);
        const rel = relative(dir, file).split('\\').join('/');
        const entry = indexEntry(rel, readFileSync(file, 'utf8'));
        if (!entry) continue;
        entries.push(entry);
        const text = `import(${JSON.stringify(file + '?raw')})`;
        const files = `import(${JSON.stringify(`${FILES}${rel}.js`)})`;
        loaders.push(
          `${JSON.stringify(rel)}: () => Promise.all([${text}, ${files}]).then(([t, f]) => ({ text: t.default, files: f.files, issues: f.issues }))`,
        );
      }
      return `export const entries = ${JSON.stringify(entries)};\nexport const loaders = {\n${loaders.join(',\n')}\n};\n`;
    },
  };
}
