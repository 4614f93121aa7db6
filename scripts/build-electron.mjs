// Bundles the Electron main process and the (sandboxed) preload into dist/electron/*.cjs;
// with --package, also lays out a runnable app around a copy of Electron's binary and sets
// its fuses (FUSES below, the one list of them: build-electron.test.ts reads it).
//
//   node scripts/build-electron.mjs                     the bundles (npm start uses them)
//   node scripts/build-electron.mjs --package [--out D] dist/package/NetLoom-<platform>-<arch>/
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** marks a folder as a package this script made, so packaging again may replace it (and nothing else) */
const MARKER = '.netloom-package';

/** A mistake in the command line: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

/**
 * The fuses of the packaged binary (https://www.electronjs.org/docs/latest/tutorial/fuses),
 * every one Electron 45 has, set explicitly (strictlyRequireAllFuses: a newer Electron with
 * a fuse not listed here fails the packaging until someone decides it).
 *
 * The app is laid out as a folder (resources/app), not an asar archive, so
 * OnlyLoadAppFromAsar and EnableEmbeddedAsarIntegrityValidation stay off: integrity
 * validation needs the archive's header hash embedded per platform (Info.plist on macOS, a
 * resource on Windows; Linux has none), which is a packager's job (@electron/packager,
 * Electron Forge) together with signing; OnlyLoadAppFromAsar without it protects nothing
 * (whoever can write resources/ can replace app.asar) and with a folder would refuse to
 * start. Turn both on together when packaging moves to one of those.
 */
export const FUSES = {
  RunAsNode: false, // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS=--require … would run code in main
  EnableNodeCliInspectArguments: false, // --inspect / SIGUSR1 would open a debugger on main
  EnableEmbeddedAsarIntegrityValidation: false, // see above
  OnlyLoadAppFromAsar: false, // see above
  LoadBrowserProcessSpecificV8Snapshot: false, // Electron's default: no separate snapshot is shipped
  GrantFileProtocolExtraPrivileges: false, // the app is served from app://, file:// needs no extra rights
  WasmTrapHandlers: true, // Electron's default: faster WebAssembly bounds checks
};

export function fuseConfig(platform = process.platform, arch = process.arch) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64' };
  for (const [name, on] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`fuse ${name} is unknown to @electron/fuses`);
    config[FuseV1Options[name]] = on;
  }
  return config;
}

/** Flips FUSES in an Electron binary (or a macOS .app). */
export async function setFuses(binary, platform = process.platform, arch = process.arch) {
  await flipFuses(binary, fuseConfig(platform, arch));
}

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

/**
 * Electron's installed binary, without downloading it: Electron 45's `require('electron')`
 * downloads a missing binary. Returns { dist, binary } (binary relative to dist) or { error }.
 */
export function findElectronBinary(electronDir = join(root, 'node_modules', 'electron')) {
  try {
    const binary = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    const dist = join(electronDir, 'dist');
    if (existsSync(join(dist, binary))) return { dist, binary };
    return { error: `Electron's binary is missing from ${dist}` };
  } catch {
    return { error: `Electron's binary is not installed (no ${join(electronDir, 'path.txt')})` };
  }
}

/**
 * A runnable app: a copy of Electron's dist with the binary renamed (Linux, Windows), the app
 * in resources/app (main, preload, the web build beside them, the docs), Electron's default
 * app removed, and FUSES set. Unsigned: signing and installers are a packager's job.
 */
export async function packageElectron({ dist, binary, bundles, web, docs, out, platform = process.platform, arch = process.arch, version }) {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
    throw new UsageError(`--out: ${out} is not empty and is not a NetLoom package: name a new or empty folder`);
  }
  rmSync(out, { recursive: true, force: true }); // a package this step made before
  mkdirSync(dirname(out), { recursive: true });
  cpSync(dist, out, { recursive: true, verbatimSymlinks: true });
  const mac = platform === 'darwin';
  let exe = join(out, binary);
  if (!mac) {
    const named = join(dirname(exe), platform === 'win32' ? 'NetLoom.exe' : 'netloom');
    renameSync(exe, named);
    exe = named;
  }
  const resources = mac ? join(out, binary.split('.app')[0] + '.app', 'Contents', 'Resources') : join(out, 'resources');
  rmSync(join(resources, 'default_app.asar'), { force: true });
  const app = join(resources, 'app');
  mkdirSync(app, { recursive: true });
  for (const f of ['main.cjs', 'preload.cjs']) cpSync(join(bundles, f), join(app, f));
  cpSync(web, join(app, 'web'), { recursive: true });
  cpSync(docs, join(app, 'docs'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'netloom', productName: 'NetLoom', version, main: 'main.cjs' }, null, 2) + '\n');
  await setFuses(mac ? exe.split('.app')[0] + '.app' : exe, platform, arch);
  writeFileSync(join(out, MARKER), 'made by scripts/build-electron.mjs --package: the next packaging replaces this folder\n');
  return { out, exe, app };
}

/** `[--package [--out DIR]]`: what to do, or a UsageError naming the flag. */
export function parseArgs(argv) {
  const opts = { package: false, out: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--package') opts.package = true;
    else if (argv[i] === '--out') {
      if (!argv[i + 1] || argv[i + 1].startsWith('--')) throw new UsageError('--out: expected a folder after --out');
      opts.out = resolve(argv[++i]);
    } else throw new UsageError(`${argv[i]}: unknown argument (expected --package [--out DIR])`);
  }
  if (opts.out && !opts.package) throw new UsageError('--out: only with --package');
  return opts;
}

async function main(argv) {
  const opts = parseArgs(argv);
  const bundle = await buildElectron();
  if (!opts.package) return;
  const found = findElectronBinary();
  if (found.error) throw new UsageError(`--package: ${found.error}. Install it with \`npx install-electron\` (Node >= 22.12), then package again.`);
  const { buildWeb } = await import('./build-web.mjs');
  const web = await buildWeb();
  const out = opts.out ?? join(root, 'dist', 'package', `NetLoom-${process.platform}-${process.arch}`);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const r = await packageElectron({ ...found, bundles: dirname(bundle), web, docs: join(root, 'docs'), out, version });
  console.log(
    `NetLoom packaged in ${r.out} (${basename(r.exe)}), fuses set: ${Object.entries(FUSES)
      .map(([k, v]) => `${k}=${v ? 'on' : 'off'}`)
      .join(', ')}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`build-electron: ${e.message}`);
    process.exit(2);
  }
}
