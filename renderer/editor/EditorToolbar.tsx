/** Floating tools over the editor: fit, auto layout, connect mode, delete, and the utilization legend. */
import { Icon } from '../app/Icon.tsx';
import { runAutoLayout } from '../commands/commands.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { deleteSelection } from '../state/editActions.ts';
import { startSchedule } from '../state/scheduleActions.ts';
import { UtilizationLegend } from './UtilizationLegend.tsx';

export function EditorToolbar({ onFit, hasUtilization }: { onFit: () => void; hasUtilization: boolean }) {
  const connecting = useApp((s) => s.connectMode);
  const connectFrom = useApp((s) => s.connectFrom);
  const hasSelection = useApp((s) => s.selection.nodes.length + s.selection.links.length > 0);
  return (
    <>
      <div className="float-toolbar">
        <button className="tool" onClick={onFit} title="Zoom to show the whole plant">
          <Icon name="fit" size={15} /> Fit
        </button>
        <button className="tool" onClick={runAutoLayout} title="Lay the plant out automatically (L)">
          <Icon name="layout" size={15} /> Auto layout
        </button>
        <button
          className={`tool ${connecting ? 'active' : ''}`}
          data-testid="connect-mode"
          onClick={() => appStore.set((s) => ({ connectMode: !s.connectMode, connectFrom: null }))}
          title="Connect two devices with a cable: click one, then the other (C)"
        >
          <Icon name="connect" size={15} /> Connect
        </button>
        <button className="tool" disabled={!hasSelection} onClick={deleteSelection} title="Delete the selected devices and links (Delete)">
          <Icon name="trash" size={15} /> Delete
        </button>
        <button
          className="tool"
          data-testid="synthesize-gates"
          onClick={() => void startSchedule()}
          title="802.1Qbv gate schedules for the time-critical flows, so each meets its deadline whatever the other traffic (Schedules, 6)"
        >
          Gate schedules
        </button>
        <button
          className="tool accent"
          data-testid="add-workload"
          onClick={() => appStore.set({ workloadOpen: true })}
          title="Add the flows of a workload from a template: vision inspection, AI control, predictive maintenance, LLM agent, plant traffic (W)"
        >
          + AI workload
        </button>
      </div>
      {connecting && (
        <div className="hint-banner">
          {connectFrom ? `Now click the device to connect to ${connectFrom}` : 'Click the first device of the new link (Esc to stop)'}
        </div>
      )}
      {hasUtilization && <UtilizationLegend />}
      <div className="view-hint">Wheel to zoom · drag to pan · Shift+drag to select · drop devices from the palette</div>
    </>
  );
}
