import { METRIC_INFO } from '../results/metricInfo.ts';
import { utilizationColor } from './utilizationColor.ts';

export function UtilizationLegend() {
  const stops = [0, 0.25, 0.5, 0.75, 1];
  return (
    <div className="legend bottom" title={METRIC_INFO.utilization}>
      <span className="legend-title">Link utilization</span>
      <span className="legend-bar" style={{ background: `linear-gradient(90deg, ${stops.map((s) => utilizationColor(s)).join(',')})` }} />
      <span className="legend-scale">
        <span>0</span>
        <span>50 %</span>
        <span>100 %</span>
      </span>
    </div>
  );
}
