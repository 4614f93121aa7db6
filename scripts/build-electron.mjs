// Bundles the Electron main process and the (sandboxed) preload into dist/electron/*.cjs.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildElectron() {
  await build({
    entryPoints: { main: join(root, 'electron/main/main.ts'), preload: join(root, 'electron/preload/preload.ts') },
    outdir: join(root, 'dist/electron'),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'error',
  });
  return join(root, 'dist/electron/main.cjs');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildElectron();
