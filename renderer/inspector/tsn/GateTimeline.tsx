/**
 * One gate cycle as a timeline: a row per traffic class (7 at the top), a block per entry as
 * long as its duration, filled where the class's gate is open. Click a block to pick its entry.
 */
import { CLASSES, type GateSegment } from '../../model/gateList.ts';
import { shortPs } from '../../../sim/api/index.ts';

export function GateTimeline({
  cyclePs,
  segments,
  selected,
  onSelect,
}: {
  cyclePs: number;
  segments: GateSegment[];
  selected: number | null;
  onSelect: (i: number) => void;
}) {
  const total = Math.max(
    cyclePs,
    segments.reduce((a, s) => a + s.durationPs, 0),
  );
  return (
    <div className="gate-timeline" data-testid="gate-timeline" aria-label="Gate states over one cycle">
      {[...CLASSES].reverse().map((c) => (
        <div key={c} className="gate-row">
          <span className="gate-class">{c}</span>
          <div className="gate-track">
            {segments.map((s) => {
              const open = ((s.mask >> c) & 1) === 1;
              const overrun = s.startPs + s.durationPs > cyclePs;
              return (
                <div
                  key={s.index}
                  className={`gate-seg ${open ? 'open' : 'closed'} ${selected === s.index ? 'selected' : ''} ${overrun ? 'overrun' : ''}`}
                  style={{ left: `${(s.startPs / total) * 100}%`, width: `${(s.durationPs / total) * 100}%` }}
                  data-entry={s.index}
                  data-open={open}
                  title={`entry ${s.index + 1}: [${shortPs(s.startPs)}, ${shortPs(s.startPs + s.durationPs)}) — class ${c} ${open ? 'open' : 'closed'}`}
                  onClick={() => onSelect(s.index)}
                />
              );
            })}
          </div>
        </div>
      ))}
      <div className="gate-axis">
        <span>0</span>
        <span>{shortPs(cyclePs / 2)}</span>
        <span>{shortPs(cyclePs)}</span>
      </div>
    </div>
  );
}
