/** Says when the results on screen came from an earlier version of the scenario. */
import { useApp } from '../state/appStore.ts';
import { startRun } from '../state/runActions.ts';

export function StaleBanner() {
  const stale = useApp((s) => !!s.lastReport && !!s.doc && s.lastReport.revision !== s.doc.revision);
  const preview = useApp((s) => s.lastReport?.preview ?? false);
  const previewSeconds = useApp((s) => s.lastReport?.report.simulated ?? 0);
  if (!stale && !preview) return null;
  return (
    <div className="stale-banner" data-testid="stale-banner">
      {stale
        ? 'The scenario changed since this run: these results are out of date.'
        : `Preview: the first ${preview ? previewSeconds : ''} s of the scenario, one replication. The full run is on its way.`}
      {stale && (
        <button className="btn small" onClick={() => startRun()}>
          Run again
        </button>
      )}
    </div>
  );
}
