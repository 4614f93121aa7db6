/**
 * Electron main: one window on the built renderer (app://netloom/), native menus, dialogs,
 * the unsaved-changes prompt, crash recovery, and the typed IPC of electron/common. Kept
 * thin: every piece of logic it calls (atomic writes, recovery slots, granted paths, the
 * crash-loop guard, recent files, argument checks, menus, window options) is a plain module
 * unit-tested in Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMAND_CHANNEL, type DocumentState, IPC_PREFIX, MAIN_API_METHODS, type MainApi, type MenuCommand } from '../common/ipc.ts';
import { CrashLoopGuard, crashLoopDialog } from './CrashLoopGuard.ts';
import { createMainHandlers } from './createMainHandlers.ts';
import { isTrustedSender, isTrustedUrl } from './isTrustedSender.ts';
import { menuTemplate } from './menuTemplate.ts';
import { RecentFiles } from './RecentFiles.ts';
import { RecoveryStore } from './RecoveryStore.ts';
import { resolveAppFile } from './resolveAppFile.ts';
import { validateCall } from './validateArgs.ts';
import { windowOptions } from './windowOptions.ts';

// From the repository: dist/electron/main.cjs, the root two levels up, settings from the
// environment. Packaged (scripts/build-electron.mjs --package): the web build and the docs
// beside main.cjs, and no environment variable changes what the app loads. (Told by the
// layout, not app.isPackaged: that one is false for a macOS package whose binary keeps
// Electron's name.)
const PACKAGED = existsSync(join(__dirname, 'web', 'index.html'));
const ROOT = join(__dirname, '..', '..');
const WEB = PACKAGED ? join(__dirname, 'web') : (process.env.NETLOOM_WEB_DIR ?? join(ROOT, 'dist-web'));
const DOCS = PACKAGED ? join(__dirname, 'docs', 'app.md') : join(ROOT, 'docs', 'app.md');
const DEV = !PACKAGED && process.env.NETLOOM_DEV === '1';
const NO_DOCUMENT: DocumentState = { dirty: false, name: 'NetLoom', path: null, id: null };

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);

let win: BrowserWindow | null = null;
let doc: DocumentState = NO_DOCUMENT;
let closing = false;
const crashes = new CrashLoopGuard();

const send = (c: MenuCommand) => win?.webContents.send(COMMAND_CHANNEL, c);

function rebuildMenu(recent: string[]): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(send, recent, { mac: process.platform === 'darwin', dev: DEV, openDocs: () => void (existsSync(DOCS) ? shell.openPath(DOCS) : undefined) }),
    ),
  );
}

/** The renderer died: its document's work is in the recovery slots. Reload, unless it is crashing in a loop. */
async function onRendererGone(reason: string): Promise<void> {
  if (closing || !win) return;
  doc = NO_DOCUMENT; // the reloaded page starts with no document; the slots stay for it to offer
  if (crashes.record(performance.now()) === 'reload') return void win.webContents.reload();
  for (;;) {
    const box = crashLoopDialog(reason, crashes.limit, crashes.windowMs, recovery.dir, recovery.list());
    const { response } = await dialog.showMessageBox(win, box);
    if (response === 1) {
      await shell.openPath(recovery.dir);
      continue;
    }
    if (response === 0) {
      crashes.reset();
      win?.webContents.reload();
    } else {
      closing = true;
      app.quit();
    }
    return;
  }
}

function createWindow(): void {
  win = new BrowserWindow(windowOptions(join(__dirname, 'preload.cjs')));
  win.once('ready-to-show', () => win?.show());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e, url) => {
    if (!isTrustedUrl(url)) e.preventDefault();
  });
  win.webContents.on('render-process-gone', (_e, details) => void onRendererGone(details.reason));
  win.on('close', (e) => {
    if (closing || !win) return;
    if (!doc.dirty) {
      if (doc.id) recovery.clear(doc.id); // a clean close: nothing of this document is left to recover
      return;
    }
    e.preventDefault();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      message: `Do you want to save the changes you made to ${doc.name}?`,
      detail: 'Your changes will be lost if you don’t save them.',
    });
    if (choice === 0) send('file.saveThenClose');
    if (choice === 1) {
      closing = true;
      if (doc.id) recovery.clear(doc.id);
      win.close();
    }
  });
  win.on('closed', () => (win = null));
  void win.loadURL('app://netloom/index.html');
}

const recovery = new RecoveryStore(join(app.getPath('userData'), 'recovery'));
const recent = new RecentFiles(join(app.getPath('userData'), 'recent.json'));

const BINARY_FILTERS = { zip: 'ZIP archive', gz: 'Per-packet trace (gzip CSV)', pcapng: 'pcapng capture' } as const;

const handlers: MainApi = createMainHandlers({
  async showOpenDialog() {
    const r = await dialog.showOpenDialog(win!, { properties: ['openFile'], filters: [{ name: 'NetLoom scenario', extensions: ['json'] }] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async showSaveDialog(suggestedName, kind) {
    const filters =
      kind === 'csv'
        ? [{ name: 'CSV', extensions: ['csv'] }]
        : kind === 'zip' || kind === 'gz' || kind === 'pcapng'
          ? [{ name: BINARY_FILTERS[kind], extensions: [kind] }]
          : kind === 'html' || kind === 'pdf'
            ? [{ name: `${kind.toUpperCase()} report`, extensions: [kind] }]
            : [{ name: kind === 'json' ? 'JSON report' : 'NetLoom scenario', extensions: ['json'] }];
    const r = await dialog.showSaveDialog(win!, { defaultPath: suggestedName, filters });
    return r.canceled ? null : (r.filePath ?? null);
  },
  async showImportDialog({ folder, multiple, extensions }) {
    const r = await dialog.showOpenDialog(win!, {
      title: 'Import',
      properties: folder ? ['openDirectory'] : multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      filters: folder
        ? []
        : [
            { name: 'Files to import', extensions },
            { name: 'All files', extensions: ['*'] },
          ],
    });
    return r.canceled ? null : r.filePaths;
  },
  // the report in a hidden window of its own session, no script, no request but the page itself
  async printToPdf(html) {
    const partition = 'netloom-print';
    session.fromPartition(partition).webRequest.onBeforeRequest((r, answer) => answer({ cancel: !r.url.startsWith('data:text/html') }));
    const page = new BrowserWindow({ show: false, webPreferences: { partition, sandbox: true, contextIsolation: true, javascript: false } });
    try {
      await page.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      return await page.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      page.destroy();
    }
  },
  recovery,
  recent,
  onDocumentState(state) {
    doc = state;
    if (!win) return;
    win.setTitle(`${state.dirty ? '● ' : ''}${state.name} — NetLoom`);
    win.setDocumentEdited(state.dirty);
    if (state.path) win.setRepresentedFilename(state.path);
  },
  onRecentChanged: rebuildMenu,
  closeWindow() {
    closing = true;
    win?.close();
  },
  appInfo: () => ({ version: app.getVersion(), electron: process.versions.electron, platform: process.platform }),
});

for (const method of MAIN_API_METHODS) {
  ipcMain.handle(IPC_PREFIX + method, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event.senderFrame)) throw new Error(`app:${method}: refused, the sender is not the NetLoom window`);
    validateCall(method, args);
    return (handlers[method] as (...a: unknown[]) => unknown)(...args);
  });
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, done) => done(false));
  protocol.handle('app', (request) => {
    const file = resolveAppFile(WEB, request.url);
    if (!file || !existsSync(file)) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  rebuildMenu(recent.list());
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
