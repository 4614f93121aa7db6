/**
 * What the renderer needs from where it runs: files, autosave, the window. Two hosts:
 * Electron (the preload bridge) and the browser (File System Access API where available,
 * otherwise a file input and a download; recovery in localStorage).
 */
import type {
  BinaryExportKind,
  DocumentState,
  FileIssue,
  ImportPick,
  MenuCommand,
  NamedFile,
  PickedFile,
  RecoveryEntry,
  RecoverySummary,
} from '../../electron/common/ipc.ts';

export type { BinaryExportKind, DocumentState, FileIssue, ImportPick, MenuCommand, NamedFile, PickedFile, RecoveryEntry, RecoverySummary };

export interface OpenedDoc {
  name: string;
  text: string;
  /** the files the scenario names, read beside it (Electron); absent where the host cannot read there (a browser page) */
  files?: { read: NamedFile[]; issues: FileIssue[] };
  /** where it came from: a path (Electron) or a FileSystemFileHandle (browser) */
  path?: string;
  handle?: unknown;
}

export interface ExportStream {
  /** the file's name as the user chose it */
  name: string;
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

export interface SaveTarget {
  name: string;
  path?: string;
  handle?: unknown;
}

export interface Platform {
  kind: 'electron' | 'browser';
  /** null when the user cancels */
  openFile(): Promise<OpenedDoc | null>;
  /** Save (to `target` when given and writable) or Save As; null when the user cancels. */
  saveFile(text: string, target: SaveTarget | null, suggestedName: string): Promise<SaveTarget | null>;
  exportFile(suggestedName: string, text: string, kind: 'json' | 'csv' | 'html'): Promise<boolean>;
  /** A binary export (a .zip, a .csv.gz, a .pcapng) saved where the user says; false when cancelled. */
  exportBytes(suggestedName: string, bytes: Uint8Array, kind: BinaryExportKind): Promise<boolean>;
  /**
   * A file to write as the data comes (File System Access: the browser writes a temporary file and
   * swaps it in on close; abort leaves the target as it was). Absent where the host has no such
   * file; null when the user cancels.
   */
  exportStream?(suggestedName: string, kind: BinaryExportKind): Promise<ExportStream | null>;
  /** The HTML report printed to PDF and saved (the desktop app only: a browser prints the page itself). */
  exportPdf?(suggestedName: string, html: string): Promise<boolean>;
  /** Recovery slots, one per document (by its recovery id: its path, or `doc:` and its key). */
  writeRecovery(entry: RecoveryEntry): Promise<void>;
  listRecovery(): Promise<RecoverySummary[]>;
  readRecovery(id: string): Promise<RecoveryEntry | null>;
  clearRecovery(id: string): Promise<void>;
  /** Title, unsaved-changes prompt. */
  setDocumentState(state: DocumentState): void;
  /** Menu commands from the host (Electron menus); the browser has none. */
  onCommand(listener: (c: MenuCommand) => void): () => void;
  recentFiles(): Promise<string[]>;
  openPath(path: string): Promise<OpenedDoc>;
  closeWindow(): Promise<void>;
  /** File → Import: files (several at once, binary ones too) or a folder's files; null when the user cancels. */
  openImportFiles(pick: ImportPick): Promise<PickedFile[] | null>;
}
