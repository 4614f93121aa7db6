/** The editing workspace: palette, the chosen view(s), inspector, requirements drawer. */
import { Palette } from '../editor/Palette.tsx';
import { TopologyPanel } from '../editor/TopologyPanel.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { PlannerView } from '../planner/PlannerView.tsx';
import { PlantPanel } from '../plant/PlantPanel.tsx';
import { ResultsDrawer } from '../results/ResultsDrawer.tsx';
import { ResultsView } from '../results/ResultsView.tsx';
import { ScheduleView } from '../schedule/ScheduleView.tsx';
import { useApp } from '../state/appStore.ts';

export function Workspace() {
  const view = useApp((s) => s.view);
  const full = view === 'results' || view === 'planner' || view === 'schedule';
  return (
    <div className={`workspace view-${view}`}>
      {!full && view !== 'plant' && <Palette />}
      <div className="center">
        {view === 'results' ? (
          <ResultsView />
        ) : view === 'planner' ? (
          <PlannerView />
        ) : view === 'schedule' ? (
          <ScheduleView />
        ) : (
          <>
            <div className="views-row">
              {(view === 'editor' || view === 'split') && <TopologyPanel />}
              {(view === 'plant' || view === 'split') && <PlantPanel />}
            </div>
            <ResultsDrawer />
          </>
        )}
      </div>
      {!full && <Inspector />}
    </div>
  );
}
