#!/usr/bin/env node
// NetLoom's command line. Bundles cli/, node/ and sim/ with esbuild the first time (and whenever a
// source is newer than the bundle), so a fresh clone needs no manual build step.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.netloom');
const entries = { cli: 'cli/main.ts', simWorker: 'cli/simWorker.ts' };

function newestSource(dir, newest = 0) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = newestSource(p, newest);
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const bundle = join(outDir, 'cli.mjs');
const stale =
  !existsSync(bundle) ||
  !existsSync(join(outDir, 'simWorker.mjs')) ||
  statSync(bundle).mtimeMs <
    Math.max(newestSource(join(root, 'cli')), newestSource(join(root, 'sim')), newestSource(join(root, 'node')), statSync(fileURLToPath(import.meta.url)).mtimeMs, statSync(join(root, 'package-lock.json')).mtimeMs);
if (stale) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, join(root, v)])),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    mainFields: ['module', 'main'], // ESM builds first (jsonc-parser's UMD build requires dynamically)
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  mkdirSync(outDir, { recursive: true });
  // write beside, then rename: concurrent invocations never see half a file
  const files = [...result.outputFiles].sort((a, b) => (a.path.endsWith('cli.mjs') ? 1 : b.path.endsWith('cli.mjs') ? -1 : 0));
  for (const f of files) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
}
try {
  const { main } = await import(pathToFileURL(bundle).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // main() reports every error it can name; anything reaching here is a fault of NetLoom itself
  console.error(`netloom: internal error: ${String(e?.message ?? e).split('\n')[0]}. Please report it with the command line (NETLOOM_DEBUG=1 prints the stack).`);
  if (process.env.NETLOOM_DEBUG) console.error(e?.stack);
  process.exitCode = 3;
}
