/**
 * What the planner's and the scheduler's summaries say about the working scenario: their result is in
 * it (run it, or undo), or it changed since (do it again).
 */
import type { ReactNode } from 'react';
import { undo } from '../state/editActions.ts';
import { startRun } from '../state/runActions.ts';

export function InScenarioNote({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <span className="plan-note good" data-testid={testId}>
      {children}{' '}
      <button className="linklike" onClick={() => startRun()}>
        Run it
      </button>{' '}
      ·{' '}
      <button className="linklike" onClick={undo}>
        Undo
      </button>
    </span>
  );
}

export function ChangedSinceNote({ testId, what, again, onAgain }: { testId: string; what: string; again: string; onAgain: () => void }) {
  return (
    <span className="plan-note warn" data-testid={testId}>
      The scenario changed since this {what}.{' '}
      <button className="linklike" onClick={onAgain}>
        {again}
      </button>
    </span>
  );
}
