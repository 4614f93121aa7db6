import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error plain JS module
import { findElectronBinary, FUSES, packageElectron, parseArgs, setFuses, UsageError } from './build-electron.mjs';

/*
 * Electron's binary cannot be downloaded here, so these tests flip fuses in a file laid out
 * the way @electron/fuses finds them (its dist/index.js: the sentinel, then a version byte,
 * a length byte and one byte per fuse, '0' off, '1' on): see
 * https://www.electronjs.org/docs/latest/tutorial/fuses ("The hard way").
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** a wire as Electron ships it (each fuse at its documented default), in FuseV1Options order (RunAsNode … WasmTrapHandlers) */
const SHIPPED = '101100011';
const FUSE_ORDER = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
  'WasmTrapHandlers',
];

const newDir = () => mkdtempSync(join(tmpdir(), 'netloom-fuses-'));

/** Machine code around a fuse wire; returns the file and where the wire's bytes start. */
function fakeBinary(file: string, wire = SHIPPED): { file: string; at: number } {
  const before = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));
  const after = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 13) % 256));
  writeFileSync(file, Buffer.concat([before, Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), after]));
  return { file, at: before.length + SENTINEL.length + 2 };
}

/** The offsets (within the file) whose byte differs, with old and new characters. */
function changes(a: Buffer, b: Buffer): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(`${i}:${String.fromCharCode(a[i]!)}→${String.fromCharCode(b[i]!)}`);
  return out;
}

describe('the fuses of the packaged app', () => {
  test('the list sets what the issue asks: no RunAsNode, NODE_OPTIONS or inspector; cookies encrypted; no extra file:// rights', () => {
    expect(FUSES).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      GrantFileProtocolExtraPrivileges: false,
    });
    // the app is a folder, not an asar archive: both asar fuses stay off (see FUSES' comment)
    expect(FUSES).toMatchObject({ OnlyLoadAppFromAsar: false, EnableEmbeddedAsarIntegrityValidation: false });
    expect(Object.keys(FUSES)).toEqual(FUSE_ORDER);
  });

  test('flipping a shipped binary changes exactly the wire bytes of the fuses whose setting differs', async () => {
    const { file, at } = fakeBinary(join(newDir(), 'electron'));
    const before = readFileSync(file);
    await setFuses(file, 'linux', 'x64');
    const after = readFileSync(file);
    const want = FUSE_ORDER.map((name) => ((FUSES as Record<string, boolean>)[name] ? '1' : '0')).join('');
    expect(after.subarray(at, at + 9).toString()).toBe(want);
    expect(want).toBe('010000001');
    expect(changes(before, after)).toEqual([`${at}:1→0`, `${at + 1}:0→1`, `${at + 2}:1→0`, `${at + 3}:1→0`, `${at + 7}:1→0`]);
    await setFuses(file, 'linux', 'x64'); // flipping again changes nothing
    expect(changes(after, readFileSync(file))).toEqual([]);
  });

  test('a binary with a fuse the list does not decide is refused, and left as it was', async () => {
    const { file } = fakeBinary(join(newDir(), 'electron'), SHIPPED + '1');
    const before = readFileSync(file);
    await expect(setFuses(file, 'linux', 'x64')).rejects.toThrow(/strictlyRequireAllFuses/);
    expect(changes(before, readFileSync(file))).toEqual([]);
  });

  test('a file without a fuse wire is refused', async () => {
    const f = join(newDir(), 'not-electron');
    writeFileSync(f, 'just some bytes');
    await expect(setFuses(f, 'linux', 'x64')).rejects.toThrow(/Could not find sentinel/);
  });
});

