/** What "Add" will do: the flows, what else changes, what the workload asks of links and accelerators, and any problem the core sees. */
import { formatRoute, scenarioFlowEnds } from '../format/formatRoute.ts';
import { describePattern, describeRequirement, describeService } from './describeFlow.ts';
import type { Preview } from './previewWorkload.ts';
import type { Demand } from './workloadDemand.ts';
import { formatPercent, formatRate } from '../../sim/api/index.ts';

const SHOWN_LINKS = 4;
const tone = (u: number) => (u > 1 ? 'bad' : u > 0.8 ? 'low' : '');

function DemandSummary({ demand }: { demand: Demand }) {
  const total = demand.flows.reduce((a, f) => a + f.bps, 0);
  const links = demand.links.slice(0, SHOWN_LINKS);
  return (
    <div className="demand" data-testid="workload-demand">
      <div>
        <b>Network:</b> {formatRate(total)} of new traffic{demand.flows.length > 1 ? ` (${formatRate(total / demand.flows.length)} per flow)` : ''}, mean rates,
        framing included on links.
      </div>
      {links.length > 0 && (
        <table className="demand-table">
          <tbody>
            {links.map((l) => (
              <tr key={l.dir}>
                <td>{l.dir}</td>
                <td className="muted">{formatRate(l.rateBps)}</td>
                <td className="num">{formatPercent(l.before / l.rateBps)}</td>
                <td className="muted">→</td>
                <td className={`num ${tone(l.after / l.rateBps)}`}>{formatPercent(l.after / l.rateBps)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {demand.compute.map((c) => {
        const u = c.after / c.servers;
        return (
          <div key={c.node} className={tone(u)} data-testid="workload-compute">
            <b>Compute:</b> {c.node} ({c.servers} server{c.servers === 1 ? '' : 's'}) goes from {c.before.toFixed(2)} to {c.after.toFixed(2)} busy servers on
            average — {formatPercent(u)} utilized
            {c.batched ? ' with full batches' : ''}
            {u > 1
              ? ': more than it can serve. Plan an upgrade (more accelerators, an edge server) in the Planner.'
              : u > 0.8
                ? ': close to saturation, expect queueing.'
                : '.'}
          </div>
        );
      })}
    </div>
  );
}

export function WorkloadPreview({ preview }: { preview: Preview }) {
  if (!preview.ok) {
    return (
      <div className="preview-problems" role="alert" data-testid="workload-problems">
        {preview.problems.map((p) => (
          <div key={p}>{p}</div>
        ))}
      </div>
    );
  }
  return (
    <div className="workload-preview" data-testid="workload-preview">
      <table className="plan-table preview-table">
        <thead>
          <tr>
            <th>flow</th>
            <th>route</th>
            <th>packets</th>
            <th>requirement</th>
            <th>compute</th>
          </tr>
        </thead>
        <tbody>
          {preview.flows.map((f) => (
            <tr key={f.id} data-preview-flow={f.id}>
              <td className="mono">{f.id}</td>
              <td>{formatRoute(scenarioFlowEnds(f))}</td>
              <td>
                {String(f.size ?? '')} {describePattern(f)}
              </td>
              <td>{describeRequirement(f)}</td>
              <td className="muted">{describeService(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.nodes.map((n) => (
        <div key={n.id} className="preview-note">
          Also changes {n.id}: {n.note}.
        </div>
      ))}
      {preview.issues.length > 0 ? (
        <div className="preview-problems" role="alert" data-testid="workload-issues">
          <b>The scenario would not run with this workload:</b>
          {preview.issues.map((i) => (
            <div key={i}>{i}</div>
          ))}
        </div>
      ) : (
        preview.demand && <DemandSummary demand={preview.demand} />
      )}
    </div>
  );
}
