/** Opening, saving, exporting and recovering documents, through the Platform. */
import { entries as libraryEntries, loaders } from 'virtual:scenario-library';
import { reportCsv, ScenarioError, type ScenarioJson, validateScenario } from '../../sim/api/index.ts';
import { type DocFiles, docFiles, ELSEWHERE, noFiles } from '../model/DocFiles.ts';
import { newScenario } from '../model/edits.ts';
import { parseDocument } from '../model/parseDocument.ts';
import type { OpenedDoc } from '../platform/Platform.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { reportHtml } from './reportHtml.ts';
import { EMPTY_SELECTION, type DocSource } from './AppState.ts';
import { analysisOf, isLarge } from './analysisScheduler.ts';
import { appStore } from './appStore.ts';
import { resetBounds } from './boundsActions.ts';
import { resetPlanner } from './planActions.ts';
import { keyOfRecoveryId, newDocKey, recoveryIdOf } from './recoveryId.ts';
import { resetSchedule } from './scheduleActions.ts';
import { toast } from './toast.ts';

export function scenarioText(s: ScenarioJson): string {
  return JSON.stringify(s, null, 2) + '\n';
}

export function confirmDiscard(): boolean {
  const { doc } = appStore.get();
  if (!doc || doc.saved === doc.scenario) return true;
  return window.confirm(`"${doc.name}" has unsaved changes. Discard them?`);
}

/** Opens a document in place of the current one (whose unsaved work the user has let go: its recovery slot goes too). */
export function openDocument(
  scenario: ScenarioJson,
  name: string,
  source: DocSource,
  files: DocFiles,
  saved: ScenarioJson | null = scenario,
  key: string = newDocKey(),
): void {
  const prev = appStore.get().doc;
  if (prev) void getPlatform().clearRecovery(recoveryIdOf(prev));
  resetPlanner();
  resetBounds();
  resetSchedule();
  appStore.set({
    doc: { scenario, name, source, saved, revision: 0, key, files },
    fileProblems: null,
    past: [],
    future: [],
    selection: EMPTY_SELECTION,
    run: { status: 'idle' },
    lastReport: null,
    runs: [],
    analysis: null,
    connectFrom: null,
    connectMode: false,
    view: ['results', 'planner', 'schedule'].includes(appStore.get().view) ? 'editor' : appStore.get().view,
  });
}

function openFailed(e: unknown, what: string): void {
  toast(`Cannot open ${what}: ${e instanceof Error ? e.message : String(e)}`, 'error');
}

/** The files an opened scenario names as its host read them; a browser page cannot read beside it. */
const filesOpened = (f: OpenedDoc) => (s: ScenarioJson) =>
  f.files ? docFiles(s, f.files.read, f.files.issues, ELSEWHERE.opened(f.name)) : noFiles(ELSEWHERE.browser);

/**
 * Opens scenario text as the document and says so — and when it has problems, how many (the
 * inspector lists them). A file that is not a scenario opens as its list of problems instead,
 * and the document open before it stays open behind that list. `files` are the files it names.
 */
function openText(
  text: string,
  name: string,
  source: DocSource,
  files: (s: ScenarioJson) => DocFiles,
  saved: 'as-opened' | null,
  what = name,
  key?: string,
): boolean {
  let scenario: ScenarioJson;
  let grouped = false;
  try {
    ({ scenario, grouped } = parseDocument(text));
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    appStore.set({ fileProblems: { name, issues: e.issues } });
    return false;
  }
  const held = files(scenario);
  // the flat form is not the file: Save asks where to write it, so the file written with groups is never overwritten
  const flatName = grouped ? name.replace(/(\.json)?$/, '.flat.json') : name;
  openDocument(scenario, flatName, grouped && source.kind === 'file' ? { kind: 'file' } : source, held, saved === null ? null : scenario, key);
  const flat = grouped ? ` in its flat form (${scenario.nodes.length.toLocaleString('en')} devices from its groups; Save writes it to a new file)` : '';
  const said = (n: number) => {
    if (n === 0) toast(`Opened ${what}${flat}`);
    else toast(`Opened ${what}${flat}: ${n} problem${n > 1 ? 's' : ''}, listed in the inspector; the views show what they can`, 'error');
  };
  if (!isLarge(scenario)) said(validateScenario(scenario, held.read).length);
  else {
    // checked in a worker (seconds at 10,000 devices): the window opens now, and says the problems when the check has found them
    toast(`Opened ${what}${flat}; checking it…`);
    void analysisOf(scenario, held).then((a) => {
      if (a && a.issues.length > 0 && appStore.get().doc?.scenario === scenario) said(a.issues.length);
    });
  }
  return true;
}

export function newDocument(): void {
  if (!confirmDiscard()) return;
  openDocument(newScenario(), 'untitled.json', { kind: 'new' }, noFiles(ELSEWHERE.newDocument), null);
}

export async function openLibraryScenario(path: string): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    const lib = await loaders[path]();
    const files = (s: ScenarioJson) => docFiles(s, lib.files, lib.issues, ELSEWHERE.library);
    openText(lib.text, path.split('/').pop()!, { kind: 'library', path }, files, 'as-opened', libraryEntries.find((e) => e.path === path)?.name ?? path);
  } catch (e) {
    openFailed(e, path);
  }
}

