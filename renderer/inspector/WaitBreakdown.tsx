/**
 * Where the flow's packets waited: each egress queue on its route (a port: the node it leaves and the link),
 * and the compute node (the core's attribution). A row selects the port it names (or the compute node), so
 * the topology marks it and the inspector opens that switch's ports with the row marked.
 */
import { type FlowReport, formatTime, maxOf } from '../../sim/api/index.ts';
import { select } from '../state/editActions.ts';
import { selectPort } from './selectPort.ts';

export function WaitBreakdown({ attribution }: { attribution: FlowReport['attribution'] }) {
  const rows = [
    // a pipeline's legs may cross one port twice (to a stage and back): the row's key keeps its place
    ...attribution.hops.map((h, k) => ({ key: `${h.from}→${h.to}`, id: k, mean: h.meanWait, max: h.maxWait, pick: () => selectPort(h.from, h.link) })),
    ...(attribution.compute
      ? [
          {
            key: `${attribution.compute.id} (compute queue)`,
            id: -1,
            mean: attribution.compute.meanWait,
            max: attribution.compute.maxWait,
            pick: (
              (id: string) => () =>
                select({ nodes: [id], links: [] })
            )(attribution.compute.id),
          },
        ]
      : []),
  ];
  const worst = Math.max(maxOf(rows.map((r) => r.max)), 0);
  if (rows.length === 0) return null;
  return (
    <fieldset className="stats" data-testid="wait-breakdown">
      <legend title="Mean and largest time this flow's packets waited in each queue along their route, as measured by the simulation.">Where it waits</legend>
      {rows.map((r) => (
        <div
          key={`${r.id}:${r.key}`}
          className={`stat ${r.max === worst && worst > 0 ? 'hot' : ''}`}
          title="mean wait · largest wait — click to select this port"
          role="button"
          tabIndex={0}
          style={{ cursor: 'pointer' }}
          data-port={r.key}
          onClick={r.pick}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') r.pick();
          }}
        >
          <span className="stat-label">{r.key}</span>
          <span className="stat-value">
            {formatTime(r.mean, { digits: 2 })} · {formatTime(r.max, { digits: 2 })}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
