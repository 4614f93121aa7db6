/** Shortcuts and a first-steps guide. */
import { COMMANDS } from '../commands/commands.ts';
import { appStore, useApp } from '../state/appStore.ts';

export function HelpDialog() {
  const open = useApp((s) => s.helpOpen);
  if (!open) return null;
  const close = () => appStore.set({ helpOpen: false });
  const shown = COMMANDS.filter((c) => c.keys);
  return (
    <div className="modal-back" onClick={close}>
      <div className="help-dialog" onClick={(e) => e.stopPropagation()} role="dialog" aria-label="Help">
        <header>
          <h2>NetLoom — first steps</h2>
          <button className="icon-btn" onClick={close} aria-label="Close">
            ✕
          </button>
        </header>
        <ol className="steps">
          <li>Open a scenario from the library (or start a new plant and drop devices from the palette).</li>
          <li>Select a device, cable or flow to edit it in the inspector; units are text, like “1 Gb/s”, “250 us” or “80 m”.</li>
          <li>Press Run. Every packet is simulated in the background; the requirements table shows which flows pass, with their margin.</li>
          <li>Click a flow to see its path in both views and its latency distribution in the charts. Change the network and run again.</li>
          <li>
            Add the AI workloads you want to deploy (W: vision inspection, AI control, predictive maintenance, an LLM agent), then let the Planner (5) find the
            cheapest upgrade that makes every requirement hold, and accept it.
          </li>
        </ol>
        <h3>Keyboard shortcuts</h3>
        <table className="keys">
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <td>
                  <kbd>{c.keys}</kbd>
                </td>
                <td>{c.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">NetLoom {__APP_VERSION__} · the simulation core is the same one the command line (netloom run) uses.</p>
      </div>
    </div>
  );
}
