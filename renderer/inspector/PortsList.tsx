/**
 * A switch's ports: one row per link, in file order (the port numbers the core gives), with the
 * device at the other end, the rate, and after a run the utilization and mean wait out of this
 * port. A row selects its port (this node and the link): the topology marks both, the row stays marked.
 */
import { formatPercent, formatTime, linkId } from '../../sim/api/index.ts';
import { drawableScenario } from '../model/drawableScenario.ts';
import { useApp } from '../state/appStore.ts';
import { selectPort } from './selectPort.ts';

export function PortsList({ node }: { node: string }) {
  const links = useApp((s) => drawableScenario(s.doc!.scenario).links);
  const report = useApp((s) => s.lastReport?.report ?? null);
  const selected = useApp((s) => s.selection.links);
  const ports = links.filter((l) => l.from === node || l.to === node);
  if (ports.length === 0) return null;
  return (
    <fieldset>
      <legend>Ports ({ports.length})</legend>
      <table className="ports" data-testid="ports">
        <thead>
          <tr>
            <th>#</th>
            <th>to</th>
            <th>rate</th>
            {report && <th title="busiest out of this port">out util.</th>}
            {report && <th>mean wait</th>}
          </tr>
        </thead>
        <tbody>
          {ports.map((l, i) => {
            const key = linkId(l);
            const peer = l.from === node ? l.to : l.from;
            const out = report?.links.find((r) => r.id === key && r.from === node);
            return (
              <tr key={key} data-link={key} className={selected.includes(key) ? 'on' : ''} onClick={() => selectPort(node, key)}>
                <td>{i + 1}</td>
                <td>{peer}</td>
                <td>{String(l.rate)}</td>
                {report && <td>{out ? formatPercent(out.utilization) : '—'}</td>}
                {report && <td>{out ? formatTime(out.meanWait) : '—'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
