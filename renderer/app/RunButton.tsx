/** Run / Cancel with a progress bar; the simulation itself runs in workers, so the UI stays responsive. */
import { useEffect, useState } from 'react';
import { useApp } from '../state/appStore.ts';
import { cancelRun, startRun } from '../state/runActions.ts';

export function RunButton() {
  const run = useApp((s) => s.run);
  const issues = useApp((s) => s.analysis?.issues.length ?? 0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (run.status !== 'running') return;
    const t = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(t);
  }, [run.status]);
  if (run.status === 'running') {
    const pct = Math.round(run.fraction * 100);
    const elapsed = Math.max(0, (now || performance.now()) - run.started) / 1000;
    return (
      <div className="run-box running" data-testid="run-progress">
        <div className="progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
          <div className="progress-fill" style={{ width: `${pct}%` }} />
          <span className="progress-text">
            {run.preview ? 'Preview' : 'Simulating'}… {pct} % · {elapsed.toFixed(1)} s
          </span>
        </div>
        <button className="btn danger small" onClick={cancelRun} data-testid="cancel-run" title="Stop the simulation (Esc)">
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="run-box">
      <button
        className="btn run"
        onClick={() => startRun()}
        disabled={issues > 0}
        title={issues > 0 ? 'Fix the problems listed in the inspector first' : 'Simulate the plant (Ctrl+Enter)'}
        data-testid="run"
      >
        ▶ Run
      </button>
    </div>
  );
}
