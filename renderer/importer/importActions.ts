/**
 * File → Import: choose the kind, pick the files (several at once, a folder of GSDML files, a
 * binary capture), import them in a worker with each phase shown, then review what was mapped and
 * assumed — or the file's problem — before anything opens. Open makes an imported topology a new
 * unsaved document (asking first, as Open does, when the current one has unsaved work), keeps
 * imported devices for the palette, and adds a capture's flows to the document as one undoable edit.
 */
import { proxy, type Remote } from 'comlink';
import { watchWorker } from '../sim/watchWorker.ts';
import type { Note, ScenarioJson } from '../../sim/api/index.ts';
import { ELSEWHERE, noFiles } from '../model/DocFiles.ts';
import type { ImportPick, PickedFile } from '../platform/Platform.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { appStore } from '../state/appStore.ts';
import { confirmDiscard, openDocument } from '../state/docActions.ts';
import { applyEdit } from '../state/editActions.ts';
import { toast } from '../state/toast.ts';
import type { ImportProblem, ImportWorkerApi, Outcome } from './import.worker.ts';
import { keepDevices } from './importedDevices.ts';
import { type Imported, type ImportKind, importStore, setStep } from './importStore.ts';

/** What each kind asks the file dialog for. */
export const PICKS: Record<ImportKind, ImportPick> = {
  topology: { folder: false, multiple: true, extensions: ['csv', 'tsv', 'txt', 'graphml', 'xml', 'json'] },
  devices: { folder: false, multiple: true, extensions: ['xml'] },
  traffic: { folder: false, multiple: false, extensions: ['pcap', 'pcapng', 'cap'] },
};

let worker: Worker | null = null;
/** bumps when the dialog closes or a new import starts: an answer for an older one is dropped */
let generation = 0;

/** The import worker, and a promise that rejects when it dies (out of memory, a script that did not load): comlink's calls would wait forever. */
function startWorker(): { api: Remote<ImportWorkerApi>; died: Promise<never> } {
  worker?.terminate();
  worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'netloom-import' });
  return watchWorker<ImportWorkerApi>(worker);
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

export function openImport(kind: ImportKind = 'topology'): void {
  setStep({ step: 'choose', kind: kind === 'traffic' && !appStore.get().doc ? 'topology' : kind, format: '' });
}

export function closeImport(): void {
  generation++;
  stopWorker();
  setStep({ step: 'closed' });
}

/** Runs one worker call with its phases shown; null when the dialog moved on meanwhile. */
async function inWorker<T>(
  kind: ImportKind,
  files: readonly PickedFile[],
  call: (api: Remote<ImportWorkerApi>, onPhase: (p: string) => void) => Promise<Outcome<T>>,
) {
  const mine = ++generation;
  const names = files.map((f) => f.name);
  const current = () => (mine === generation ? importStore.get().dialog : null);
  setStep({ step: 'working', kind, files: names, phase: 'starting the import worker', started: performance.now() });
  const onPhase = proxy((phase: string) => {
    const d = current();
    if (d?.step === 'working') setStep({ ...d, phase });
  });
  try {
    const { api, died } = startWorker();
    const out = await Promise.race([call(api, onPhase), died]);
    return current() ? out : null;
  } catch (e) {
    // the worker itself failed (out of memory, a bug): said in the review, nothing opens
    return current()
      ? ({ ok: false, problem: { file: '', place: '', expected: `the import worker failed: ${e instanceof Error ? e.message : String(e)}` } } as const)
      : null;
  } finally {
    if (mine === generation) stopWorker();
  }
}

const failed = (kind: ImportKind, files: readonly PickedFile[], problem: ImportProblem) =>
  setStep({ step: 'review', kind, files: files.map((f) => f.name), mapped: [], assumed: [], imported: null, problem });

function review<T>(kind: ImportKind, files: readonly PickedFile[], out: Outcome<{ mapped: Note[]; assumed: Note[] } & T>, imported: (v: T) => Imported): void {
  const names = files.map((f) => f.name);
  if (!out.ok) return failed(kind, files, out.problem);
  setStep({ step: 'review', kind, files: names, mapped: out.value.mapped, assumed: out.value.assumed, imported: imported(out.value), problem: null });
}

