/**
 * The review before anything opens: what the import read as what (mapped) and what it had to choose
 * (assumed), each note with its file and place; or the problem of a malformed file (file, line or
 * element, what was expected), and then nothing to open.
 */
import type { Note } from '../../sim/api/index.ts';
import { acceptImport, closeImport, openImport } from './importActions.ts';
import type { Imported, ImportStep } from './importStore.ts';

/** notes shown per list; a 15,000-device sheet has 15,000 of them */
const SHOWN = 400;

export function ImportReview({ dialog }: { dialog: Extract<ImportStep, { step: 'review' }> }) {
  const { problem, imported } = dialog;
  return (
    <div className="import-review" data-testid="import-review">
      {problem ? (
        <div className="import-problem" role="alert" data-testid="import-problem">
          <strong>Nothing was imported.</strong>{' '}
          {problem.file && (
            <code data-testid="import-problem-place">
              {problem.file}
              {problem.place ? `:${problem.place}` : ''}
            </code>
          )}{' '}
          expected {problem.expected}
        </div>
      ) : (
        imported && <Summary imported={imported} />
      )}
      {!problem && (
        <>
          <Notes title={`Assumed (${dialog.assumed.length}): review these`} notes={dialog.assumed} testid="import-assumed" open />
          <Notes title={`Mapped (${dialog.mapped.length})`} notes={dialog.mapped} testid="import-mapped" open />
        </>
      )}
      <div className="import-actions">
        {imported && (
          <button className="btn primary" data-testid="import-accept" onClick={acceptImport}>
            {imported.kind === 'topology'
              ? 'Open as a new scenario'
              : imported.kind === 'devices'
                ? 'Add to the palette'
                : `Add ${imported.added.length} flows`}
          </button>
        )}
        <button className="btn" onClick={() => openImport(dialog.kind)}>
          {problem ? 'Choose other files' : 'Back'}
        </button>
        <button className="btn ghost" onClick={closeImport}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function Summary({ imported }: { imported: Imported }) {
  if (imported.kind === 'topology') {
    const s = imported.scenario;
    return (
      <p data-testid="import-summary">
        <strong>{s.name}</strong>: {s.nodes.length} devices, {s.links.length} links
        {s.flows?.length ? `, ${s.flows.length} flows` : ' (no flows yet: add the plant’s traffic)'}.
      </p>
    );
  }
  if (imported.kind === 'traffic')
    return (
      <p data-testid="import-summary">
        {imported.added.length} flows to add: {imported.added.slice(0, 8).join(', ')}
        {imported.added.length > 8 ? ', …' : ''}
      </p>
    );
  return (
    <table className="import-table" data-testid="import-summary">
      <thead>
        <tr>
          <th>Device</th>
          <th>Vendor, family</th>
          <th>Class</th>
          <th>Cycle</th>
          <th>In / out</th>
        </tr>
      </thead>
      <tbody>
        {imported.catalog.devices.map((d) => (
          <tr key={`${d.id} ${d.file}`}>
            <td>{d.name}</td>
            <td>
              {d.vendor}, {d.family}
            </td>
            <td>{d.conformanceClass}</td>
            <td>{d.cycle}</td>
            <td>
              {d.inputSize} B / {d.outputSize} B
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Notes({ title, notes, testid, open }: { title: string; notes: readonly Note[]; testid: string; open: boolean }) {
  return (
    <details className="import-notes" open={open} data-testid={testid}>
      <summary>{title}</summary>
      <ul>
        {notes.slice(0, SHOWN).map((n, i) => (
          <li key={i}>
            <code>{n.source}</code> {n.what}
          </li>
        ))}
        {notes.length > SHOWN && <li className="muted">… and {notes.length - SHOWN} more</li>}
      </ul>
    </details>
  );
}
