/** The bound as a stacked bar of its shares (ports in route order, the compute node), with the simulated maximum marked on the same scale. */
import { seriesColor } from '../charts/palette.ts';
import type { Share } from './flowBounds.ts';
import { formatTime } from '../../../sim/api/index.ts';

export function BoundStack({ shares, bound, simulatedMax }: { shares: Share[]; bound: number; simulatedMax: number | null }) {
  const scale = Math.max(bound, simulatedMax ?? 0) || 1;
  const total = shares.reduce((a, s) => a + Math.max(0, s.seconds), 0) || 1;
  return (
    <div className="bound-stack" data-testid="bound-stack">
      <div className="bound-stack-bar" style={{ width: `${(bound / scale) * 100}%` }}>
        {shares.map((s, i) => (
          <div
            key={s.key}
            className={`bound-seg ${s.kind}`}
            data-share={s.label}
            style={{ flexGrow: Math.max(0, s.seconds) / total, background: seriesColor(i) }}
            title={`${s.label}: ${formatTime(s.seconds)} (${Math.round((s.seconds / bound) * 100)} % of the bound)`}
          />
        ))}
      </div>
      {simulatedMax !== null && (
        <div
          className={`bound-sim-mark ${simulatedMax > bound ? 'over' : ''} ${simulatedMax / scale > 0.8 ? 'end' : ''}`}
          style={{ left: `${Math.min(1, simulatedMax / scale) * 100}%` }}
          title={`simulated maximum ${formatTime(simulatedMax)}`}
        >
          <span>sim. max</span>
        </div>
      )}
      <ul className="bound-legend">
        {shares.map((s, i) => (
          <li key={s.key}>
            <span className="share-swatch" style={{ background: seriesColor(i) }} />
            {s.label} <b>{formatTime(s.seconds)}</b>
          </li>
        ))}
      </ul>
    </div>
  );
}
