/**
 * Ctrl+F: find a device, link or flow by name and fly to it in the topology. A device inside a
 * collapsed group opens the group; a flow is focused (its path lights up) and the view flies to its source.
 */
import { useMemo, useState } from 'react';
import { linkId } from '../../sim/api/index.ts';
import { drawableScenario } from '../model/drawableScenario.ts';
import { type Found, findInScenario } from '../model/findInScenario.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { select, selectFlow } from '../state/editActions.ts';
import { revealNode } from '../state/groupActions.ts';
import { activeTopologyView } from './TopologyPanel.tsx';

export function goTo(f: Found): void {
  const s = appStore.get();
  if (!s.doc) return;
  const scenario = drawableScenario(s.doc.scenario);
  let at = f.id;
  if (f.kind === 'node') select({ nodes: [f.id], links: [] });
  if (f.kind === 'link') {
    const l = scenario.links.find((k) => linkId(k) === f.id);
    at = l?.from ?? f.id;
    if (l) revealNode(l.to);
    select({ nodes: [], links: [f.id] });
  }
  if (f.kind === 'flow') {
    const flow = scenario.flows.find((k) => k.id === f.id);
    at = typeof flow?.from === 'string' ? flow.from : f.id;
    if (s.selection.flow !== f.id) selectFlow(f.id);
  }
  revealNode(at);
  if (s.view !== 'editor' && s.view !== 'split') appStore.set({ view: 'editor' });
  activeTopologyView?.flyToWhenDrawn(at);
}

export function FindDialog() {
  const open = useApp((s) => s.findOpen);
  const scenario = useApp((s) => s.doc?.scenario ?? null);
  const [q, setQ] = useState('');
  const [i, setI] = useState(0);
  const hits = useMemo(() => (scenario ? findInScenario(drawableScenario(scenario), q) : []), [scenario, q]);
  if (!open) return null;
  const close = () => appStore.set({ findOpen: false });
  const go = (f: Found) => {
    close();
    goTo(f);
  };
  return (
    <div className="modal-back" onClick={close}>
      <div className="palette-dialog" onClick={(e) => e.stopPropagation()} role="dialog" aria-label="Find" data-testid="find">
        <input
          autoFocus
          placeholder="Find a device, link or flow by name…"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setI(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setI((k) => Math.min(hits.length - 1, k + 1));
            if (e.key === 'ArrowUp') setI((k) => Math.max(0, k - 1));
            if (e.key === 'Enter' && hits[i]) go(hits[i]);
            if (e.key === 'Escape') close();
            e.stopPropagation();
          }}
        />
        <ul>
          {hits.map((f, k) => (
            <li key={`${f.kind}:${f.id}`} className={k === i ? 'on' : ''} onMouseEnter={() => setI(k)} onClick={() => go(f)} data-found={f.id}>
              <span>{f.id}</span>
              <kbd>
                {f.kind} · {f.detail}
              </kbd>
            </li>
          ))}
          {q.trim() !== '' && hits.length === 0 && <li className="empty">Nothing named “{q.trim()}”</li>}
        </ul>
      </div>
    </div>
  );
}
