/**
 * The renderer's build: one static site (dist-web/) that the browser build serves and the
 * Electron shell loads through its app:// protocol. Relative base so a vendor can host it
 * under any path.
 */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { scenarioLibraryPlugin } from './vite/scenarioLibraryPlugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

const version = (JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { version: string }).version;

export default defineConfig({
  root,
  define: { __APP_VERSION__: JSON.stringify(version) },
  base: './',
  plugins: [react(), scenarioLibraryPlugin(`${repo}scenarios`)],
  worker: { format: 'es' },
  server: { fs: { allow: [repo] } },
  build: {
    outDir: `${repo}dist-web`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    reportCompressedSize: false,
  },
});