/** Electron's dist folder as the npm package unpacks it, with a fake binary; and the app's built pieces. */
function fakeBuild() {
  const d = newDir();
  const dist = join(d, 'electron-dist');
  mkdirSync(join(dist, 'resources'), { recursive: true });
  const { at } = fakeBinary(join(dist, 'electron'));
  writeFileSync(join(dist, 'resources', 'default_app.asar'), 'electron default app');
  writeFileSync(join(dist, 'libffmpeg.so'), 'lib');
  const bundles = join(d, 'bundles');
  mkdirSync(bundles);
  writeFileSync(join(bundles, 'main.cjs'), '// main');
  writeFileSync(join(bundles, 'preload.cjs'), '// preload');
  const web = join(d, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html>');
  writeFileSync(join(web, 'assets', 'a.js'), '1');
  const docs = join(d, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'app.md'), '# The NetLoom app');
  return { d, at, opts: { dist, binary: 'electron', bundles, web, docs, platform: 'linux', arch: 'x64', version: '0.1.0' } };
}

describe('packageElectron (the packaging step)', () => {
  test('lays out the app beside a renamed copy of the binary, drops Electron’s default app, and sets the fuses', async () => {
    const { d, at, opts } = fakeBuild();
    const out = join(d, 'out', 'NetLoom-linux-x64');
    const r = await packageElectron({ ...opts, out });
    expect(r.exe).toBe(join(out, 'netloom'));
    expect(
      readFileSync(r.exe)
        .subarray(at, at + 9)
        .toString(),
    ).toBe('010000001');
    expect(
      readFileSync(join(opts.dist, 'electron'))
        .subarray(at, at + 9)
        .toString(),
    ).toBe(SHIPPED); // the installed one is untouched
    expect(existsSync(join(out, 'resources', 'default_app.asar'))).toBe(false);
    expect(readdirSync(join(out, 'resources', 'app')).sort()).toEqual(['docs', 'main.cjs', 'package.json', 'preload.cjs', 'web']);
    expect(JSON.parse(readFileSync(join(out, 'resources', 'app', 'package.json'), 'utf8'))).toEqual({
      name: 'netloom',
      productName: 'NetLoom',
      version: '0.1.0',
      main: 'main.cjs',
    });
    expect(readFileSync(join(out, 'resources', 'app', 'web', 'assets', 'a.js'), 'utf8')).toBe('1');
    expect(readFileSync(join(out, 'libffmpeg.so'), 'utf8')).toBe('lib');
    await packageElectron({ ...opts, out }); // packaging again replaces its own package
  });

  test('never replaces a folder it did not make', async () => {
    const { d, opts } = fakeBuild();
    const out = join(d, 'Documents');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.docx'), 'years of work');
    await expect(packageElectron({ ...opts, out })).rejects.toThrow(UsageError);
    await expect(packageElectron({ ...opts, out })).rejects.toThrow(`--out: ${out} is not empty and is not a NetLoom package`);
    expect(readdirSync(out)).toEqual(['thesis.docx']);
  });

  test('the command line: --package [--out DIR], anything else a usage error naming the flag', () => {
    expect(parseArgs([])).toEqual({ package: false, out: null });
    expect(parseArgs(['--package', '--out', '/tmp/p'])).toEqual({ package: true, out: '/tmp/p' });
    expect(() => parseArgs(['--package', '--out'])).toThrow('--out: expected a folder after --out');
    expect(() => parseArgs(['--out', '/tmp/p'])).toThrow('--out: only with --package');
    expect(() => parseArgs(['--pakage'])).toThrow('--pakage: unknown argument');
  });

  test('finds Electron’s binary through path.txt without downloading it', () => {
    const e = join(newDir(), 'electron');
    mkdirSync(join(e, 'dist'), { recursive: true });
    expect(findElectronBinary(e).error).toMatch(/not installed/);
    writeFileSync(join(e, 'path.txt'), 'electron');
    expect(findElectronBinary(e).error).toMatch(/binary is missing/);
    writeFileSync(join(e, 'dist', 'electron'), '');
    expect(findElectronBinary(e)).toEqual({ dist: join(e, 'dist'), binary: 'electron' });
  });
});
