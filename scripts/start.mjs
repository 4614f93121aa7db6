// `npm start`: the desktop app when Electron's binary is installed; otherwise the same app
// built for the browser, served on localhost and opened in Chromium when there is a display.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildElectron, findElectronBinary } from './build-electron.mjs';
import { buildWeb } from './build-web.mjs';
import { serveStatic } from './staticServer.mjs';

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}

const port = Number(process.env.PORT ?? 5199);
console.log('Building the NetLoom app…');
const web = await buildWeb();
// not require('electron'): since Electron 45 that downloads a missing binary
const electron = findElectronBinary();

if (!electron.error) {
  const main = await buildElectron();
  console.log('Starting the NetLoom desktop app (Electron).');
  const child = spawn(join(electron.dist, electron.binary), [main], { stdio: 'inherit', env: { ...process.env, NETLOOM_WEB_DIR: web } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const server = await serveStatic(web, port).catch(() => serveStatic(web, 0));
  console.log('');
  console.log(`  Electron is not installed here (${electron.error}).`);
  console.log(`  NetLoom is running in your browser instead, served at ${server.url}`);
  console.log('');
  const chromium = findChromium();
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
    if (chromium) {
      console.log(`  Opening it in ${chromium}…`);
      const profile = mkdtempSync(join(tmpdir(), 'netloom-chromium-'));
      spawn(chromium, [`--app=${server.url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-sync', '--window-size=1440,900'], {
        stdio: 'ignore',
        detached: true,
      }).unref();
    } else console.log('  Open that address in Chromium, Chrome, Edge or Firefox.');
  } else {
    console.log('  No display found (DISPLAY is not set): open that address in a browser on this machine.');
  }
  console.log('  Press Ctrl+C to stop.');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
