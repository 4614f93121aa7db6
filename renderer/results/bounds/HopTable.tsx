/**
 * Per port of the route that sets the bound: its share and what makes it up — service latency, burst,
 * blocking, cable and switch — and, on a full-width row below, why (scheduler, TSN mechanisms, the
 * flows it competes with).
 */
import { Fragment } from 'react';
import { formatRate, formatTime, type HopBound, type PortBound } from '../../../sim/api/index.ts';
import { useApp } from '../../state/appStore.ts';
import { seriesColor } from '../charts/palette.ts';

const MAX_NAMES = 4;

/** The flows a hop competes with, by relation: how many (the hop), the first names (its port's classes, the flow's own left out). */
function competitors(h: HopBound, port: PortBound | undefined, flow: string): string[] {
  const own = (name: string) => name === flow || name.startsWith(`${flow} (`);
  const n = h.interferers;
  const groups: [string, number, (p: number | null) => boolean][] =
    h.scheduler === 'fifo'
      ? [['FIFO', n.same, () => true]]
      : [
          ['higher priority', n.higher, (p) => p !== null && p > h.priority],
          ['same class', n.same, (p) => p === h.priority],
          ['lower priority (blocking)', n.lower, (p) => p !== null && p < h.priority],
        ];
  return groups.flatMap(([rel, count, keep]) => {
    if (count === 0) return [];
    const names = (port?.classes ?? [])
      .filter((c) => keep(c.priority))
      .flatMap((c) => c.flows)
      .filter((f) => !own(f))
      .slice(0, MAX_NAMES);
    return [`${rel}: ${names.join(', ')}${count > names.length ? ` +${count - names.length}` : ''}`];
  });
}

const t = (s: number | null) => (s === null ? '—' : formatTime(s));

export function HopTable({ hops, colours, flow }: { hops: HopBound[]; colours: Map<string, number>; flow: string }) {
  const ports = useApp((s) => s.bounds?.report?.ports);
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
            const why = competitors(
              h,
              ports?.find((p) => p.port === h.port),
              flow,
            );
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
