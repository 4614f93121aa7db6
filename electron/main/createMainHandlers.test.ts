import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { readFilesNamedIn } from '../../node/readScenarioFiles.ts';
import type { DocumentState, RecoveryEntry } from '../common/ipc.ts';
import { createMainHandlers, type MainDeps, type MainFiles } from './createMainHandlers.ts';
import { RecentFiles } from './RecentFiles.ts';
import { RecoveryStore } from './RecoveryStore.ts';

/** node:fs, recording every path it is asked about. */
function recordingFiles() {
  const touched: string[] = [];
  const files: MainFiles = {
    size: (p) => (touched.push(p), Buffer.byteLength(readFileSync(p))),
    read: (p) => (touched.push(p), readFileSync(p, 'utf8')),
    write: (p, text) => (touched.push(p), writeFileAtomic(p, text)),
    named: readFilesNamedIn,
  };
  return { files, touched };
}

/** A session of the app: handlers over a data folder (recent list, recovery); `dir` is reused to model a restart. */
function session(
  answers: { open?: string | null; save?: string | null } = {},
  dir = mkdtempSync(join(tmpdir(), 'netloom-main-')),
  extra: Partial<MainDeps> = {},
) {
  const states: DocumentState[] = [];
  let closed = 0;
  const { files, touched } = recordingFiles();
  const deps: MainDeps = {
    showOpenDialog: async () => answers.open ?? null,
    showSaveDialog: async () => answers.save ?? null,
    showImportDialog: async () => null,
    recovery: new RecoveryStore(join(dir, 'recovery')),
    recent: new RecentFiles(join(dir, 'recent.json')),
    onDocumentState: (s) => states.push(s),
    onRecentChanged: () => {},
    closeWindow: () => void closed++,
    appInfo: () => ({ version: '0.1.0', electron: 'test', platform: 'linux' }),
    printToPdf: async (html) => new TextEncoder().encode(`%PDF of ${html}`),
    files,
    ...extra,
  };
  return { dir, api: createMainHandlers(deps), states, touched, closed: () => closed };
}

function fileIn(dir: string, name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('main process handlers: files', () => {
  test('Save As asks for a path, writes there and adds it to Open Recent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    const target = join(dir, 'plant.json');
    const s = session({ save: target });
    expect(await s.api.saveFile({ path: null, suggestedName: 'plant.json', text: '{"a":1}' })).toEqual({ path: target, name: 'plant.json' });
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(await s.api.recentFiles()).toEqual([target]);
  });

  test('Save to the path a dialog gave writes without a dialog; a cancelled dialog writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    const target = join(dir, 'known.json');
    const s = session({ save: target });
    await s.api.saveFile({ path: null, suggestedName: 'known.json', text: 'v1' });
    expect(await s.api.saveFile({ path: target, suggestedName: 'known.json', text: 'v2' })).toEqual({ path: target, name: 'known.json' });
    expect(readFileSync(target, 'utf8')).toBe('v2');
    expect(await session({ save: null }).api.saveFile({ path: null, suggestedName: 'other.json', text: 'v3' })).toBeNull();
  });

  test('Save to a path no dialog gave and Open Recent does not hold is refused without touching the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    const victim = fileIn(dir, '.bashrc', 'export PATH=/usr/bin\n');
    const s = session();
    await expect(s.api.saveFile({ path: victim, suggestedName: 'plant.json', text: 'rm -rf ~' })).rejects.toThrow(
      `app:saveFile: refused: ${victim} was not chosen in a file dialog`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(s.touched).toEqual([]);
  });

  test('Open reads the chosen file; cancelling opens nothing', async () => {
    const f = fileIn(mkdtempSync(join(tmpdir(), 'netloom-docs-')), 'cell.json', '{"name":"cell"}');
    expect(await session({ open: f }).api.openFile()).toEqual({ path: f, name: 'cell.json', text: '{"name":"cell"}', files: [], fileIssues: [] });
    expect(await session({ open: null }).api.openFile()).toBeNull();
  });

  test('openPath opens what Open Recent holds (after a restart too) and refuses any other path without reading it', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    const f = fileIn(docs, 'cell.json', '{"name":"cell"}');
    const secret = fileIn(docs, 'secret.txt', 'password');
    const first = session({ open: f });
    await first.api.openFile();
    const restarted = session({}, first.dir);
    expect((await restarted.api.openPath(f)).text).toBe('{"name":"cell"}');
    await expect(restarted.api.openPath(secret)).rejects.toThrow(/app:openPath: refused/);
    await expect(restarted.api.openPath('/etc/passwd')).rejects.toThrow(/app:openPath: refused/);
    await expect(restarted.api.openPath('cell.json')).rejects.toThrow(/app:openPath: refused/);
    expect(restarted.touched).toEqual([f, f]);
  });

  test('a file larger than the limit is refused before it is read', async () => {
    const f = fileIn(mkdtempSync(join(tmpdir(), 'netloom-docs-')), 'huge.json', 'x'.repeat(2000));
    const s = session({ open: f }, undefined, { maxOpenBytes: 1000 });
    await expect(s.api.openFile()).rejects.toThrow('huge.json is too large to be a scenario');
    expect(s.touched).toEqual([f]); // its size only
  });
});

