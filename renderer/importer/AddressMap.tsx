/** Traffic import: the capture's addresses, each mapped to a node of the scenario (or left out), and trace or fitted patterns. */
import type { NodeJson } from '../../sim/api/index.ts';
import { useApp } from '../state/appStore.ts';
import { closeImport, importMappedTraffic } from './importActions.ts';
import { type ImportStep, setStep } from './importStore.ts';

const NO_NODES: readonly NodeJson[] = [];

export function AddressMap({ dialog }: { dialog: Extract<ImportStep, { step: 'map' }> }) {
  const nodes = useApp((s) => s.doc?.scenario.nodes ?? NO_NODES);
  const set = (address: string, node: string) => setStep({ ...dialog, map: { ...dialog.map, [address]: node } });
  const mapped = Object.values(dialog.map).filter((n) => n !== '').length;
  return (
    <div className="import-map">
      <p>
        {dialog.capture.name}: {dialog.addresses.length} addresses. Map each end of the traffic you want to a node; packets with an end left out are not
        imported (the review lists them).
      </p>
      <div className="import-table-wrap">
        <table className="import-table" data-testid="import-map">
          <thead>
            <tr>
              <th>Address</th>
              <th>Sent</th>
              <th>Received</th>
              <th>Kinds</th>
              <th>Node</th>
            </tr>
          </thead>
          <tbody>
            {dialog.addresses.map((a) => (
              <tr key={a.address} data-address={a.address}>
                <td>
                  <code>{a.address}</code>
                </td>
                <td>{a.sent}</td>
                <td>{a.received}</td>
                <td>{a.kinds.join(', ')}</td>
                <td>
                  <select aria-label={`Node for ${a.address}`} value={dialog.map[a.address] ?? ''} onChange={(e) => set(a.address, e.target.value)}>
                    <option value="">— leave out —</option>
                    {nodes.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.id}
                        {n.label && n.label !== n.id ? ` (${n.label})` : ''}
                      </option>
                    ))}
                  </select>
                  {a.proposed && <span className="muted"> proposed: its node names it</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="import-fit">
        <input type="checkbox" data-testid="import-fit" checked={dialog.fit} onChange={(e) => setStep({ ...dialog, fit: e.target.checked })} /> Fit patterns
        (periodic with its cycle and jitter, CBR, Poisson, bursts) instead of replaying each packet’s time
      </label>
      <div className="import-actions">
        <button className="btn primary" data-testid="import-traffic" disabled={mapped < 2} onClick={() => void importMappedTraffic()}>
          Import the flows
        </button>
        <button className="btn ghost" onClick={closeImport}>
          Cancel
        </button>
        {mapped < 2 && <span className="muted">Map at least the two ends of one flow.</span>}
      </div>
    </div>
  );
}
