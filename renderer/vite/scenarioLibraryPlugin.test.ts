import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { indexEntry, scenarioLibraryPlugin } from './scenarioLibraryPlugin.ts';

const root = mkdtempSync(join(tmpdir(), 'netloom-library-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const lib = join(root, 'scenarios');
const CSV = 'frame.time_relative,frame.len,ip.len\n0.000000000,114,100\n0.002000000,514,500\n';
const SECRET = 'do not bundle me';
const scenario = (files: string[]) =>
  JSON.stringify({
    format: 'netloom.scenario/v1',
    name: files.join(' '),
    nodes: [],
    flows: files.map((file, i) => ({ id: `f${i}`, from: 'A', to: 'B', pattern: { type: 'trace', file } })),
  });

mkdirSync(join(lib, 'examples', 'captures'), { recursive: true });
mkdirSync(join(lib, 'odd'));
writeFileSync(join(lib, 'examples', 'captures', 'sizes.csv.gz'), gzipSync(CSV));
writeFileSync(join(lib, 'examples', 'captures', 'plain.csv'), CSV);
writeFileSync(join(lib, 'examples', 'replay.json'), scenario(['captures/sizes.csv.gz', 'captures/plain.csv', 'captures/sizes.csv.gz']));
writeFileSync(join(root, 'secret.txt'), SECRET);
symlinkSync(join(root, 'secret.txt'), join(lib, 'odd', 'link.csv'));
writeFileSync(join(lib, 'odd', 'refused.json'), scenario(['../../secret.txt', 'link.csv', 'missing.csv', '/etc/hostname']));
writeFileSync(join(lib, 'plain.json'), scenario([]));

type Ctx = { addWatchFile(f: string): void; warn(m: string): void };

/** The plugin's hooks called as Vite calls them, recording the files it watches and what it warns of. */
function plugin() {
  const p = scenarioLibraryPlugin(lib);
  const watched: string[] = [];
  const warnings: string[] = [];
  const ctx: Ctx = { addWatchFile: (f) => void watched.push(f), warn: (m) => void warnings.push(m) };
  const resolveId = (id: string) => (p.resolveId as (id: string) => string | undefined)(id);
  const load = (id: string) => (p.load as (this: Ctx, id: string) => string | undefined).call(ctx, id);
  return { resolveId, load, watched, warnings };
}

/** The exports of a module the plugin wrote, evaluated as the browser would. */
async function evaluate(code: string): Promise<{ files: { name: string; text: string }[]; issues: { path: string; message: string }[] }> {
  return import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`);
}

describe('the scenario library plugin', () => {
  test('each scenario loads with the module of the files it names', () => {
    const p = plugin();
    const index = p.load(p.resolveId('virtual:scenario-library')!)!;
    for (const rel of ['examples/replay.json', 'odd/refused.json', 'plain.json'])
      expect(index).toContain(`import(${JSON.stringify(`virtual:scenario-files/${rel}.js`)})`);
    expect(index).not.toContain(CSV.slice(0, 20)); // the index stays small: files load with their scenario
  });

  test('the files are read at build time as the CLI reads them: gzip by magic, each once, watched', async () => {
    const p = plugin();
    const mod = await evaluate(p.load(p.resolveId('virtual:scenario-files/examples/replay.json.js')!)!);
    expect(mod.files).toEqual([
      { name: 'captures/sizes.csv.gz', text: CSV },
      { name: 'captures/plain.csv', text: CSV },
    ]);
    expect(mod.issues).toEqual([]);
    expect(p.watched).toEqual(
      expect.arrayContaining([
        join(lib, 'examples', 'replay.json'),
        join(lib, 'examples', 'captures', 'sizes.csv.gz'),
        join(lib, 'examples', 'captures', 'plain.csv'),
      ]),
    );
    expect(p.warnings).toEqual([]);
  });

  test('a file outside the scenario’s folder, a symbolic link out or a missing file is an issue at its JSON path, never bundled', async () => {
    const p = plugin();
    const code = p.load(p.resolveId('virtual:scenario-files/odd/refused.json.js')!)!;
    expect(code).not.toContain(SECRET);
    const mod = await evaluate(code);
    expect(mod.files).toEqual([]);
    expect(mod.issues.map((i) => i.path)).toEqual(['flows[0].pattern.file', 'flows[1].pattern.file', 'flows[2].pattern.file', 'flows[3].pattern.file']);
    expect(mod.issues[0].message).toMatch(/^"\.\.\/\.\.\/secret\.txt" leaves the scenario's folder/);
    expect(mod.issues[1].message).toMatch(/^"link\.csv" is a symbolic link to a file outside the scenario's folder/);
    expect(mod.issues[2].message).toMatch(/^"missing\.csv" cannot be found/);
    expect(mod.issues[3].message).toMatch(/^"\/etc\/hostname" is an absolute path/);
    expect(p.warnings).toEqual(mod.issues.map((i) => `scenarios/odd/refused.json: ${i.path}: ${i.message}`));
  });

  test('only the library’s own scenarios have a files module', () => {
    const p = plugin();
    for (const id of [
      'virtual:scenario-files/../secret.json.js',
      'virtual:scenario-files/examples/../../x.json.js',
      'virtual:scenario-files//etc/x.json.js',
      'virtual:scenario-files/examples/captures/plain.csv.js',
    ])
      expect(p.load(p.resolveId(id) ?? id), id).toBeUndefined();
    expect(p.watched).toEqual([]);
  });

  test('a plant written with groups is listed with the devices, links and flows of its flat form, what the app opens', () => {
    // the sizes docs/groups.md gives: the steel works has 10,213 nodes, the automotive plant 3,010
    const entry = (rel: string) => indexEntry(rel, readFileSync(new URL(`../../scenarios/${rel}`, import.meta.url), 'utf8'));
    expect(entry('plants/steel-works.json')?.nodes).toBe(10_213);
    expect(entry('plants/automotive-plant.json')?.nodes).toBe(3_010);
  });
});