/** Asks the platform for the files of `kind` (a folder of GSDML files when `folder`), then imports them. */
export async function chooseFiles(kind: ImportKind, format: string, folder = false): Promise<void> {
  let files: PickedFile[] | null;
  try {
    files = await getPlatform().openImportFiles({ ...PICKS[kind], folder });
  } catch (e) {
    return toast(`Cannot read the files: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
  if (files === null) return;
  if (files.length === 0) return toast(`That folder holds no .${PICKS[kind].extensions.join(', .')} file.`, 'error');
  if (kind === 'topology') {
    const out = await inWorker(kind, files, (api, onPhase) => api.topology(files, format || undefined, onPhase));
    if (out)
      review(kind, files, out, (r: { value: ScenarioJson }) => ({
        kind,
        scenario: r.value,
        name: `${r.value.name.replace(/[\\/]/g, '-') || 'imported'}.json`,
      }));
  } else if (kind === 'devices') {
    const out = await inWorker(kind, files, (api, onPhase) => api.devices(files, onPhase));
    if (out) review(kind, files, out, (r) => ({ kind, catalog: r.value }));
  } else await mapCapture(files[0]);
}

async function mapCapture(capture: PickedFile): Promise<void> {
  const base = appStore.get().doc?.scenario;
  if (!base) return toast('Open the scenario the traffic belongs to first.', 'error');
  const out = await inWorker('traffic', [capture], (api, onPhase) => api.addresses(base, capture, onPhase));
  if (!out) return;
  if (!out.ok) return failed('traffic', [capture], out.problem);
  const map = Object.fromEntries(out.value.map((a) => [a.address, a.proposed ?? '']));
  setStep({ step: 'map', capture, base, addresses: out.value, map, fit: false });
}

/** The capture's flows between the addresses the table maps, as trace flows or fitted patterns. */
export async function importMappedTraffic(): Promise<void> {
  const d = importStore.get().dialog;
  if (d.step !== 'map') return;
  const { capture, base, fit } = d;
  const map = Object.entries(d.map).filter(([, node]) => node !== '');
  const out = await inWorker('traffic', [capture], (api, onPhase) => api.traffic(base, capture, map, fit, onPhase));
  if (!out) return;
  const before = new Set((base.flows ?? []).map((f) => f.id));
  review('traffic', [capture], out, (r: { value: ScenarioJson }) => ({
    kind: 'traffic',
    base,
    scenario: r.value,
    added: (r.value.flows ?? []).map((f) => f.id).filter((id) => !before.has(id)),
  }));
}

/** Open (topology), Keep (devices) or Add (traffic): what the review offers, once the user has read it. */
export function acceptImport(): void {
  const d = importStore.get().dialog;
  if (d.step !== 'review' || !d.imported) return;
  const it = d.imported;
  if (it.kind === 'topology') {
    if (!confirmDiscard()) return;
    openDocument(it.scenario, it.name, { kind: 'new' }, noFiles(ELSEWHERE.newDocument), null);
    toast(`Imported ${it.name}: ${it.scenario.nodes.length} devices, ${it.scenario.links.length} links, not saved yet (Save writes it).`, 'success', 5000);
  } else if (it.kind === 'devices') {
    const kept = keepDevices(it.catalog);
    const n = it.catalog.devices.length;
    toast(
      `${n} device${n === 1 ? '' : 's'} added to the palette${kept ? '' : ' for this session (too many to keep after it)'}: ` +
        'click one to place it with its cyclic flows.',
      'success',
      5000,
    );
  } else {
    const doc = appStore.get().doc;
    if (doc?.scenario !== it.base) return toast('The scenario changed since the capture was read: import it again.', 'error');
    applyEdit(`import ${it.added.length} flow${it.added.length === 1 ? '' : 's'} from ${d.files[0]}`, (s) => (s === it.base ? it.scenario : s));
    toast(`Added ${it.added.length} flows from ${d.files[0]}: Run to check them; Undo removes them.`, 'success', 5000);
  }
  closeImport();
}
