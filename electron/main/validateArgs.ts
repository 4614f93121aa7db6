/**
 * Checks the arguments of every IPC call before main acts on them: the renderer is treated
 * as untrusted input (Electron security checklist). One validator per MainApi method; a call
 * with anything else is rejected with an IpcArgumentError naming what was wrong.
 */
import { isAbsolute } from 'node:path';
import type {
  DocumentState,
  ExportBytesRequest,
  ExportRequest,
  ImportPick,
  MainApi,
  PdfRequest,
  RecoveryEntry,
  RecoveryId,
  SaveRequest,
} from '../common/ipc.ts';
import { MAIN_API_METHODS, MAX_EXPORT_BYTES } from '../common/ipc.ts';

export class IpcArgumentError extends Error {
  constructor(method: string, what: string) {
    super(`app:${method}: ${what}`);
    this.name = 'IpcArgumentError';
  }
}

const MAX_TEXT = 64 * 1024 * 1024; // a scenario or report larger than 64 MB is not something the UI made

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
/** a file name the user could have typed: no folders, no NUL, not empty */
const isFileName = (v: unknown): v is string => isText(v, 255) && v.length > 0 && !/[\\/\0]/.test(v) && v !== '.' && v !== '..';
const isPath = (v: unknown): v is string => isText(v, 4096) && v.length > 0 && !v.includes('\0');
const onlyKeys = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

const DOC_KEY = /^doc:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A recovery slot id: an absolute path, or `doc:` and a UUID for a document without one. */
export function isRecoveryId(v: unknown): v is RecoveryId {
  return typeof v === 'string' && (DOC_KEY.test(v) || (isPath(v) && isAbsolute(v)));
}

/** An entry's id is its path when it has one, its `doc:` key otherwise. */
export function isRecoveryEntry(v: unknown): v is RecoveryEntry {
  return (
    isObj(v) &&
    onlyKeys(v, ['id', 'text', 'name', 'path', 'savedAt']) &&
    isText(v.text) &&
    isFileName(v.name) &&
    (v.path === null ? typeof v.id === 'string' && DOC_KEY.test(v.id) : isRecoveryId(v.path) && v.id === v.path) &&
    typeof v.savedAt === 'number' &&
    Number.isFinite(v.savedAt)
  );
}

function isSaveRequest(v: unknown): v is SaveRequest {
  return isObj(v) && onlyKeys(v, ['path', 'suggestedName', 'text']) && (v.path === null || isPath(v.path)) && isFileName(v.suggestedName) && isText(v.text);
}

function isExportRequest(v: unknown): v is ExportRequest {
  return (
    isObj(v) &&
    onlyKeys(v, ['suggestedName', 'text', 'kind']) &&
    isFileName(v.suggestedName) &&
    isText(v.text) &&
    (v.kind === 'json' || v.kind === 'csv' || v.kind === 'html')
  );
}

function isPdfRequest(v: unknown): v is PdfRequest {
  return isObj(v) && onlyKeys(v, ['suggestedName', 'html']) && isFileName(v.suggestedName) && isText(v.html);
}

function isExportBytesRequest(v: unknown): v is ExportBytesRequest {
  return (
    isObj(v) &&
    onlyKeys(v, ['suggestedName', 'bytes', 'kind']) &&
    isFileName(v.suggestedName) &&
    v.bytes instanceof Uint8Array &&
    v.bytes.length <= MAX_EXPORT_BYTES &&
    (v.kind === 'zip' || v.kind === 'gz' || v.kind === 'pcapng')
  );
}

function isDocumentState(v: unknown): v is DocumentState {
  return (
    isObj(v) &&
    onlyKeys(v, ['dirty', 'name', 'path', 'id']) &&
    typeof v.dirty === 'boolean' &&
    isText(v.name, 255) &&
    (v.path === null || isPath(v.path)) &&
    (v.id === null || isRecoveryId(v.id))
  );
}

function isImportPick(v: unknown): v is ImportPick {
  return (
    isObj(v) &&
    onlyKeys(v, ['folder', 'multiple', 'extensions']) &&
    typeof v.folder === 'boolean' &&
    typeof v.multiple === 'boolean' &&
    Array.isArray(v.extensions) &&
    v.extensions.length <= 16 &&
    v.extensions.every((e) => typeof e === 'string' && /^[a-z0-9]{1,10}$/i.test(e))
  );
}

type Validators = { [K in keyof MainApi]: (args: unknown[]) => boolean };

const none = (a: unknown[]) => a.length === 0;
const VALIDATORS: Validators = {
  openFile: none,
  openPath: (a) => a.length === 1 && isPath(a[0]),
  saveFile: (a) => a.length === 1 && isSaveRequest(a[0]),
  exportFile: (a) => a.length === 1 && isExportRequest(a[0]),
  exportPdf: (a) => a.length === 1 && isPdfRequest(a[0]),
  setDocumentState: (a) => a.length === 1 && isDocumentState(a[0]),
  writeRecovery: (a) => a.length === 1 && isRecoveryEntry(a[0]),
  listRecovery: none,
  readRecovery: (a) => a.length === 1 && isRecoveryId(a[0]),
  clearRecovery: (a) => a.length === 1 && isRecoveryId(a[0]),
  recentFiles: none,
  closeWindow: none,
  appInfo: none,
  openImportFiles: (a) => a.length === 1 && isImportPick(a[0]),
  exportBytes: (a) => a.length === 1 && isExportBytesRequest(a[0]),
};

export function isMainApiMethod(name: unknown): name is keyof MainApi {
  return typeof name === 'string' && (MAIN_API_METHODS as readonly string[]).includes(name);
}

/** Throws IpcArgumentError unless `args` are what `method` takes. */
export function validateCall(method: string, args: unknown[]): asserts method is keyof MainApi {
  if (!isMainApiMethod(method)) throw new IpcArgumentError(method, 'no such method');
  if (!VALIDATORS[method](args)) throw new IpcArgumentError(method, 'invalid arguments');
}
