/** Why the last run stopped (a worker failed, the scenario has problems), until the next run: the toast alone goes by too fast. */
import { useApp } from '../state/appStore.ts';
import { startRun } from '../state/runActions.ts';

export function RunErrorBanner() {
  const run = useApp((s) => s.run);
  if (run.status !== 'error') return null;
  return (
    <div className="stale-banner run-error" role="alert" data-testid="run-error">
      <span>{run.message}</span>
      {run.issues.length === 0 && (
        <button className="btn small" onClick={() => startRun()}>
          Run again
        </button>
      )}
    </div>
  );
}
