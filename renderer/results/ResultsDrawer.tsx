/** The requirements table docked under the editor and plant views, collapsible. */
import { appStore, useApp } from '../state/appStore.ts';
import { RequirementsTable } from './RequirementsTable.tsx';
import { RunErrorBanner } from './RunErrorBanner.tsx';
import { StaleBanner } from './StaleBanner.tsx';

export function ResultsDrawer() {
  const open = useApp((s) => s.resultsOpen);
  const has = useApp((s) => s.lastReport !== null);
  const summary = useApp((s) => s.lastReport?.report.summary);
  return (
    <section className={`drawer ${open ? 'open' : ''}`} data-testid="results-drawer">
      <button className="drawer-handle" onClick={() => appStore.set((s) => ({ resultsOpen: !s.resultsOpen }))} aria-expanded={open}>
        <span>{open ? '▾' : '▸'} Requirements</span>
        {summary && (
          <span className="drawer-summary">
            <span className="pill pass small">{summary.passed} pass</span>
            <span className="pill fail small">{summary.failed} fail</span>
          </span>
        )}
      </button>
      {open && (
        <div className="drawer-body">
          <RunErrorBanner />
          {has && <StaleBanner />}
          <RequirementsTable compact />
        </div>
      )}
    </section>
  );
}
