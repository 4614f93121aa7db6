/** The ports' gate schedules over the hyperperiod, as a d3 timeline that follows the focused flow. */
import { useMemo, useState } from 'react';
import { useChart } from '../results/charts/useChart.ts';
import { useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { drawGateSchedule, scheduleChartHeight } from './drawGateSchedule.ts';
import { windowsExtent } from './scheduleRows.ts';
import type { Schedule } from '../../sim/api/index.ts';

export function GateScheduleCard({ schedule }: { schedule: Schedule }) {
  const focus = useApp((s) => s.selection.flow);
  const extent = useMemo(() => windowsExtent(schedule), [schedule]);
  const worthZooming = extent.endPs - extent.startPs < 0.6 * schedule.hyperperiodPs;
  const [zoomed, setZoomed] = useState(true);
  const view = zoomed && worthZooming ? extent : { startPs: 0, endPs: schedule.hyperperiodPs };
  const ref = useChart((svg, w, h) => drawGateSchedule(svg, w, h, schedule, view, focus, (f) => selectFlow(f)), [schedule, focus, view.startPs, view.endPs]);
  return (
    <section className="planner-card" data-testid="gate-schedule">
      <header className="planner-card-head">
        <h3
          title={
            'Each row is an egress port; coloured blocks are the windows of the scheduled class, one colour per ' +
            "flow; shaded spans are when the other classes' gates are shut (the windows and their guard bands)."
          }
        >
          Gate windows over the hyperperiod <span className="info-dot">?</span>
        </h3>
        <span className="muted">
          click a window to follow its flow
          {worthZooming && (
            <>
              {' · '}
              <button className="linklike" data-testid="schedule-zoom" onClick={() => setZoomed(!zoomed)}>
                {zoomed ? 'show the whole hyperperiod' : 'zoom to the windows'}
              </button>
            </>
          )}
        </span>
      </header>
      <svg ref={ref} className="gate-schedule-chart" style={{ height: scheduleChartHeight(schedule) }} role="img" aria-label="Gate windows per port" />
    </section>
  );
}
