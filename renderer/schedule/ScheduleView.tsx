/**
 * The Schedules view: what to schedule on the left (the time-critical flows or a choice, bounded
 * waiting), the result on the right — the schedule with its port timelines and flow offsets,
 * Apply and Export YANG; or, when none exists, the conflicts naming flows and ports.
 */
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import type { ScheduleResult } from '../state/AppState.ts';
import { useApp } from '../state/appStore.ts';
import { ConflictList } from './ConflictList.tsx';
import { GateScheduleCard } from './GateScheduleCard.tsx';
import { ScheduleControls } from './ScheduleControls.tsx';
import { ScheduledFlowsTable } from './ScheduledFlowsTable.tsx';
import { ScheduleSummary } from './ScheduleSummary.tsx';

export function ScheduleView() {
  const result = useApp((s) => (s.schedule.status === 'done' ? s.schedule.result : null));
  return (
    <div className="planner-view schedule-view" data-testid="schedule-view">
      <aside className="planner-side" aria-label="Schedule settings">
        <ScheduleControls />
      </aside>
      <div className="planner-main">
        <ErrorBoundary what="schedule">{result ? <ScheduleReport result={result} /> : <ScheduleIntro />}</ErrorBoundary>
      </div>
    </div>
  );
}

function ScheduleReport({ result }: { result: ScheduleResult }) {
  const s = result.schedule;
  return (
    <>
      <ScheduleSummary result={result} />
      {s.ok ? (
        <>
          <GateScheduleCard schedule={s} />
          <ScheduledFlowsTable result={result} />
        </>
      ) : (
        <ConflictList conflicts={s.conflicts} />
      )}
    </>
  );
}

function ScheduleIntro() {
  return (
    <section className="planner-card planner-intro">
      <h2>Gate schedules: every time-critical frame through the network without waiting</h2>
      <ol className="steps">
        <li>
          The synthesizer takes the periodic flows with a latency requirement (the highest priority ones, or those you pick) and gives each a send offset and,
          on every port it crosses, a window of the time-aware shaper (802.1Qbv) when only its class may send.
        </li>
        <li>
          No two windows overlap and each frame crosses its hops without queueing (or, if you allow it, waiting a bounded time), so its latency holds whatever
          the other traffic does; a guard band keeps other frames from running into a window.
        </li>
        <li>
          When no schedule exists it says which flows and ports conflict, and why: a path too slow for its deadline, a port with more to carry than time, two
          flows whose periods leave no room.
        </li>
        <li>
          Apply writes the gate control lists and offsets into the scenario (one edit, Ctrl+Z undoes it); run to see every scheduled flow meet its deadline with
          no loss. Export writes IEEE 802.1Qcw YANG (JSON) to load into the switches.
        </li>
      </ol>
    </section>
  );
}
