// Builds what the npm package ships, into dist/ (npm runs it at `prepare`, so at `npm install`
// in a clone and at `npm pack`):
//   dist/js/      the CLI (cli.mjs, simWorker.mjs) and the library (index.mjs), bundled by esbuild
//                 with code splitting: `netloom --version` loads a few kB, a command loads the
//                 simulator only when it runs, and the CLI and the library share their chunks
//   dist/index.d.ts  the library's types in one file (tsc, then API Extractor's roll-up), and
//                 dist/api/netloom.api.md, the public surface, compared with etc/netloom.api.md
//
//   node scripts/build-dist.mjs              everything
//   node scripts/build-dist.mjs --js         the bundles only (what the CLI needs; about 1 s)
//   node scripts/build-dist.mjs --accept-api also copy a changed API report to etc/ (review it)
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const JS_DIR = join(root, 'dist/js');
const ENTRIES = { cli: 'cli/main.ts', simWorker: 'cli/simWorker.ts', index: 'lib/index.ts' };
/** what the bundles are made of: a change in any of these makes them stale */
const SOURCE_DIRS = ['cli', 'sim', 'node', 'lib'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'scripts/build-dist.mjs'];
/** a chunk the current build no longer uses is deleted once older than this (a process started on the old build may still load it) */
const OLD_CHUNK_MS = 10 * 60_000;

/** Newest modification time among the bundles' sources (a few ms: about 200 files). */
export function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) if (existsSync(join(root, d))) walk(join(root, d));
  for (const f of SOURCE_FILES) if (existsSync(join(root, f))) newest = Math.max(newest, statSync(join(root, f)).mtimeMs);
  return newest;
}

/** True when the bundles are missing or older than a source. */
export function jsStale() {
  const entries = Object.keys(ENTRIES).map((k) => join(JS_DIR, `${k}.mjs`));
  if (!entries.every(existsSync)) return true;
  return Math.min(...entries.map((f) => statSync(f).mtimeMs)) < newestSource();
}

/**
 * Bundles the CLI and the library. Safe while other processes run the CLI: chunks (named by
 * their content) are written first, the entries last, each as a file beside renamed over the old.
 * Chunks of earlier builds are deleted once old enough that no process can still need them, or
 * at once with `clean` (a full build: what `npm pack` ships is this build's files only).
 */
export async function buildJs({ clean = false } = {}) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: JS_DIR, // chunks beside the entries: code in any chunk finds the worker as new URL('./simWorker.mjs', import.meta.url)
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'], // ESM builds first (jsonc-parser's UMD build requires dynamically)
    external: ['playwright-core'], // `report --pdf` loads it when asked (a development dependency: the CLI says so when it is missing)
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  mkdirSync(JS_DIR, { recursive: true });
  writeFileSync(join(JS_DIR, 'THIRD-PARTY-LICENSES.txt'), licensesOf(result.metafile));
  const isEntry = (f) => Object.keys(ENTRIES).some((k) => f.path === join(JS_DIR, `${k}.mjs`));
  const files = [...result.outputFiles.filter((f) => !isEntry(f)), ...result.outputFiles.filter(isEntry)];
  for (const f of files) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
  const written = new Set([...files.map((f) => f.path), join(JS_DIR, 'THIRD-PARTY-LICENSES.txt')]);
  for (const name of readdirSync(JS_DIR)) {
    const p = join(JS_DIR, name);
    if (!written.has(p) && (clean || Date.now() - statSync(p).mtimeMs > OLD_CHUNK_MS)) rmSync(p, { force: true });
  }
}

/** The licence of every package bundled into dist/js (its notice must travel with its code): name, version, licence text. */
function licensesOf(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
    if (m) packages.set(m[2], join(root, m[1]));
  }
  const out = ['Packages bundled into the files of this folder, with their licences.', ''];
  for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    out.push(
      `${'='.repeat(72)}`,
      `${name} ${pkg.version} (${pkg.license ?? 'see below'})`,
      '',
      file ? readFileSync(join(dir, file), 'utf8').trim() : `no licence file; package.json says: ${pkg.license}`,
      '',
    );
  }
  return out.join('\n');
}

/** The library's declarations, rolled up into dist/index.d.ts; the API report compared with etc/. */
export async function buildTypes({ accept = false } = {}) {
  const { execFileSync } = await import('node:child_process');
  rmSync(join(root, 'dist/types'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'lib/tsconfig.build.json')], { stdio: 'inherit' });
  const { Extractor, ExtractorConfig } = await import('@microsoft/api-extractor');
  const config = ExtractorConfig.loadFileAndPrepare(join(root, 'api-extractor.json'));
  // its notes on the report (missing, changed, copied) are replaced by the one below, and its preamble goes
  const quiet = (m) => (m.messageId.startsWith('console-api-report') || m.messageId === 'console-preamble' ? (m.handled = true) : undefined);
  const result = Extractor.invoke(config, { localBuild: false, messageCallback: quiet });
  if (result.errorCount > 0 && !result.apiReportChanged) throw new Error(`API Extractor: ${result.errorCount} errors`);
  const report = join(root, 'etc/netloom.api.md');
  const built = join(root, 'dist/api/netloom.api.md');
  const same = existsSync(report) && readFileSync(report, 'utf8') === readFileSync(built, 'utf8');
  if (!same && accept) {
    mkdirSync(dirname(report), { recursive: true });
    copyFileSync(built, report);
    console.log('the public API changed: etc/netloom.api.md updated, review its diff');
  } else if (!same)
    console.warn(
      'the public API changed: compare dist/api/netloom.api.md with etc/netloom.api.md, then `npm run build -- --accept-api` (npm test fails until then)',
    );
  rmSync(join(root, 'dist/types'), { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const known = ['--js', '--accept-api'];
  const unknown = args.find((a) => !known.includes(a));
  if (unknown) {
    console.error(`build-dist: unknown argument ${unknown} (known: ${known.join(', ')})`);
    process.exit(2);
  }
  await buildJs({ clean: !args.includes('--js') });
  if (!args.includes('--js')) await buildTypes({ accept: args.includes('--accept-api') });
}