describe('main process handlers: the report as PDF', () => {
  test('Export PDF prints the page and writes its bytes where the dialog says; a cancelled dialog prints nothing', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'netloom-pdf-')), 'r.pdf');
    const printed: string[] = [];
    const s = session({ save: target }, undefined, { printToPdf: async (html) => (printed.push(html), new Uint8Array([0x25, 0x50, 0x44, 0x46])) });
    expect(await s.api.exportPdf({ suggestedName: 'r.pdf', html: '<p>report</p>' })).toBe(target);
    expect(printed).toEqual(['<p>report</p>']);
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    const cancelled = session({ save: null }, undefined, { printToPdf: async (html) => (printed.push(html), new Uint8Array()) });
    expect(await cancelled.api.exportPdf({ suggestedName: 'r.pdf', html: '<p>again</p>' })).toBeNull();
    expect(printed).toHaveLength(1);
  });
});

describe('main process handlers: binary exports', () => {
  test('Export bytes (a switch configuration .zip) writes them where the dialog says; a cancelled dialog writes nothing', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'netloom-zip-')), 'plant.switch-config.zip');
    const s = session({ save: target });
    expect(await s.api.exportBytes({ suggestedName: 'plant.switch-config.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4]), kind: 'zip' })).toBe(target);
    expect([...readFileSync(target)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(await session({ save: null }).api.exportBytes({ suggestedName: 'x.zip', bytes: new Uint8Array([1]), kind: 'zip' })).toBeNull();
  });
});

describe('main process handlers: the files a scenario names', () => {
  const CSV = 'frame.time_relative,ip.len\n0,100\n0.002,500\n';
  const flows = (files: string[]) => files.map((file, i) => ({ id: `f${i}`, from: 'A', to: 'B', pattern: { type: 'trace', file } }));

  /** A scenario in its folder, naming `files`; a capture (gzipped) beside it, a secret above it. */
  function plant(files: string[]): string {
    const top = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    writeFileSync(join(top, 'secret.txt'), 'password');
    const dir = join(top, 'line');
    mkdirSync(join(dir, 'captures'), { recursive: true });
    writeFileSync(join(dir, 'captures', 'sizes.csv.gz'), gzipSync(CSV));
    symlinkSync(join(top, 'secret.txt'), join(dir, 'captures', 'link.csv'));
    return fileIn(dir, 'line.json', JSON.stringify({ format: 'netloom.scenario/v1', nodes: [], flows: flows(files) }));
  }

  test('Open and Open Recent return the scenario with the trace files it names, read inside its folder (gzip by its magic)', async () => {
    const f = plant(['captures/sizes.csv.gz', 'captures/sizes.csv.gz']);
    const s = session({ open: f });
    const opened = await s.api.openFile();
    expect(opened?.files).toEqual([{ name: 'captures/sizes.csv.gz', text: CSV }]);
    expect(opened?.fileIssues).toEqual([]);
    expect(await s.api.openPath(f)).toEqual(opened);
  });

  test('a file outside the folder, a link out of it or a missing file is an issue at its JSON path, and nothing of it is read', async () => {
    const f = plant(['../secret.txt', 'captures/link.csv', 'captures/gone.csv', 'captures', 'captures/sizes.csv.gz']);
    const opened = (await session({ open: f }).api.openFile())!;
    expect(JSON.stringify(opened)).not.toContain('password');
    expect(opened.files.map((x) => x.name)).toEqual(['captures/sizes.csv.gz']);
    expect(opened.fileIssues.map((i) => [i.path, i.message.replace(/ \/.*$/, '')])).toEqual([
      ['flows[0].pattern.file', `"../secret.txt" leaves the scenario's folder`],
      ['flows[1].pattern.file', `"captures/link.csv" is a symbolic link to a file outside the scenario's folder`],
      ['flows[2].pattern.file', `"captures/gone.csv" cannot be found in`],
      ['flows[3].pattern.file', `"captures" is a folder, not a regular file`],
    ]);
  });

  test('a file that is not JSON opens with no files (the renderer says where it breaks); so does one that names none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    for (const text of ['{"flows": [', '\ufeff{"flows": 3}', 'null', '{"flows": [null, {"pattern": 5}, {"pattern": {"file": 7}}]}']) {
      const f = fileIn(dir, 'odd.json', text);
      expect(await session({ open: f }).api.openFile(), text).toEqual({ path: f, name: 'odd.json', text, files: [], fileIssues: [] });
    }
  });
});

describe('main process handlers: recovery', () => {
  const untitled: RecoveryEntry = { id: 'doc:0b6e4c1e-8f0a-4c57-9d7e-2f1a3b4c5d6e', text: '{}', name: 'untitled.json', path: null, savedAt: 5 };

  test('each document has its slot: both listed, each read and cleared on its own', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'netloom-docs-')), 'plant.json');
    const s = session({ save: target });
    await s.api.saveFile({ path: null, suggestedName: 'plant.json', text: 'v1' });
    const plant: RecoveryEntry = { id: target, text: 'v2', name: 'plant.json', path: target, savedAt: 6 };
    expect(await s.api.listRecovery()).toEqual([]);
    await s.api.writeRecovery(untitled);
    await s.api.writeRecovery(plant);
    expect((await s.api.listRecovery()).map((e) => e.id)).toEqual([plant.id, untitled.id]);
    expect(await s.api.readRecovery(untitled.id)).toEqual(untitled);
    await s.api.clearRecovery(plant.id);
    expect(await s.api.readRecovery(plant.id)).toBeNull();
    expect(await s.api.readRecovery(untitled.id)).toEqual(untitled);
  });

  test('a working copy naming a path that was never granted is refused', async () => {
    const s = session();
    await expect(s.api.writeRecovery({ id: '/home/u/.bashrc', text: 'x', name: 'a.json', path: '/home/u/.bashrc', savedAt: 1 })).rejects.toThrow(
      /app:writeRecovery: refused/,
    );
    expect(await s.api.listRecovery()).toEqual([]);
  });

  test('after a crash, the recovered document may be saved to its file again', async () => {
    const docs = mkdtempSync(join(tmpdir(), 'netloom-docs-'));
    const target = join(docs, 'plant.json');
    const first = session({ save: target });
    await first.api.saveFile({ path: null, suggestedName: 'plant.json', text: 'v1' });
    await first.api.writeRecovery({ id: target, text: 'v2', name: 'plant.json', path: target, savedAt: 6 });
    // a restart in which Open Recent has lost the file: only the recovery slot vouches for it
    writeFileSync(join(first.dir, 'recent.json'), '[]');
    const again = session({}, first.dir);
    await expect(again.api.saveFile({ path: target, suggestedName: 'plant.json', text: 'v2' })).rejects.toThrow(/refused/);
    expect((await again.api.readRecovery(target))?.text).toBe('v2');
    await again.api.saveFile({ path: target, suggestedName: 'plant.json', text: 'v2' });
    expect(readFileSync(target, 'utf8')).toBe('v2');
  });

  test('document state and close reach the window', async () => {
    const s = session();
    await s.api.setDocumentState({ dirty: true, name: 'a.json', path: null, id: untitled.id });
    await s.api.closeWindow();
    expect(s.states).toEqual([{ dirty: true, name: 'a.json', path: null, id: untitled.id }]);
    expect(s.closed()).toBe(1);
  });
});

describe('main process handlers: File → Import', () => {
  test('hands over the bytes of the files picked or of a folder’s files of the kind; nothing when cancelled; no path is granted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-import-'));
    const capture = fileIn(dir, 'cell.pcapng', '\n\r\r\n');
    fileIn(dir, 'RIO.xml', '<ISO15745Profile/>');
    let picked: string[] | null = null;
    const s = session({}, undefined, { showImportDialog: async () => picked });
    expect(await s.api.openImportFiles({ folder: false, multiple: false, extensions: ['pcapng'] })).toBeNull();
    picked = [capture];
    const [file] = (await s.api.openImportFiles({ folder: false, multiple: false, extensions: ['pcapng'] }))!;
    expect([file.name, [...file.bytes]]).toEqual(['cell.pcapng', [10, 13, 13, 10]]);
    picked = [dir];
    expect((await s.api.openImportFiles({ folder: true, multiple: false, extensions: ['xml'] }))!.map((f) => f.name)).toEqual(['RIO.xml']);
    await expect(s.api.saveFile({ path: capture, suggestedName: 'cell.pcapng', text: '' })).rejects.toThrow();
  });
});
