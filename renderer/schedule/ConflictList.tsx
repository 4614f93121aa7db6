/** Why no gate schedule exists: each conflict with the flows and ports it involves (click a flow to light its path, a port to select its link). */
import { appStore } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { CONFLICT_TITLES } from './scheduleRows.ts';
import { type Conflict, linkId, type PortRef } from '../../sim/api/index.ts';

function showPort(p: PortRef): void {
  const links = appStore.get().doc?.scenario.links ?? [];
  const link = links.find((l) => (l.from === p.from && l.to === p.to) || (l.from === p.to && l.to === p.from));
  if (link) appStore.set({ selection: { nodes: [], links: [linkId(link)], flow: null }, view: 'editor' });
}

export function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  return (
    <section className="planner-card" data-testid="schedule-conflicts">
      <header className="planner-card-head">
        <h3>Why there is no schedule</h3>
        <span className="muted">fix these, or leave flows out (left), or allow waiting</span>
      </header>
      <ol className="conflicts">
        {conflicts.map((c, i) => (
          <li key={i} className={`conflict ${c.kind}`} data-testid="schedule-conflict" data-kind={c.kind}>
            <div className="conflict-title">{CONFLICT_TITLES[c.kind]}</div>
            <p>{c.message}</p>
            <div className="conflict-refs">
              {c.flows.length > 0 && <span className="muted">flows</span>}
              {c.flows.map((f) => (
                <button key={f} className="flow-chip fail" data-conflict-flow={f} onClick={() => selectFlow(f)} title="Light this flow's path">
                  {f}
                </button>
              ))}
              {c.ports.length > 0 && <span className="muted">ports</span>}
              {c.ports.map((p) => (
                <button
                  key={p.name}
                  className="flow-chip port"
                  data-conflict-port={p.name}
                  onClick={() => showPort(p)}
                  title="Select this port's link in the topology"
                >
                  {p.name}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
