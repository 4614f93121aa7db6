/**
 * The MainApi as plain functions over injected dependencies (dialogs, the window, stores,
 * files), so its behaviour is unit-tested in Node without Electron. main.ts wires the real ones.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { writeFileAtomic } from '../../node/atomicWrite.ts';
import { readFilesNamedIn } from '../../node/readScenarioFiles.ts';
import type { BinaryExportKind, DocumentState, FileIssue, ImportPick, MainApi, NamedFile, OpenedFile } from '../common/ipc.ts';
import { PathGrants } from './PathGrants.ts';
import { readImportFiles } from './readImportFiles.ts';
import type { RecentFiles } from './RecentFiles.ts';
import type { RecoveryStore } from './RecoveryStore.ts';

export interface MainFiles {
  /** the file's size in bytes (checked before it is read) */
  size(path: string): number;
  read(path: string): string;
  write(path: string, data: string | Uint8Array): void;
  /** the files a scenario's text names, read inside `dir` (its folder) */
  named(text: string, dir: string): { files: NamedFile[]; issues: FileIssue[] };
}

const NODE_FILES: MainFiles = {
  size: (p) => statSync(p).size,
  read: (p) => readFileSync(p, 'utf8'),
  write: (p, text) => writeFileAtomic(p, text),
  named: readFilesNamedIn,
};

export interface MainDeps {
  showOpenDialog(): Promise<string | null>;
  showSaveDialog(suggestedName: string, kind: 'scenario' | 'json' | 'csv' | 'html' | 'pdf' | BinaryExportKind): Promise<string | null>;
  /** File → Import's dialog: the paths of the files or folder picked, null when cancelled */
  showImportDialog(pick: ImportPick): Promise<string[] | null>;
  /** a page printed to PDF (Electron: webContents.printToPDF in a hidden window that loads nothing else) */
  printToPdf(html: string): Promise<Uint8Array>;
  recovery: RecoveryStore;
  recent: RecentFiles;
  onDocumentState(state: DocumentState): void;
  onRecentChanged(list: string[]): void;
  closeWindow(): void;
  appInfo(): { version: string; electron: string; platform: string };
  /** largest file Open reads, bytes */
  maxOpenBytes?: number;
  /** node:fs with atomic writes by default */
  files?: MainFiles;
  /** the paths the renderer may name (by default: dialog answers of this session and Open Recent) */
  grants?: PathGrants;
}

export function createMainHandlers(d: MainDeps): MainApi {
  const files = d.files ?? NODE_FILES;
  const grants = d.grants ?? new PathGrants(() => d.recent.list());
  const read = (path: string): OpenedFile => {
    if (files.size(path) > (d.maxOpenBytes ?? 64 * 1024 * 1024)) throw new Error(`${basename(path)} is too large to be a scenario`);
    const text = files.read(path);
    const named = files.named(text, dirname(path));
    d.onRecentChanged(d.recent.add(path));
    return { path, name: basename(path), text, files: named.files, fileIssues: named.issues };
  };
  return {
    async openFile() {
      const path = await d.showOpenDialog();
      return path ? read(grants.grant(path)) : null;
    },
    async openPath(path) {
      // granted for the session: it stays savable when Open Recent has moved on
      return read(grants.grant(grants.check('openPath', path)));
    },
    async saveFile({ path, suggestedName, text }) {
      const chosen = path === null ? await d.showSaveDialog(suggestedName, 'scenario') : null;
      if (path === null && !chosen) return null;
      const target = chosen ? grants.grant(chosen) : grants.check('saveFile', path!);
      files.write(target, text);
      d.onRecentChanged(d.recent.add(target));
      return { path: target, name: basename(target) };
    },
    async exportFile({ suggestedName, text, kind }) {
      const target = await d.showSaveDialog(suggestedName, kind);
      if (!target) return null;
      files.write(target, text);
      return target;
    },
    async exportPdf({ suggestedName, html }) {
      const target = await d.showSaveDialog(suggestedName, 'pdf');
      if (!target) return null;
      files.write(target, await d.printToPdf(html));
      return target;
    },
    async exportBytes({ suggestedName, bytes, kind }) {
      const target = await d.showSaveDialog(suggestedName, kind);
      if (!target) return null;
      files.write(target, bytes);
      return target;
    },
    async setDocumentState(state) {
      d.onDocumentState(state);
    },
    async writeRecovery(entry) {
      if (entry.path !== null) grants.check('writeRecovery', entry.path);
      d.recovery.write(entry);
    },
    async listRecovery() {
      return d.recovery.list();
    },
    async readRecovery(id) {
      const entry = d.recovery.read(id);
      // main wrote the slot only with a granted path: the recovered document may save there again
      if (entry?.path) grants.grant(entry.path);
      return entry;
    },
    async clearRecovery(id) {
      d.recovery.clear(id);
    },
    async recentFiles() {
      return d.recent.list();
    },
    async closeWindow() {
      d.closeWindow();
    },
    async appInfo() {
      return d.appInfo();
    },
    async openImportFiles(pick) {
      // read once here and handed over: the renderer never gets to name these paths again
      const paths = await d.showImportDialog(pick);
      return paths && paths.length > 0 ? readImportFiles(paths, pick) : null;
    },
  };
}
