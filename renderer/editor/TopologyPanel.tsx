/** React host of the d3 TopologyView: feeds it the store, turns its events into actions. */
import { useEffect, useRef } from 'react';
import { dropImportedDevice, IMPORTED_DEVICE } from '../importer/importedDevices.ts';
import { addLink, addNode, moveNodes } from '../model/edits.ts';
import { PlanLegend } from '../planner/PlanLegend.tsx';
import { usePlanOverlay } from '../planner/usePlanOverlay.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { applyEdit, select } from '../state/editActions.ts';
import { toggleGroup } from '../state/groupActions.ts';
import { toast } from '../state/toast.ts';
import { EditorToolbar } from './EditorToolbar.tsx';
import { usePlacedView } from './layout/usePlacedView.ts';
import { TopologyView } from './TopologyView.ts';
import { useCollapsedView } from './useCollapsedView.ts';
import { useViewData } from './useViewData.ts';
import type { NodeType } from '../../sim/api/index.ts';

export let activeTopologyView: TopologyView | null = null;

function nodeClick(id: string, additive: boolean): void {
  const { connectMode, connectFrom } = appStore.get();
  if (!connectMode) return select({ nodes: [id], links: [] }, additive);
  if (!connectFrom) return appStore.set({ connectFrom: id });
  if (connectFrom === id) return appStore.set({ connectFrom: null });
  let key = '';
  applyEdit(`connect ${connectFrom}–${id}`, (s) => {
    const r = addLink(s, connectFrom, id);
    key = r.key;
    return r.scenario;
  });
  appStore.set({ connectFrom: null, selection: { nodes: [], links: [key], flow: appStore.get().selection.flow } });
  toast(`Connected ${connectFrom} and ${id} at 1 Gb/s — edit the rate in the inspector`);
}

export function TopologyPanel() {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<TopologyView | null>(null);
  const data = useViewData();
  const connectFrom = useApp((s) => s.connectFrom);
  const connecting = useApp((s) => s.connectMode);
  const plan = usePlanOverlay();
  const { view: collapsed, aggregates } = useCollapsedView(data.scenario, data.positions, data.utilization, data.analysis, data.last);
  const placed = usePlacedView(collapsed, data.scenario);

  useEffect(() => {
    const v = new TopologyView({
      onNodeClick: nodeClick,
      onSelect: (sel, additive) => select(sel, additive),
      onBackground: () => {
        if (!appStore.get().connectMode) select({ nodes: [], links: [] });
      },
      onMove: (moves) => applyEdit(moves.size > 1 ? `move ${moves.size} devices` : `move ${[...moves.keys()][0]}`, (s) => moveNodes(s, moves)),
      onDropDevice: (type, at) => {
        if (type.startsWith(IMPORTED_DEVICE)) return void dropImportedDevice(type, at);
        let id = '';
        applyEdit(`add ${type}`, (s) => {
          const r = addNode(s, type as NodeType, at);
          id = r.id;
          return r.scenario;
        });
        select({ nodes: [id], links: [] });
      },
      onToggleGroup: toggleGroup,
    });
    v.mount(host.current!);
    view.current = v;
    activeTopologyView = v;
    return () => {
      v.dispose();
      if (activeTopologyView === v) activeTopologyView = null;
    };
  }, []);

  useEffect(() => {
    if (!data.scenario || !placed || !view.current) return;
    view.current.update({
      scenario: data.scenario,
      positions: data.positions,
      ...placed,
      aggregates,
      rates: data.rates,
      selection: data.selection,
      highlight: data.highlight,
      utilization: data.utilization,
      connectFrom,
      connecting,
      issueNodes: data.issues.nodes,
      issueLinks: data.issues.links,
      plan,
    });
  });

  return (
    <div className="view-frame" data-testid="topology">
      <div ref={host} className="topology-host" />
      <EditorToolbar onFit={() => view.current?.fit()} hasUtilization={data.utilization !== null} />
      {plan && <PlanLegend overlay={plan} place="below-toolbar" />}
    </div>
  );
}
