/**
 * Export switch configuration…: the format and schedule chosen in a dialog, the files made and
 * zipped in a worker (handover.worker.ts), the zip saved where the other exports go (the platform's
 * save dialog or a download), then what `netloom config` prints after its files shown in the dialog.
 */
import type { Remote } from 'comlink';
import { watchWorker } from '../sim/watchWorker.ts';
import { sendParts } from '../../sim/api/index.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { appStore } from '../state/appStore.ts';
import { configExportStore, setConfigStep } from './configExportStore.ts';
import type { ConfigOutcome, HandoverWorkerApi } from './handover.worker.ts';
import type { ConfigFormat } from '../../sim/api/index.ts';

let worker: Worker | null = null;
/** bumps when the dialog closes or a new export starts: an answer for an older one is dropped */
let generation = 0;

function startWorker(): { api: Remote<HandoverWorkerApi>; died: Promise<never> } {
  worker?.terminate();
  worker = new Worker(new URL('./handover.worker.ts', import.meta.url), { type: 'module', name: 'netloom-handover' });
  return watchWorker<HandoverWorkerApi>(worker);
}

export function openConfigExport(): void {
  if (!appStore.get().doc) return;
  const last = configExportStore.get().dialog;
  const format = last.step === 'closed' ? 'both' : last.format;
  setConfigStep({ step: 'choose', format, schedule: last.step !== 'closed' && last.schedule, problem: null });
}

export function closeConfigExport(): void {
  generation++;
  worker?.terminate();
  worker = null;
  setConfigStep({ step: 'closed' });
}

/** The zip's name: the document's, without .json. */
export const configZipName = (docName: string) => `${docName.replace(/\.json$/i, '')}.switch-config.zip`;

export async function exportConfig(format: ConfigFormat, schedule: boolean): Promise<void> {
  const doc = appStore.get().doc;
  if (!doc) return;
  const mine = ++generation;
  setConfigStep({ step: 'working', format, schedule, started: performance.now() });
  const { api, died } = startWorker();
  let outcome: ConfigOutcome;
  try {
    const exchange = async () => {
      const sent = await sendParts(doc.scenario, (part) => api.receive(part));
      return api.configZip(sent ? null : doc.scenario, doc.files.read, { format, schedule });
    };
    outcome = await Promise.race([exchange(), died]);
  } catch (e) {
    outcome = { ok: false, problem: `The export stopped: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    if (mine === generation) {
      worker?.terminate();
      worker = null;
    }
  }
  if (mine !== generation) return;
  if (!outcome.ok) return setConfigStep({ step: 'choose', format, schedule, problem: outcome.problem });
  const { zip, ...result } = outcome.value;
  const name = configZipName(doc.name);
  let saved: boolean;
  try {
    saved = await getPlatform().exportBytes(name, zip, 'zip');
  } catch (e) {
    if (mine === generation)
      setConfigStep({ step: 'choose', format, schedule, problem: `Could not save ${name}: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  if (mine === generation) setConfigStep({ step: 'done', format, schedule, result, name, saved });
}
