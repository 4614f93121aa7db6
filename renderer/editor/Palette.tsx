/** The device palette: drag a type onto the editor, or click it to add one at the centre of the view. */
import { displayPositions } from '../model/displayPositions.ts';
import { addNode } from '../model/edits.ts';
import { freeSpot } from '../model/freeSpot.ts';
import { DEVICES, PALETTE_GROUPS } from '../model/deviceTypes.ts';
import { applyEdit, select } from '../state/editActions.ts';
import { activeTopologyView } from './TopologyPanel.tsx';
import type { NodeType } from '../../sim/api/index.ts';
import { dragKey, placeImportedDevice, useImportedDevices } from '../importer/importedDevices.ts';

function addAtCentre(type: NodeType): void {
  const at = activeTopologyView?.centre() ?? [0, 0, 0];
  let id = '';
  applyEdit(`add ${DEVICES[type].label}`, (s) => {
    const r = addNode(s, type, freeSpot(displayPositions(s).values(), at));
    id = r.id;
    return r.scenario;
  });
  select({ nodes: [id], links: [] });
}

export function Palette() {
  return (
    <aside className="palette" aria-label="Device palette">
      <div className="panel-title">Devices</div>
      {PALETTE_GROUPS.map((g) => (
        <section key={g.name}>
          <div className="palette-group">{g.name}</div>
          <div className="palette-grid">
            {g.types.map((t) => (
              <button
                key={t}
                className="palette-item"
                data-testid={`palette-${t}`}
                draggable
                title={`${DEVICES[t].hint} Drag onto the plan, or click to add.`}
                onDragStart={(e) => {
                  e.dataTransfer.setData('application/x-netloom-type', t);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
                onClick={() => addAtCentre(t)}
              >
                <span className="chip" style={{ background: DEVICES[t].color }}>
                  {DEVICES[t].glyph}
                </span>
                <span className="palette-label">{DEVICES[t].label}</span>
              </button>
            ))}
          </div>
        </section>
      ))}
      <ImportedDevices />
    </aside>
  );
}

/** Devices imported from GSDML files (File → Import): click one to place it with its cyclic flows. */
function ImportedDevices() {
  const devices = useImportedDevices();
  if (devices.length === 0) return null;
  return (
    <section data-testid="palette-imported">
      <div className="palette-group">Imported (GSDML)</div>
      <div className="palette-grid">
        {devices.map((d) => (
          <button
            key={`${d.id} ${d.file}`}
            className="palette-item"
            data-testid={`palette-device-${d.id}`}
            title={
              `${d.vendor}, ${d.family}, conformance class ${d.conformanceClass}; cycle ${d.cycle}, ${d.inputBytes} B in / ${d.outputBytes} B out ` +
              `(${d.file}). Drag onto the plan, or click to add it; it is attached to the selected PLC (else the first), with its cyclic flows.`
            }
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData('application/x-netloom-type', dragKey(d));
              e.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => placeImportedDevice(d, activeTopologyView?.centre() ?? [0, 0, 0])}
          >
            <span className="chip" style={{ background: DEVICES[d.type].color }}>
              {DEVICES[d.type].glyph}
            </span>
            <span className="palette-label">{d.name}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
