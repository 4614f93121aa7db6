/** React host of the three.js PlantView. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Icon } from '../app/Icon.tsx';
import { useViewData } from '../editor/useViewData.ts';
import { marginColor } from '../editor/utilizationColor.ts';
import { PlanLegend } from '../planner/PlanLegend.tsx';
import { usePlanOverlay } from '../planner/usePlanOverlay.ts';
import { useApp } from '../state/appStore.ts';
import { select } from '../state/editActions.ts';
import { PlantView } from './PlantView.ts';

export let activePlantView: PlantView | null = null;

export function PlantPanel() {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<PlantView | null>(null);
  const data = useViewData();
  const dark = useApp((s) => s.theme === 'dark');
  const [animate, setAnimate] = useState(true);
  const plan = usePlanOverlay();
  const margins = useMemo(() => (data.last ? new Map(data.last.report.flows.map((f) => [f.id, f.margin])) : null), [data.last]);

  useEffect(() => {
    const v = new PlantView({
      onSelectNode: (id, additive) => select({ nodes: [id], links: [] }, additive),
      onSelectLink: (key, additive) => select({ nodes: [], links: [key] }, additive),
      onBackground: () => select({ nodes: [], links: [] }),
    });
    v.mount(host.current!);
    view.current = v;
    activePlantView = v;
    return () => {
      v.dispose();
      if (activePlantView === v) activePlantView = null;
    };
  }, []);

  useEffect(() => {
    if (!view.current || !data.scenario) return;
    view.current.animate = animate;
    view.current.update({
      scenario: data.scenario,
      positions: data.positions,
      routes: data.analysis?.routes ?? new Map(),
      selection: data.selection,
      margins,
      utilization: data.utilization,
      dark,
      plan,
    });
  });

  return (
    <div className="view-frame plant" data-testid="plant">
      <div ref={host} className="plant-host" />
      <div className="float-toolbar">
        <button className="tool" onClick={() => view.current?.fit()} title="Frame the whole plant">
          <Icon name="fit" size={15} /> Fit
        </button>
        <button className={`tool ${animate ? 'active' : ''}`} onClick={() => setAnimate((a) => !a)} title="Animate packets along each flow’s route">
          {animate ? (
            <>
              <Icon name="pause" size={15} /> Pause flows
            </>
          ) : (
            <>
              <Icon name="play" size={15} /> Animate flows
            </>
          )}
        </button>
      </div>
      <div className="legend">
        <span className="legend-title">Flows by requirement margin</span>
        {[
          ['failing', marginColor(-1)],
          ['< 20 % headroom', marginColor(0.1)],
          ['OK', marginColor(0.5)],
          ['no requirement / not run', marginColor(null)],
        ].map(([label, c]) => (
          <span key={label} className="legend-item">
            <span className="dot" style={{ background: c }} />
            {label}
          </span>
        ))}
      </div>
      {plan && <PlanLegend overlay={plan} place="at-bottom" />}
      <div className="view-hint">Drag to orbit · right-drag to pan · wheel to zoom · click a device or cable to select</div>
    </div>
  );
}
