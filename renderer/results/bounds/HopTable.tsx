/**
 * Per port of the route that sets the bound: its share and what makes it up — service latency, burst,
 * blocking, cable and switch — and, on a full-width row below, why (scheduler, TSN mechanisms, the
 * flows it competes with).
 */
import { Fragment } from 'react';
import { formatRate, formatTime, type HopBound } from '../../../sim/api/index.ts';
import { seriesColor } from '../charts/palette.ts';

type Relation = HopBound['interferers'][number]['relation'];

const RELATIONS: Relation[] = ['higher priority', 'same class', 'FIFO', 'lower priority (blocking)'];
const MAX_NAMES = 4;

function competitors(h: HopBound): string[] {
  return RELATIONS.flatMap((rel) => {
    const names = h.interferers.filter((i) => i.relation === rel).map((i) => i.flow);
    if (names.length === 0) return [];
    const shown = names.slice(0, MAX_NAMES).join(', ') + (names.length > MAX_NAMES ? ` +${names.length - MAX_NAMES}` : '');
    return [`${rel}: ${shown}`];
  });
}

const t = (s: number | null) => (s === null ? '—' : formatTime(s));

export function HopTable({ hops, colours }: { hops: HopBound[]; colours: Map<string, number> }) {
  return (
    <div className="table-scroll">
      <table className="plan-table hop-table" data-testid="bound-hops">
        <thead>
          <tr>
            <th>port</th>
            <th className="num" title="This port's share of the bound: the terms for the method used, cable and next switch included">
              share
            </th>
            <th className="num" title="Service latency of the port for this flow's class, packetization included (pay bursts only once)">
              latency
            </th>
            <th className="num" title="The flow's burst, paid once at its bottleneck port">
              burst
            </th>
            <th className="num" title="Time to send the lower-priority frames this flow cannot overtake">
              blocking
            </th>
            <th className="num" title="Propagation on the cable and the next switch's forwarding latency">
              cable, switch
            </th>
          </tr>
        </thead>
        <tbody>
          {hops.map((h) => {
            const c = colours.get(`${h.direction}:${h.port}`);
            const why = competitors(h);
            const key = `${h.direction}:${h.port}`;
            return (
              <Fragment key={key}>
                <tr className="hop-figures" data-port={`${h.from}→${h.to}`}>
                  <td>
                    {c !== undefined && <span className="share-swatch" style={{ background: seriesColor(c) }} />}
                    <b>
                      {h.from}→{h.to}
                    </b>
                    <div className="muted small">
                      {formatRate(h.rate)} · {h.scheduler === 'fifo' ? 'FIFO' : 'strict priority'}, class {h.priority}
                      {h.tsn?.length ? ` · ${h.tsn.join(' + ')}` : ''}
                      {h.direction !== 'request' ? ` · ${h.direction}` : ''}
                    </div>
                  </td>
                  <td className="num strong">{t(h.contribution)}</td>
                  <td className="num">{t(h.latency)}</td>
                  <td className="num">{h.burst > 0 ? formatTime(h.burst) : '—'}</td>
                  <td className="num">{h.blocking > 0 ? formatTime(h.blocking) : '—'}</td>
                  <td className="num">{formatTime(h.propagation + h.forwarding)}</td>
                </tr>
                <tr className="hop-why" data-why={`${h.from}→${h.to}`}>
                  <td className="why" colSpan={6}>
                    <ul>
                      {(h.terms ?? [])
                        .filter((x) => x.seconds !== 0)
                        .map((x, k) => (
                          <li key={k}>
                            <span className="term-source">{x.source}</span> {x.term}
                            {x.seconds !== null ? ` (${formatTime(x.seconds)})` : ''}
                          </li>
                        ))}
                      {why.length === 0 ? <li className="muted">no other flow competes here</li> : why.map((w) => <li key={w}>{w}</li>)}
                    </ul>
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
