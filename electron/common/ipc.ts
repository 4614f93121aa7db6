/**
 * The one contract between the Electron main process and the renderer (STYLE.md): the
 * methods main serves, the list of their names (the preload exposes exactly these, each as
 * `ipcRenderer.invoke('app:' + name)`), and the commands main sends from its menus.
 * Types only and constants: no runtime dependency, imported by main, preload and renderer.
 */

/** A file a scenario names (a trace file, `flows[i].pattern.file`), by the name it uses, and its text. */
export interface NamedFile {
  name: string;
  text: string;
}

/** Why a file the scenario names could not be read, at the flow's JSON path (`flows[2].pattern.file`); never any of its content. */
export interface FileIssue {
  path: string;
  message: string;
}

export interface OpenedFile {
  /** absolute path on disk */
  path: string;
  /** file name shown to the user */
  name: string;
  text: string;
  /** the files the scenario names, read inside its folder as the command line reads them (node/readScenarioFiles.ts) */
  files: NamedFile[];
  /** the ones that could not be read, and why */
  fileIssues: FileIssue[];
}

export interface SaveRequest {
  /** where to save; null asks the user (Save As) */
  path: string | null;
  suggestedName: string;
  text: string;
}

/** A self-contained HTML page (the report) to print to PDF. */
export interface PdfRequest {
  suggestedName: string;
  html: string;
}

export interface ExportRequest {
  suggestedName: string;
  text: string;
  /** file type shown in the dialog */
  kind: 'json' | 'csv' | 'html';
}

/** A binary export (switch configuration .zip, a trace's .csv.gz, pcapng files zipped) to save where the user says. */
export interface ExportBytesRequest {
  suggestedName: string;
  bytes: Uint8Array;
  kind: BinaryExportKind;
}
export type BinaryExportKind = 'zip' | 'gz' | 'pcapng';
/** The largest binary export the app hands over at once (main and the browser alike); the trace recorder stops below it. */
export const MAX_EXPORT_BYTES = 512 * 1024 * 1024;

/** What File → Import asks the user for: files (one or several) or a folder, of these extensions. */
export interface ImportPick {
  folder: boolean;
  multiple: boolean;
  /** without the dot: "csv", "graphml", "pcapng" */
  extensions: string[];
}

/** File → Import reads at most this many bytes at once, all files together (main and the browser alike). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/** A file picked for File → Import: its name as the user sees it, and its bytes (captures are binary). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * A document's recovery slot id: its path when it has one, otherwise `doc:` and a UUID the
 * renderer gave it when it was opened. One slot per id, so documents never share a slot.
 */
export type RecoveryId = string;

/** What the start page lists: a recoverable working copy, without its text. */
export interface RecoverySummary {
  id: RecoveryId;
  name: string;
  /** file it belongs to, when it has one (then equal to `id`) */
  path: string | null;
  savedAt: number;
}

export interface RecoveryEntry extends RecoverySummary {
  /** the working copy, as scenario JSON text */
  text: string;
}

export interface DocumentState {
  dirty: boolean;
  /** file name (or "Untitled") for the window title */
  name: string;
  path: string | null;
  /** the document's recovery slot (cleared when the window closes on it cleanly); null when there is no document */
  id: RecoveryId | null;
}

export interface MainApi {
  /** Shows the Open dialog; null when the user cancels. The scenario comes with the files it names. */
  openFile(): Promise<OpenedFile | null>;
  /** Opens a file from the recent list (or one a dialog returned in this session), with the files it names; any other path is refused. */
  openPath(path: string): Promise<OpenedFile>;
  /**
   * Saves atomically (node/atomicWrite.ts); asks for a path when `path` is null. A non-null
   * path must have been granted like openPath's.
   */
  saveFile(req: SaveRequest): Promise<{ path: string; name: string } | null>;
  /** Save dialog for a report or CSV; returns the path written, or null. */
  exportFile(req: ExportRequest): Promise<string | null>;
  /** The HTML report printed to PDF (A4) by Chromium's printToPDF, saved where the user says; the path written, or null. */
  exportPdf(req: PdfRequest): Promise<string | null>;
  /** Save dialog for a binary export; returns the path written (atomically), or null. */
  exportBytes(req: ExportBytesRequest): Promise<string | null>;
  /** Keeps main informed for the title, the unsaved-changes prompt and the recovery store. */
  setDocumentState(state: DocumentState): Promise<void>;
  /** Writes the document's recovery slot (its own, by `entry.id`). */
  writeRecovery(entry: RecoveryEntry): Promise<void>;
  /** Every recoverable slot, newest first (corrupt or oversized slots are left out). */
  listRecovery(): Promise<RecoverySummary[]>;
  readRecovery(id: RecoveryId): Promise<RecoveryEntry | null>;
  /** After that document's clean save or close, or when the user discards the slot. */
  clearRecovery(id: RecoveryId): Promise<void>;
  recentFiles(): Promise<string[]>;
  /** After the renderer has saved (or discarded) in answer to a close prompt. */
  closeWindow(): Promise<void>;
  appInfo(): Promise<{ version: string; electron: string; platform: string }>;
  /** File → Import: the Open dialog for files or a folder; a folder gives its files of those extensions. Null when the user cancels. */
  openImportFiles(pick: ImportPick): Promise<PickedFile[] | null>;
}

/** The names the preload exposes: exactly MainApi's methods (checked at compile time both ways). */
export const MAIN_API_METHODS = [
  'openFile',
  'openPath',
  'saveFile',
  'exportFile',
  'exportPdf',
  'setDocumentState',
  'writeRecovery',
  'listRecovery',
  'readRecovery',
  'clearRecovery',
  'recentFiles',
  'closeWindow',
  'appInfo',
  'openImportFiles',
  'exportBytes',
] as const satisfies readonly (keyof MainApi)[];

type Missing = Exclude<keyof MainApi, (typeof MAIN_API_METHODS)[number]>;
/** Compile-time check: a method added to MainApi and not to the list fails here. */
export const ALL_METHODS_LISTED: Missing extends never ? true : ['missing from MAIN_API_METHODS', Missing] = true;

export const IPC_PREFIX = 'app:';
/** main → renderer: a menu command (see MenuCommand) */
export const COMMAND_CHANNEL = 'app-command';

/** Commands main's menus send to the renderer, which runs its named action of the same id. */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportReport',
  'file.exportCsv',
  'file.exportReportHtml',
  'file.exportReportPdf',
  'file.saveThenClose',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'view.editor',
  'view.plant',
  'view.split',
  'view.results',
  'view.planner',
  'view.schedule',
  'view.toggleTheme',
  'view.autoLayout',
  'run.start',
  'run.cancel',
  'plan.start',
  'plan.accept',
  'plan.export',
  'tsn.synthesize',
  'tsn.apply',
  'tsn.exportYang',
  'edit.addWorkload',
  'help.shortcuts',
  'help.about',
  'file.import',
  'file.exportSwitchConfig',
  'run.recordTrace',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number] | `file.openRecent:${string}`;

/** What the preload puts on `window.netloom`. */
export interface PreloadBridge {
  api: MainApi;
  onCommand(listener: (command: MenuCommand) => void): () => void;
}
