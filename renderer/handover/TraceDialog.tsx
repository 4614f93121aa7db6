/**
 * Record per-packet trace…: what to record (each packet's outcome as a .csv.gz, frames as pcapng on
 * chosen ports), over which window and flows, then a run with its progress and the trace's size
 * so far, then a button per file to save.
 */
import { useEffect, useState } from 'react';
import { getPlatform } from '../platform/getPlatform.ts';
import { closeTrace, MAX_TRACE_BYTES, recordTrace, saveTraceFile, traceFiles, WARN_TRACE_BYTES } from './traceActions.ts';
import { type TraceStep, traceStore, useTrace } from './traceStore.ts';
import type { TraceField, TraceFields } from './traceSettings.ts';

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
const setField = (patch: Partial<TraceFields>) =>
  traceStore.set((s) => ({ fields: { ...s.fields, ...patch }, dialog: s.dialog.step === 'choose' ? { step: 'choose', problem: null } : s.dialog }));

export function TraceDialog() {
  const dialog = useTrace((s) => s.dialog);
  if (dialog.step === 'closed') return null;
  return (
    <div className="modal-back" onClick={dialog.step === 'running' ? undefined : closeTrace}>
      <div className="handover-dialog" role="dialog" aria-label="Record per-packet trace" data-testid="trace-dialog" onClick={(e) => e.stopPropagation()}>
        <header className="workload-head">
          <div>
            <h2>Record per-packet trace</h2>
            <p className="muted">
              A run of this scenario (its seed and duration) that records each packet’s outcome and the frames on chosen ports — the files `netloom run
              --trace-out --pcap-out` writes.
            </p>
          </div>
          <button className="icon-btn" onClick={closeTrace} aria-label="Close">
            ✕
          </button>
        </header>
        <div className="import-body">
          {dialog.step === 'choose' && <Choose problem={dialog.problem} />}
          {dialog.step === 'running' && <Running dialog={dialog} />}
          {dialog.step === 'done' && <Done dialog={dialog} />}
        </div>
      </div>
    </div>
  );
}

function Problem({ problem, field }: { problem: { field: TraceField; message: string } | null; field: TraceField }) {
  if (problem?.field !== field) return null;
  return (
    <p className="handover-problem" role="alert" data-testid={`trace-problem-${field}`}>
      {problem.message}
    </p>
  );
}

/** A text field of the dialog, with the problem found in it under it. */
function TextField(p: {
  label: string;
  field: 'window' | 'flows';
  value: string;
  placeholder: string;
  problem: { field: TraceField; message: string } | null;
}) {
  return (
    <>
      <label>
        {p.label}{' '}
        <input
          className="handover-text"
          value={p.value}
          data-testid={`trace-${p.field}`}
          placeholder={p.placeholder}
          onChange={(e) => setField({ [p.field]: e.target.value })}
        />
      </label>
      <Problem problem={p.problem} field={p.field} />
    </>
  );
}

function Choose({ problem }: { problem: { field: TraceField; message: string } | null }) {
  const f = useTrace((s) => s.fields);
  const streams = f.packets && getPlatform().exportStream !== undefined;
  return (
    <>
      <label>
        <input type="checkbox" checked={f.packets} data-testid="trace-packets" onChange={(e) => setField({ packets: e.target.checked })} /> Each packet’s
        outcome (flow, sequence, send and arrival in ns, size, the port that dropped it) as .csv.gz
      </label>
      <label>
        <input type="checkbox" checked={f.capture} data-testid="trace-capture" onChange={(e) => setField({ capture: e.target.checked })} /> Frames as pcapng
        (first replication), on ports{' '}
        <input
          className="handover-text"
          value={f.ports}
          disabled={!f.capture}
          data-testid="trace-ports"
          placeholder="all-switch-egress, or S1:2, S1>S2"
          onChange={(e) => setField({ ports: e.target.value })}
        />
      </label>
      <Problem problem={problem} field="ports" />
      <TextField label="Window" field="window" value={f.window} placeholder="the whole run, or e.g. 2 ms..6 ms" problem={problem} />
      <TextField label="Flows" field="flows" value={f.flows} placeholder="every flow, or ids: ctrl, video" problem={problem} />
      <p className="muted">
        {streams
          ? 'The .csv.gz is chosen before the run and written as it goes; captures are kept in memory until you save them.'
          : 'The trace is kept compressed in memory until you save it.'}{' '}
        The run stops if what is kept passes {MAX_TRACE_BYTES / 1024 / 1024} MB. A window or a flow list keeps it small.
      </p>
      <Problem problem={problem} field="what" />
      <div className="import-actions">
        <button className="btn primary" data-testid="trace-start" onClick={() => void recordTrace()}>
          ▶ Run and record
        </button>
      </div>
    </>
  );
}

function Running({ dialog }: { dialog: Extract<TraceStep, { step: 'running' }> }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const t = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(t);
  }, []);
  return (
    <div className="import-working" data-testid="trace-running" aria-live="polite">
      <progress value={dialog.fraction} max={1} />
      <p>
        <strong>Simulating and recording… {Math.round(dialog.fraction * 100)} %</strong>{' '}
        <span className="muted">
          {((now - dialog.started) / 1000).toFixed(1)} s · {mb(dialog.held)} held
        </span>
      </p>
      {dialog.held > WARN_TRACE_BYTES && (
        <p className="handover-problem" data-testid="trace-large">
          The trace is large ({mb(dialog.held)} compressed); the run stops at {MAX_TRACE_BYTES / 1024 / 1024} MB.
        </p>
      )}
      <button className="btn ghost" onClick={closeTrace}>
        Cancel
      </button>
    </div>
  );
}

function Done({ dialog }: { dialog: Extract<TraceStep, { step: 'done' }> }) {
  const files = traceFiles(dialog.base, dialog.trace);
  return (
    <div data-testid="trace-done">
      <p>{dialog.summary}</p>
      {dialog.trace.csvGz === null && dialog.saved.length > 0 && (
        <p data-testid="trace-streamed">✓ Each packet’s outcome written to {dialog.saved[0]} as the run went.</p>
      )}
      <div className="import-actions">
        {files.map((file) => (
          <button key={file.name} className="btn primary" data-testid={`trace-save-${file.what}`} onClick={() => void saveTraceFile(file.name)}>
            {dialog.saved.includes(file.name) ? '✓ ' : ''}Save {file.name}…
          </button>
        ))}
        <button className="btn" onClick={closeTrace}>
          Close
        </button>
      </div>
    </div>
  );
}
