/** The Electron host: everything goes through the preload bridge (`window.netloom`), typed by electron/common. */
import type { OpenedFile, PreloadBridge } from '../../electron/common/ipc.ts';
import type { OpenedDoc, Platform } from './Platform.ts';

const opened = (f: OpenedFile): OpenedDoc => ({ name: f.name, text: f.text, path: f.path, files: { read: f.files, issues: f.fileIssues } });

export function electronPlatform(bridge: PreloadBridge): Platform {
  const { api } = bridge;
  return {
    kind: 'electron',
    async openFile() {
      const f = await api.openFile();
      return f && opened(f);
    },
    async saveFile(text, target, suggestedName) {
      const r = await api.saveFile({ path: target?.path ?? null, suggestedName, text });
      return r && { name: r.name, path: r.path };
    },
    exportFile: async (suggestedName, text, kind) => (await api.exportFile({ suggestedName, text, kind })) !== null,
    exportBytes: async (suggestedName, bytes, kind) => (await api.exportBytes({ suggestedName, bytes, kind })) !== null,
    exportPdf: async (suggestedName, html) => (await api.exportPdf({ suggestedName, html })) !== null,
    writeRecovery: (e) => api.writeRecovery(e),
    listRecovery: () => api.listRecovery(),
    readRecovery: (id) => api.readRecovery(id),
    clearRecovery: (id) => api.clearRecovery(id),
    setDocumentState: (s) => void api.setDocumentState(s),
    onCommand: (l) => bridge.onCommand(l),
    recentFiles: () => api.recentFiles(),
    openPath: async (p) => opened(await api.openPath(p)),
    closeWindow: () => api.closeWindow(),
    openImportFiles: (pick) => api.openImportFiles(pick),
  };
}
