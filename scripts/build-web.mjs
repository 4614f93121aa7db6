// Builds the renderer into a static site (dist-web/ by default): what `npm run build:web`
// produces for a vendor to host, and what the Electron shell loads.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWeb(outDir = join(root, 'dist-web')) {
  await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn', build: { outDir: resolve(outDir), emptyOutDir: true } });
  return resolve(outDir);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2]);
  console.log(`NetLoom web app built in ${out} — host these files on any static web server (the app needs no server-side code).`);
}
