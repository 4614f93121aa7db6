/** The results view: summary, the requirements table and the charts, all following the focused flow. */
import { useMemo } from 'react';
import { formatCount, parseQuantity } from '../../sim/api/index.ts';
import { useApp } from '../state/appStore.ts';
import { BoundsCard } from './bounds/BoundsCard.tsx';
import { BoundsFacts } from './bounds/BoundsFacts.tsx';
import { ChartCard } from './ChartCard.tsx';
import { CompareRuns } from './CompareRuns.tsx';
import { drawCdf } from './charts/drawCdf.ts';
import { drawCompute } from './charts/drawCompute.ts';
import { drawHeatmap } from './charts/drawHeatmap.ts';
import { drawPdvHistogram } from './charts/drawPdvHistogram.ts';
import { drawThroughput } from './charts/drawThroughput.ts';
import { METRIC_INFO } from './metricInfo.ts';
import { RequirementsTable } from './RequirementsTable.tsx';
import { RunErrorBanner } from './RunErrorBanner.tsx';
import { StaleBanner } from './StaleBanner.tsx';

export function ResultsView() {
  const last = useApp((s) => s.lastReport);
  const focus = useApp((s) => s.selection.flow);
  const flows = useApp((s) => s.doc?.scenario.flows);
  const route = useApp((s) => (s.selection.flow ? s.analysis?.routes.get(s.selection.flow) : undefined));
  const r = last?.report;
  const focusFlow =
    r?.flows.find((f) => f.id === focus) ?? (r ? [...r.flows].filter((f) => f.margin !== null).sort((a, b) => a.margin! - b.margin!)[0] : undefined);
  const bounds = useMemo(() => {
    const spec = flows?.find((f) => f.id === focusFlow?.id)?.requirement;
    const q = (v: unknown) => (typeof v === 'string' ? safe(() => parseQuantity(v, 'time')) : null);
    return { latency: q(spec?.latency), jitter: q(spec?.jitter) };
  }, [flows, focusFlow?.id]);
  if (!r) {
    return (
      <div className="results-view empty" data-testid="results-view">
        <RunErrorBanner />
        <div className="empty-results big">
          <h2>No results yet</h2>
          <p>
            Press <kbd>▶ Run</kbd> (or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>) to simulate every packet of this plant in the background and check each flow against
            its requirement.
          </p>
        </div>
      </div>
    );
  }
  const focusLinks = route ? new Set(route.links) : null;
  return (
    <div className="results-view" data-testid="results-view">
      <RunErrorBanner />
      <StaleBanner />
      <div className="run-facts">
        <span>
          <b>{r.scenario}</b>
        </span>
        <span>{r.simulated} s simulated</span>
        <span>seed {r.seed}</span>
        <span>
          {r.replications} replication{r.replications > 1 ? 's' : ''}
        </span>
        <span>{formatCount(r.events)} events</span>
        <span>{r.wallSeconds.toFixed(2)} s wall</span>
        <BoundsFacts />
      </div>
      <div className="results-grid">
        <div className="results-table">
          <RequirementsTable />
        </div>
        <div className="charts">
          {focusFlow && <BoundsCard flow={focusFlow.id} />}
          <ChartCard
            title={focus ? `Latency CDF — ${focus}` : 'Latency CDF — all flows'}
            info={METRIC_INFO.cdf}
            testId="chart-cdf"
            draw={(svg, w, h) => drawCdf(svg, w, h, r.flows, focus, focus ? bounds.latency : null)}
            deps={[r, focus, bounds.latency]}
          />
          <ChartCard
            title={`Delay variation — ${focusFlow?.id ?? ''}`}
            info={METRIC_INFO.pdvHist}
            testId="chart-pdv"
            draw={(svg, w, h) => drawPdvHistogram(svg, w, h, focusFlow, bounds.jitter)}
            deps={[r, focusFlow, bounds.jitter]}
          />
          <ChartCard
            title={focus ? `Throughput over time — ${focus}` : 'Throughput over time — busiest flows'}
            info={METRIC_INFO.timeline}
            testId="chart-throughput"
            draw={(svg, w, h) => drawThroughput(svg, w, h, r, focus)}
            deps={[r, focus]}
          />
          <ChartCard
            title={focusLinks ? `Link utilization — path of ${focus}` : 'Link utilization over time'}
            info={METRIC_INFO.heatmap}
            testId="chart-heatmap"
            draw={(svg, w, h) => drawHeatmap(svg, w, h, r, focusLinks)}
            deps={[r, route]}
          />
          <ChartCard
            title="Compute utilization"
            info={METRIC_INFO.computeUtil}
            testId="chart-compute"
            draw={(svg, w, h) => drawCompute(svg, w, h, r)}
            deps={[r]}
          />
        </div>
      </div>
      <CompareRuns />
    </div>
  );
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
