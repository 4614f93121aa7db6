/** Export switch configuration…: NETCONF, RESTCONF or both, with the synthesized schedule or the scenario's gates; then what to know before sending them. */
import { closeConfigExport, exportConfig } from './configExportActions.ts';
import { type ConfigExportStep, setConfigStep, useConfigExport } from './configExportStore.ts';
import type { ConfigFormat } from '../../sim/api/index.ts';

const FORMATS: [ConfigFormat, string][] = [
  ['both', 'NETCONF and RESTCONF'],
  ['netconf', 'NETCONF <edit-config> (XML)'],
  ['restconf', 'RESTCONF PATCH body (JSON)'],
];

export function ConfigExportDialog() {
  const dialog = useConfigExport((d) => d);
  if (dialog.step === 'closed') return null;
  return (
    <div className="modal-back" onClick={closeConfigExport}>
      <div className="handover-dialog" role="dialog" aria-label="Export switch configuration" data-testid="config-dialog" onClick={(e) => e.stopPropagation()}>
        <header className="workload-head">
          <div>
            <h2>Export switch configuration</h2>
            <p className="muted">
              Per switch, the IEEE 802.1Q YANG settings the simulation assumed (PCP tables, CBS, gate lists, express classes), as `netloom config` writes them,
              in one .zip.
            </p>
          </div>
          <button className="icon-btn" onClick={closeConfigExport} aria-label="Close">
            ✕
          </button>
        </header>
        <div className="import-body">
          {dialog.step === 'choose' && <Choose dialog={dialog} />}
          {dialog.step === 'working' && (
            <div className="import-working" data-testid="config-working" aria-live="polite">
              <div className="import-progress" role="progressbar" aria-label="Making the configuration" />
              <p>
                <strong>Compiling the scenario{dialog.schedule ? ', synthesizing the gate schedule' : ''} and writing each switch’s files…</strong>
              </p>
              <button className="btn ghost" onClick={closeConfigExport}>
                Cancel
              </button>
            </div>
          )}
          {dialog.step === 'done' && <Done dialog={dialog} />}
        </div>
      </div>
    </div>
  );
}

function Choose({ dialog }: { dialog: Extract<ConfigExportStep, { step: 'choose' }> }) {
  const { format, schedule, problem } = dialog;
  return (
    <>
      <fieldset className="handover-fields">
        <legend>Format</legend>
        {FORMATS.map(([f, label]) => (
          <label key={f}>
            <input
              type="radio"
              name="config-format"
              value={f}
              checked={format === f}
              data-testid={`config-format-${f}`}
              onChange={() => setConfigStep({ ...dialog, format: f, problem: null })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={schedule}
          data-testid="config-schedule"
          onChange={(e) => setConfigStep({ ...dialog, schedule: e.target.checked, problem: null })}
        />{' '}
        Gates of the synthesized schedule (802.1Qbv) for the time-critical flows, instead of the scenario’s own
      </label>
      {problem && (
        <p className="handover-problem" role="alert" data-testid="config-problem">
          {problem}
        </p>
      )}
      <div className="import-actions">
        <button className="btn primary" data-testid="config-export" onClick={() => void exportConfig(format, schedule)}>
          Export .zip…
        </button>
      </div>
    </>
  );
}

function Done({ dialog }: { dialog: Extract<ConfigExportStep, { step: 'done' }> }) {
  const { result, name, saved } = dialog;
  return (
    <div data-testid="config-done">
      <p>
        <strong>{saved ? `Saved ${name}` : 'Not saved (cancelled)'}</strong>: {result.files.length} files for {result.switches.length} switch
        {result.switches.length === 1 ? '' : 'es'}.
      </p>
      {result.scheduled && <p className="muted">{result.scheduled}</p>}
      <ul className="handover-notes" data-testid="config-how">
        {result.how.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      <details>
        <summary>Switches ({result.switches.length})</summary>
        <ul className="handover-notes">
          {result.switches.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
      <h3>Assumed ({result.assumed.length}) — review these</h3>
      <ul className="handover-notes" data-testid="config-assumed">
        {result.assumed.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <div className="import-actions">
        <button className="btn" onClick={() => setConfigStep({ step: 'choose', format: dialog.format, schedule: dialog.schedule, problem: null })}>
          Export again…
        </button>
        <button className="btn primary" onClick={closeConfigExport}>
          Close
        </button>
      </div>
    </div>
  );
}
