/** The plant at a glance: devices by type, links by rate and medium, flows by application and priority. */
import { formatRate } from '../../scenario/format.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { parseQuantity } from '../../scenario/units.ts';
import { esc, section, table } from './html.ts';

/** Count of each key, the largest first (ties by key). */
function tally<T>(items: T[], key: (t: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A link's rate as text people read ("1 Gb/s"), whatever way the scenario wrote it. */
export function rateText(rate: unknown): string {
  try {
    return formatRate(typeof rate === 'number' ? rate : parseQuantity(String(rate), 'rate'));
  } catch {
    return String(rate);
  }
}

const count = (n: number) => n.toLocaleString('en-US');

export function plantSummary(s: ScenarioJson): string {
  const devices = tally(s.nodes, (n) => n.type);
  const links = tally(s.links, (l) => `${rateText(l.rate)}\u0000${l.medium ?? 'copper'}`);
  const flows = tally(s.flows, (f) => `${f.application ?? `(${f.pattern.type})`}\u0000${f.priority ?? 0}`);
  const required = (app: string, pcp: string) =>
    s.flows.filter((f) => (f.application ?? `(${f.pattern.type})`) === app && String(f.priority ?? 0) === pcp && f.requirement).length;
  const body = `<div class="facts">
<div><h3>Devices (${count(s.nodes.length)})</h3>${table(
    ['type', 'count'],
    devices.map(([t, n]) => [esc(t), count(n)]),
    [1],
  )}</div>
<div><h3>Links (${count(s.links.length)})</h3>${table(
    ['rate', 'medium', 'count'],
    links.map(([k, n]) => {
      const [rate, medium] = k.split('\u0000');
      return [esc(rate), esc(medium), count(n)];
    }),
    [2],
  )}</div>
<div><h3>Flows (${count(s.flows.length)})</h3>${table(
    ['application', 'priority', 'flows', 'with a requirement'],
    flows.map(([k, n]) => {
      const [app, pcp] = k.split('\u0000');
      return [esc(app), pcp, count(n), count(required(app, pcp))];
    }),
    [1, 2, 3],
  )}</div>
</div>`;
  return section('plant', 'Plant summary', body);
}
