/**
 * The MainApi as plain functions over injected dependencies (dialogs, the window, stores),
 * so its behaviour is unit-tested in Node without Electron. main.ts wires the real ones.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DocumentState, MainApi } from '../common/ipc.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import type { RecentFiles } from './RecentFiles.ts';
import type { RecoveryStore } from './RecoveryStore.ts';

export interface MainDeps {
  showOpenDialog(): Promise<string | null>;
  showSaveDialog(suggestedName: string, kind: 'scenario' | 'json' | 'csv'): Promise<string | null>;
  recovery: RecoveryStore;
  recent: RecentFiles;
  onDocumentState(state: DocumentState): void;
  onRecentChanged(list: string[]): void;
  closeWindow(): void;
  appInfo(): { version: string; electron: string; platform: string };
  /** largest file Open reads, bytes */
  maxOpenBytes?: number;
}

export function createMainHandlers(d: MainDeps): MainApi {
  const read = (path: string) => {
    const text = readFileSync(path, 'utf8');
    if (text.length > (d.maxOpenBytes ?? 64 * 1024 * 1024)) throw new Error(`${basename(path)} is too large to be a scenario`);
    d.onRecentChanged(d.recent.add(path));
    return { path, name: basename(path), text };
  };
  return {
    async openFile() {
      const path = await d.showOpenDialog();
      return path ? read(path) : null;
    },
    async openPath(path) {
      return read(path);
    },
    async saveFile({ path, suggestedName, text }) {
      const target = path ?? (await d.showSaveDialog(suggestedName, 'scenario'));
      if (!target) return null;
      writeFileAtomic(target, text);
      d.onRecentChanged(d.recent.add(target));
      return { path: target, name: basename(target) };
    },
    async exportFile({ suggestedName, text, kind }) {
      const target = await d.showSaveDialog(suggestedName, kind);
      if (!target) return null;
      writeFileAtomic(target, text);
      return target;
    },
    async setDocumentState(state) {
      d.onDocumentState(state);
    },
    async writeRecovery(entry) {
      d.recovery.write(entry);
    },
    async readRecovery() {
      return d.recovery.read();
    },
    async clearRecovery() {
      d.recovery.clear();
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
  };
}
