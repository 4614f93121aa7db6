/**
 * Record per-packet trace…: a run of the document with the trace the dialog asks for, on the
 * app's run workers. Where the platform can write a file as data comes (a browser's File System
 * Access), the .csv.gz is chosen before the run and written as its parts arrive; otherwise the parts
 * are kept (TraceRecorder: compressed, bounded by MAX_TRACE_BYTES, past which the run is cancelled)
 * and saved after the run, each file on a click of its own (a browser's save picker needs one).
 */
import { zipSync } from 'fflate';
import { loadScenario } from '../../sim/api/index.ts';
import { RunCancelled, type RunHandle } from '../../sim/worker/index.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { analysisOf } from '../state/analysisScheduler.ts';
import { appStore } from '../state/appStore.ts';
import { runPool } from '../state/runActions.ts';
import { runLimits } from '../state/runLimits.ts';
import { toast } from '../state/toast.ts';
import { TraceRecorder } from './TraceRecorder.ts';
import { setTraceStep, traceStore } from './traceStore.ts';
import { traceRequest } from './traceSettings.ts';
import { MAX_EXPORT_BYTES } from '../../electron/common/ipc.ts';
import type { ExportStream } from '../platform/Platform.ts';

/** What the app holds of a trace at most (compressed): what the desktop app's main takes in one export; above WARN, it warns while the run goes. */
export const MAX_TRACE_BYTES = MAX_EXPORT_BYTES;
export const WARN_TRACE_BYTES = 64 * 1024 * 1024;

let current: RunHandle | null = null;
let generation = 0;

export function openTrace(): void {
  if (appStore.get().doc && traceStore.get().dialog.step !== 'running') setTraceStep({ step: 'choose', problem: null });
}

export function closeTrace(): void {
  generation++;
  current?.cancel();
  current = null;
  setTraceStep({ step: 'closed' });
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The file the .csv.gz is written to as the run goes, where the platform has one; null: kept in
 * memory instead (no such file here, or the browser no longer counts this as the click's answer).
 */
async function traceFile(name: string): Promise<ExportStream | null | 'cancelled'> {
  const platform = getPlatform();
  if (!platform.exportStream) return null;
  try {
    return (await platform.exportStream(name, 'gz')) ?? 'cancelled';
  } catch {
    return null; // e.g. SecurityError: the check before took longer than the click's activation lasts
  }
}

export async function recordTrace(): Promise<void> {
  const doc = appStore.get().doc;
  if (!doc) return;
  const mine = ++generation;
  const { fields } = traceStore.get();
  const base = doc.name.replace(/\.json$/i, '');
  const analysis = await analysisOf(doc.scenario, doc.files);
  if (mine !== generation || !analysis) return;
  if (!analysis.work) return setTraceStep({ step: 'choose', problem: { field: 'what', message: 'Fix the problems the inspector lists first.' } });
  const model = analysis.model ?? loadScenario(doc.scenario, doc.files.read);
  const planned = traceRequest(model, fields, `NetLoom ${__APP_VERSION__}`);
  if (!planned.ok) return setTraceStep({ step: 'choose', problem: planned });
  const limits = runLimits(analysis.work);
  if (limits.ask && !window.confirm(limits.ask)) return setTraceStep({ step: 'choose', problem: null });
  const sink = planned.plan.packets ? await traceFile(`${base}.trace.csv.gz`) : null;
  if (sink === 'cancelled') return;
  if (mine !== generation) return void sink?.abort();
  const { plan } = planned;
  const started = performance.now();
  let overflow = 0;
  const recorder = new TraceRecorder(
    model.replications,
    plan.packets,
    plan.pcaps,
    MAX_TRACE_BYTES,
    (held) => {
      overflow = held;
      current?.cancel();
    },
    sink ?? undefined,
  );
  setTraceStep({ step: 'running', fraction: 0, held: 0, started });
  let lastPaint = 0;
  current = runPool.run({
    model,
    options: { maxEvents: limits.maxEvents, maxMemoryBytes: limits.maxMemoryBytes },
    onProgress: ({ done, total }) => {
      const now = performance.now();
      if (now - lastPaint < 100 || mine !== generation) return;
      lastPaint = now;
      setTraceStep({ step: 'running', fraction: done / total, held: recorder.held, started });
    },
    trace: { request: plan.request, output: (r) => recorder.output(r) },
  });
  try {
    const report = await current.promise;
    const trace = await recorder.finish();
    if (mine !== generation) return;
    const packets = report.flows.reduce((n, f) => n + f.sent, 0);
    const summary =
      `${plural(packets, 'packet')} sent in the run (${report.summary.passed} flows passed, ${report.summary.failed} failed); ` +
      `${(recorder.peak / 1e6).toFixed(1)} MB held at most`;
    setTraceStep({ step: 'done', trace, base, summary, saved: sink ? [sink.name] : [], peak: recorder.peak });
  } catch (e) {
    recorder.abort();
    if (mine !== generation) return;
    const message =
      overflow > 0
        ? `The trace passed ${MAX_TRACE_BYTES / 1024 / 1024} MB (compressed) and the run was stopped: narrow the window or the flows, or capture fewer ports.`
        : e instanceof RunCancelled
          ? 'The run was cancelled.'
          : `The run stopped: ${e instanceof Error ? e.message : String(e)}`;
    setTraceStep({ step: 'choose', problem: { field: 'what', message } });
  } finally {
    if (mine === generation) current = null;
  }
}

/** The files a finished trace saves as: the .csv.gz, and the pcapng (one) or a .zip of them (several). */
export function traceFiles(base: string, trace: { csvGz: Uint8Array | null; pcaps: { name: string; bytes: Uint8Array }[] }) {
  const files: { what: 'csv' | 'pcap'; name: string; kind: 'gz' | 'pcapng' | 'zip'; bytes: () => Uint8Array }[] = [];
  if (trace.csvGz) files.push({ what: 'csv', name: `${base}.trace.csv.gz`, kind: 'gz', bytes: () => trace.csvGz! });
  if (trace.pcaps.length === 1) files.push({ what: 'pcap', name: trace.pcaps[0].name, kind: 'pcapng', bytes: () => trace.pcaps[0].bytes });
  if (trace.pcaps.length > 1)
    files.push({
      what: 'pcap',
      name: `${base}.pcapng.zip`,
      kind: 'zip',
      // stored, not deflated: pcapng of synthesized frames compresses little and the window's thread does the work
      bytes: () => zipSync(Object.fromEntries(trace.pcaps.map((p) => [p.name, p.bytes])), { level: 0 }),
    });
  return files;
}

export async function saveTraceFile(name: string): Promise<void> {
  const d = traceStore.get().dialog;
  if (d.step !== 'done') return;
  const file = traceFiles(d.base, d.trace).find((f) => f.name === name);
  if (!file) return;
  try {
    if (await getPlatform().exportBytes(file.name, file.bytes(), file.kind)) {
      const now = traceStore.get().dialog;
      if (now.step === 'done') setTraceStep({ ...now, saved: [...now.saved, name] });
    }
  } catch (e) {
    toast(`Could not save ${name}: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}
