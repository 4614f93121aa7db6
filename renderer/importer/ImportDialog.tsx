/** File → Import: the kind and its files, the import's progress, the capture's address table, then the review. */
import { useEffect, useState } from 'react';
import { IMPORT_KINDS } from '../../sim/api/index.ts';
import { useApp } from '../state/appStore.ts';
import { AddressMap } from './AddressMap.tsx';
import { chooseFiles, closeImport } from './importActions.ts';
import { ImportReview } from './ImportReview.tsx';
import { type ImportKind, type ImportStep, setStep, useImport } from './importStore.ts';

const KINDS: { kind: ImportKind; label: string; what: string }[] = [
  {
    kind: 'topology',
    label: 'Topology',
    what: 'A plant’s devices and links, from an inventory (CSV), GraphML, LLDP neighbour tables or a NetBox export: opens as a new scenario.',
  },
  { kind: 'devices', label: 'Devices (GSDML)', what: 'PROFINET device descriptions: each becomes a device the palette offers, placed with its cyclic flows.' },
  {
    kind: 'traffic',
    label: 'Traffic (capture)',
    what: 'A pcap or pcapng capture: its flows join the open scenario, between the nodes you map its addresses to.',
  },
];

export function ImportDialog() {
  const dialog = useImport((d) => d);
  if (dialog.step === 'closed') return null;
  return (
    <div className="modal-back" onClick={closeImport}>
      <div className="import-dialog" role="dialog" aria-label="Import" data-testid="import-dialog" onClick={(e) => e.stopPropagation()}>
        <header className="workload-head">
          <div>
            <h2>Import</h2>
            <p className="muted">Nothing opens until you have reviewed what was read and what was assumed.</p>
          </div>
          <button className="icon-btn" onClick={closeImport} aria-label="Close">
            ✕
          </button>
        </header>
        <div className="import-body">
          {dialog.step === 'choose' && <Choose kind={dialog.kind} format={dialog.format} />}
          {dialog.step === 'working' && <Working dialog={dialog} />}
          {dialog.step === 'map' && <AddressMap dialog={dialog} />}
          {dialog.step === 'review' && <ImportReview dialog={dialog} />}
        </div>
      </div>
    </div>
  );
}

function Choose({ kind, format }: { kind: ImportKind; format: string }) {
  const hasDoc = useApp((s) => s.doc !== null);
  return (
    <>
      <div className="import-kinds" role="radiogroup" aria-label="What to import">
        {KINDS.map((k) => {
          const off = k.kind === 'traffic' && !hasDoc;
          return (
            <button
              key={k.kind}
              role="radio"
              aria-checked={k.kind === kind}
              className={`template-item ${k.kind === kind ? 'on' : ''}`}
              data-testid={`import-kind-${k.kind}`}
              disabled={off}
              title={off ? 'Open the scenario the capture belongs to first' : k.what}
              onClick={() => setStep({ step: 'choose', kind: k.kind, format: '' })}
            >
              {k.label}
              <span className="muted">{k.what}</span>
            </button>
          );
        })}
      </div>
      {kind === 'topology' && (
        <label className="import-format">
          Format{' '}
          <select data-testid="import-format" value={format} onChange={(e) => setStep({ step: 'choose', kind, format: e.target.value })}>
            <option value="">recognised from the files</option>
            {IMPORT_KINDS.map((k) => (
              <option key={k.kind} value={k.kind} title={k.describe}>
                {k.kind}: {k.describe}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="import-actions">
        <button className="btn primary" data-testid="import-choose" onClick={() => void chooseFiles(kind, format)}>
          {kind === 'traffic' ? 'Choose a capture…' : kind === 'devices' ? 'Choose GSDML files…' : 'Choose files…'}
        </button>
        {kind === 'devices' && (
          <button className="btn" data-testid="import-choose-folder" onClick={() => void chooseFiles(kind, format, true)}>
            Choose a folder…
          </button>
        )}
        <span className="muted">
          {kind === 'topology' ? 'Several files at once: a nodes and a links sheet, one LLDP table per switch, NetBox’s three lists.' : ''}
        </span>
      </div>
    </>
  );
}

function Working({ dialog }: { dialog: Extract<ImportStep, { step: 'working' }> }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const t = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(t);
  }, []);
  const shown = dialog.files.slice(0, 6).join(', ') + (dialog.files.length > 6 ? ` and ${dialog.files.length - 6} more` : '');
  return (
    <div className="import-working" data-testid="import-working" aria-live="polite">
      <div className="import-progress" role="progressbar" aria-label="Importing" />
      <p>
        <strong>{dialog.phase}…</strong> <span className="muted">{((now - dialog.started) / 1000).toFixed(1)} s</span>
      </p>
      <p className="muted">{shown}</p>
      <button className="btn ghost" onClick={closeImport}>
        Cancel
      </button>
    </div>
  );
}
