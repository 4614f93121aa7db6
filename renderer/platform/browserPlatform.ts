/**
 * The browser host: File System Access API (Chromium) to open and save in place; elsewhere a
 * file input to open and a download to save. Recovery slots in localStorage (storageRecovery.ts).
 */
import { MAX_IMPORT_BYTES } from '../../electron/common/ipc.ts';
import type { ExportStream, ImportPick, OpenedDoc, PickedFile, Platform, SaveTarget } from './Platform.ts';
import { type RecoverySlots, storageRecovery } from './storageRecovery.ts';

interface FileHandleLike {
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string | Blob | BufferSource): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}
type PickerWindow = Window & {
  showOpenFilePicker?: (o?: unknown) => Promise<FileHandleLike[]>;
  showSaveFilePicker?: (o?: unknown) => Promise<FileHandleLike>;
};

const SCENARIO_TYPES = [{ description: 'NetLoom scenario', accept: { 'application/json': ['.json'] } }];

/** What each export is, for the save picker and the download. */
const TYPES = {
  json: { description: 'JSON report', mime: 'application/json' },
  csv: { description: 'CSV', mime: 'text/csv' },
  html: { description: 'HTML report', mime: 'text/html' },
} as const;

const BINARY = {
  zip: { description: 'ZIP archive', mime: 'application/zip' },
  gz: { description: 'Per-packet trace (gzip CSV)', mime: 'application/gzip' },
  pcapng: { description: 'pcapng capture', mime: 'application/x-pcapng' },
} as const;

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

function download(name: string, data: string | Uint8Array<ArrayBuffer>, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickWithInput(): Promise<OpenedDoc | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', async () => {
      const f = input.files?.[0];
      input.remove();
      resolve(f ? { name: f.name, text: await f.text() } : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** File → Import: a file input for several files or a folder (its files, in subfolders too, of the extensions asked for), read as bytes. */
function pickToImport({ folder, multiple, extensions }: ImportPick): Promise<PickedFile[] | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple || folder;
    input.webkitdirectory = folder;
    if (!folder) input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const wanted = (f: File) => !folder || extensions.includes(f.name.split('.').pop()?.toLowerCase() ?? '');
      const files = [...(input.files ?? [])].filter(wanted);
      input.remove();
      if (files.length === 0) return resolve(folder && input.files?.length ? [] : null);
      const bytes = files.reduce((n, f) => n + f.size, 0);
      if (bytes > MAX_IMPORT_BYTES) return reject(new Error(`${(bytes / 1e6).toFixed(0)} MB of files: import at most ${MAX_IMPORT_BYTES / 1e6} MB at once`));
      Promise.all(files.map(async (f) => ({ name: f.webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then(resolve, reject);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

function tryStorage<T>(f: (s: RecoverySlots) => T, otherwise: T): T {
  try {
    return f(storageRecovery(localStorage));
  } catch {
    return otherwise;
  }
}

export function browserPlatform(w: PickerWindow = window): Platform {
  const picker = w.showSaveFilePicker?.bind(w);
  return {
    kind: 'browser',
    ...(picker && {
      async exportStream(name: string, kind: keyof typeof BINARY): Promise<ExportStream | null> {
        let h: FileHandleLike;
        try {
          h = await picker({ suggestedName: name, types: [{ description: BINARY[kind].description, accept: { [BINARY[kind].mime]: [`.${kind}`] } }] });
        } catch (e) {
          if (isAbort(e)) return null;
          throw e;
        }
        const out = await h.createWritable();
        return { name: h.name, write: (b) => out.write(b as Uint8Array<ArrayBuffer>), close: () => out.close(), abort: () => out.abort() };
      },
    }),
    async openFile() {
      if (!w.showOpenFilePicker) return pickWithInput();
      try {
        const [handle] = await w.showOpenFilePicker({ types: SCENARIO_TYPES, multiple: false });
        const file = await handle.getFile();
        return { name: file.name, text: await file.text(), handle };
      } catch (e) {
        if (isAbort(e)) return null;
        throw e;
      }
    },
    async saveFile(text, target, suggestedName): Promise<SaveTarget | null> {
      let handle = target?.handle as FileHandleLike | undefined;
      if (!handle && w.showSaveFilePicker) {
        try {
          handle = await w.showSaveFilePicker({ suggestedName, types: SCENARIO_TYPES });
        } catch (e) {
          if (isAbort(e)) return null;
          throw e;
        }
      }
      if (handle) {
        const out = await handle.createWritable(); // the browser writes a temporary file and swaps it in on close
        await out.write(text);
        await out.close();
        return { name: handle.name, handle };
      }
      download(suggestedName, text, 'application/json');
      return { name: suggestedName };
    },
    async exportFile(name, text, kind) {
      if (w.showSaveFilePicker) {
        try {
          const types = [{ description: TYPES[kind].description, accept: { [TYPES[kind].mime]: [`.${kind}`] } }];
          const h = await w.showSaveFilePicker({ suggestedName: name, types });
          const out = await h.createWritable();
          await out.write(text);
          await out.close();
          return true;
        } catch (e) {
          if (isAbort(e)) return false;
          throw e;
        }
      }
      download(name, text, TYPES[kind].mime);
      return true;
    },
    async exportBytes(name, bytes, kind) {
      const data = bytes as Uint8Array<ArrayBuffer>;
      if (w.showSaveFilePicker) {
        try {
          const h = await w.showSaveFilePicker({
            suggestedName: name,
            types: [{ description: BINARY[kind].description, accept: { [BINARY[kind].mime]: [`.${kind}`] } }],
          });
          const out = await h.createWritable();
          await out.write(new Blob([data]));
          await out.close();
          return true;
        } catch (e) {
          if (isAbort(e)) return false;
          throw e;
        }
      }
      download(name, data, BINARY[kind].mime);
      return true;
    },
    // localStorage can be missing (privacy modes): then writing fails with its message and there is nothing to list
    writeRecovery: async (entry) => storageRecovery(localStorage).write(entry),
    listRecovery: async () => tryStorage((s) => s.list(), []),
    readRecovery: async (id) => tryStorage((s) => s.read(id), null),
    clearRecovery: async (id) => tryStorage((s) => s.clear(id), undefined),
    setDocumentState({ dirty, name }) {
      document.title = `${dirty ? '● ' : ''}${name} — NetLoom`;
      w.onbeforeunload = dirty ? (e: BeforeUnloadEvent) => e.preventDefault() : null;
    },
    onCommand: () => () => {},
    recentFiles: async () => [],
    openPath: async () => {
      throw new Error('opening by path needs the desktop app');
    },
    closeWindow: async () => {},
    openImportFiles: pickToImport,
  };
}
