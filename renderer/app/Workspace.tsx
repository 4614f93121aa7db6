/**
 * The editing workspace: palette, the chosen view(s), inspector, requirements drawer. Each part
 * has an error boundary of its own, so a part that fails shows what failed in its place and
 * the others go on working.
 */
import { Palette } from '../editor/Palette.tsx';
import { TopologyPanel } from '../editor/TopologyPanel.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { PlannerView } from '../planner/PlannerView.tsx';
import { PlantPanel } from '../plant/PlantPanel.tsx';
import { ResultsDrawer } from '../results/ResultsDrawer.tsx';
import { ResultsView } from '../results/ResultsView.tsx';
import { ScheduleView } from '../schedule/ScheduleView.tsx';
import { appStore, useApp } from '../state/appStore.ts';
import { select } from '../state/editActions.ts';
import { ErrorBoundary, type Recovery } from './ErrorBoundary.tsx';

const toTopology: Recovery = { label: 'Back to the topology', run: () => appStore.set({ view: 'editor' }) };
const deselect: Recovery = { label: 'Clear the selection', run: () => select({ nodes: [], links: [], flow: null }) };

export function Workspace() {
  const view = useApp((s) => s.view);
  const scenario = useApp((s) => s.doc?.scenario);
  const selection = useApp((s) => s.selection);
  const full = view === 'results' || view === 'planner' || view === 'schedule';
  return (
    <div className={`workspace view-${view}`}>
      {!full && view !== 'plant' && (
        <ErrorBoundary what="palette" className="palette" resetKey={scenario}>
          <Palette />
        </ErrorBoundary>
      )}
      <div className="center">
        {view === 'results' ? (
          <ErrorBoundary what="results view" className="view-frame" resetKey={scenario} recover={toTopology}>
            <ResultsView />
          </ErrorBoundary>
        ) : view === 'planner' ? (
          <ErrorBoundary what="planner" className="view-frame" resetKey={scenario} recover={toTopology}>
            <PlannerView />
          </ErrorBoundary>
        ) : view === 'schedule' ? (
          <ErrorBoundary what="schedules view" className="view-frame" resetKey={scenario} recover={toTopology}>
            <ScheduleView />
          </ErrorBoundary>
        ) : (
          <>
            <div className="views-row">
              {(view === 'editor' || view === 'split') && (
                <ErrorBoundary what="topology editor" className="view-frame" resetKey={scenario}>
                  <TopologyPanel />
                </ErrorBoundary>
              )}
              {(view === 'plant' || view === 'split') && (
                <ErrorBoundary what="3D plant" className="view-frame" resetKey={scenario}>
                  <PlantPanel />
                </ErrorBoundary>
              )}
            </div>
            <ErrorBoundary what="requirements table" className="drawer open" resetKey={scenario}>
              <ResultsDrawer />
            </ErrorBoundary>
          </>
        )}
      </div>
      {!full && (
        <ErrorBoundary what="inspector" className="inspector" resetKey={selection} recover={deselect}>
          <Inspector />
        </ErrorBoundary>
      )}
    </div>
  );
}