export async function openFromDisk(): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    const f = await getPlatform().openFile();
    if (!f || (await recoveredInstead(f.path, f.name))) return;
    openText(f.text, f.name, { kind: 'file', path: f.path, handle: f.handle }, filesOpened(f), 'as-opened');
  } catch (e) {
    openFailed(e, 'the file');
  }
}

export async function openRecent(path: string): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    const f = await getPlatform().openPath(path);
    if (await recoveredInstead(f.path, f.name)) return;
    openText(f.text, f.name, { kind: 'file', path: f.path }, filesOpened(f), 'as-opened');
  } catch (e) {
    openFailed(e, path);
  }
}

export async function saveDocument(saveAs = false): Promise<boolean> {
  const { doc } = appStore.get();
  if (!doc) return false;
  const scenario = doc.scenario;
  const target =
    !saveAs && doc.source.kind === 'file' && (doc.source.path || doc.source.handle)
      ? { name: doc.name, path: doc.source.path, handle: doc.source.handle }
      : null;
  try {
    const saved = await getPlatform().saveFile(scenarioText(scenario), target, doc.name.endsWith('.json') ? doc.name : `${doc.name}.json`);
    if (!saved) return false;
    const cur = appStore.get().doc;
    const source: DocSource = { kind: 'file', path: saved.path, handle: saved.handle };
    if (cur) appStore.set({ doc: { ...cur, name: saved.name, source, saved: scenario } });
    // its slot under the id it had (untitled: doc:key) and under the one it has now (its path)
    for (const id of new Set([recoveryIdOf(doc), recoveryIdOf({ source, key: doc.key })])) await getPlatform().clearRecovery(id);
    toast(`Saved ${saved.name}`, 'success');
    return true;
  } catch (e) {
    toast(`Could not save: ${e instanceof Error ? e.message : String(e)}`, 'error');
    return false;
  }
}

function baseName(): string {
  return (appStore.get().doc?.name ?? 'scenario').replace(/\.json$/, '');
}

/** The last run as JSON, CSV, the handed-over HTML page, or that page printed to PDF (the desktop app: Electron's printToPDF). */
export async function exportReport(kind: 'json' | 'csv' | 'html' | 'pdf'): Promise<void> {
  const last = appStore.get().lastReport;
  if (!last) return toast('Run the scenario first: there is no report to export yet.', 'error');
  const platform = getPlatform();
  if (kind === 'pdf' && !platform.exportPdf)
    return toast('PDF export is in the desktop app: export the report as HTML and print it from the browser.', 'error');
  try {
    let text: string;
    if (kind === 'html' || kind === 'pdf') {
      const page = await reportHtml(appStore.get());
      if ('problem' in page) return toast(page.problem, 'error');
      text = page.html;
    } else text = kind === 'json' ? JSON.stringify(last.report, null, 2) + '\n' : reportCsv(last.report);
    const name = `${baseName()}.report.${kind}`;
    const done = kind === 'pdf' ? await platform.exportPdf?.(name, text) : await platform.exportFile(name, text, kind);
    if (done) toast(`Exported the ${kind === 'csv' ? 'CSV' : kind === 'pdf' ? 'report as PDF' : 'report'}`, 'success');
  } catch (e) {
    toast(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

export function closeDocument(): void {
  if (!confirmDiscard()) return;
  const { doc } = appStore.get();
  if (doc) void getPlatform().clearRecovery(recoveryIdOf(doc));
  resetPlanner();
  resetBounds();
  resetSchedule();
  appStore.set({ doc: null, past: [], future: [], selection: EMPTY_SELECTION, run: { status: 'idle' }, lastReport: null, runs: [], analysis: null });
}

/** Opens a recovery slot's working copy as an unsaved document that keeps autosaving to the same slot. */
export async function recoverWorkingCopy(id: string): Promise<void> {
  const entry = await getPlatform().readRecovery(id);
  const rest = appStore.get().recovery.filter((r) => r.id !== id);
  if (!entry) {
    appStore.set({ recovery: rest });
    return toast('That working copy can no longer be read.', 'error');
  }
  const source: DocSource = entry.path ? { kind: 'file', path: entry.path } : { kind: 'new' };
  // the slot keeps the scenario only: the files it names are read again when it is opened from disk
  if (openText(entry.text, entry.name, source, () => noFiles(ELSEWHERE.recovered), null, `your unsaved work on ${entry.name}`, keyOfRecoveryId(entry.id)))
    appStore.set({ recovery: rest });
}

export async function discardRecovery(id: string): Promise<void> {
  await getPlatform().clearRecovery(id);
  appStore.set({ recovery: appStore.get().recovery.filter((r) => r.id !== id) });
}

/** Opening a file whose unsaved work is kept for recovery asks first, so that work is not replaced unawares. */
async function recoveredInstead(path: string | undefined, name: string): Promise<boolean> {
  const kept = path ? appStore.get().recovery.find((r) => r.id === path) : undefined;
  if (!kept) return false;
  const recover = window.confirm(
    `Unsaved work on ${name} from ${new Date(kept.savedAt).toLocaleString()} is kept for recovery. Recover ` +
      `it?\n\nCancel opens the file as last saved; that unsaved work is replaced as soon as you edit it.`,
  );
  if (recover) await recoverWorkingCopy(kept.id);
  return recover;
}
