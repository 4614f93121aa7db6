/**
 * A pipeline flow's stages (issue 12 §1): read-only this round, as the scenario writes them, and after
 * a run each path taken (share, mean and p99 latency) and each stage's mean wait and service.
 */
import { type FlowReport, formatPercent, formatTime, type ScenarioJson } from '../../sim/api/index.ts';

type Stage = NonNullable<ScenarioJson['flows'][number]['pipeline']>[number];

function escalation(s: Stage): string {
  const e = s.escalate;
  if (!e) return '';
  return 'probability' in e ? ` · escalates ${formatPercent(e.probability)} to ${e.to}` : ` · escalates to ${e.to} below confidence ${e.below}`;
}

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? undefined : 'distribution');

export function PipelineBreakdown({ stages, result }: { stages: Stage[]; result?: FlowReport['pipeline'] }) {
  return (
    <fieldset className="stats" data-testid="pipeline-stages">
      <legend title="The stages this flow's items are served at in turn (edit them in the scenario file this round).">Pipeline stages</legend>
      {stages.map((s, k) => {
        const r = result?.stages[k];
        return (
          <div key={s.id} className="stat" data-stage={s.id}>
            <span className="stat-label">
              {s.id} at {s.at}
              {s.model ? ` (${s.model})` : ''}
              {text(s.service) ? ` · ${text(s.service)}` : ''}
              {escalation(s)}
            </span>
            {r && (
              <span className="stat-value" title="items served · mean wait · mean service">
                {r.items} · {formatTime(r.meanWait, { digits: 3 })} · {formatTime(r.meanService, { digits: 3 })}
              </span>
            )}
          </div>
        );
      })}
      {result && (
        <>
          <div className="stat">
            <span className="stat-label">escalated</span>
            <span className="stat-value" data-testid="pipeline-escalated">
              {result.escalated === null ? '–' : formatPercent(result.escalated)}
            </span>
          </div>
          {result.paths.map((p) => (
            <div key={p.stages.join('→')} className="stat" data-path={p.stages.join('→')} title="share of items · mean · p99 latency end to end">
              <span className="stat-label">{p.stages.join(' → ')}</span>
              <span className="stat-value">
                {formatPercent(p.share)} · {formatTime(p.latency?.mean, { digits: 2 })} · {formatTime(p.latency?.p99, { digits: 2 })}
              </span>
            </div>
          ))}
        </>
      )}
    </fieldset>
  );
}
