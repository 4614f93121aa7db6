/**
 * `virtual:scenario-library`: the scenarios/ folder, recursively, as a list of entries
 * (path, name, description, industry, sizes) plus a loader per file, so the start page can
 * list the library without loading every scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:scenario-library';
const RESOLVED = '\0' + ID;

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

export function indexEntry(path: string, text: string): LibraryIndexEntry | null {
  try {
    const s = JSON.parse(text) as Record<string, unknown>;
    if (s.format !== 'netloom.scenario/v1') return null;
    const len = (k: string) => (Array.isArray(s[k]) ? (s[k] as unknown[]).length : 0);
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
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries: LibraryIndexEntry[] = [];
      const loaders: string[] = [];
      for (const file of listJson(dir)) {
        this.addWatchFile(file);
        const rel = relative(dir, file).split('\\').join('/');
        const entry = indexEntry(rel, readFileSync(file, 'utf8'));
        if (!entry) continue;
        entries.push(entry);
        loaders.push(`${JSON.stringify(rel)}: () => import(${JSON.stringify(file + '?raw')}).then((m) => m.default)`);
      }
      return `export const entries = ${JSON.stringify(entries)};\nexport const loaders = {\n${loaders.join(',\n')}\n};\n`;
    },
  };
}
