/**
 * The report as the tables `netloom run` prints. Past FLOW_ROWS flows (a large plant has tens of
 * thousands) only the failing flows are listed, worst margin first, and a line says how many are
 * left out; `all` lists every flow. The JSON report is always complete. The names it prints are made
 * printable here (a copy of a whole large report by printableDeep took longer than the table).
 */
import type { Report } from '../sim/api/index.ts';
import { count, percent, rate, table, time } from './format.ts';
import { llmTable } from './llmTable.ts';
import { printable as p } from './printable.ts';
import { pipelineTable } from './pipelineTable.ts';

/** flows listed in full; above this, the failing ones */
export const FLOW_ROWS = 50;

export function reportTable(r: Report, color: boolean, all = false): string {
  const paint = (text: string, code: number) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const out: string[] = [];
  const shown =
    all || r.flows.length <= FLOW_ROWS
      ? r.flows
      : r.flows.filter((f) => f.verdict === 'fail').sort((a, b) => (a.margin ?? -Infinity) - (b.margin ?? -Infinity));
  out.push(
    `${p(r.scenario)}: ${time(r.simulated)} simulated, seed ${r.seed}, ${r.replications} replication${r.replications === 1 ? '' : 's'}, ` +
      `${count(r.events)} events, ${count(r.packetHops)} packet-hops in ${r.wallSeconds.toFixed(2)} s`,
    '',
  );
  if (shown.length > 0)
    out.push(
      table(
        ['flow', 'route', 'sent', 'lost', 'mean', 'p99', 'max', 'jitter', 'throughput', 'verdict', 'margin'],
        shown.map((f) => [
          p(f.id),
          p(f.via ? `${f.from}→${f.via}→${f.to}` : f.pipeline ? [f.from, ...f.pipeline.stages.map((s) => s.at), f.to].join('→') : `${f.from}→${f.to}`),
          count(f.sent),
          f.lost === 0 ? '0' : `${count(f.lost)} (${percent(f.loss)})`,
          time(f.latency?.mean),
          time(f.latency?.p99),
          time(f.latency?.max),
          time(f.jitter?.pdv),
          rate(f.throughput),
          f.verdict === 'pass' ? paint('pass', 32) : f.verdict === 'fail' ? paint(`FAIL ${f.worst}`, 31) : '–',
          percent(f.margin),
        ]),
      ),
    );
  if (shown.length < r.flows.length)
    out.push(`${count(r.flows.length - shown.length)} of ${count(r.flows.length)} flows not listed (passed or without requirement); --all lists every flow`);
  out.push(...pipelineTable(shown));
  const busy = r.links
    .filter((l) => l.frames > 0 || l.drops > 0)
    .sort((a, b) => b.utilization - a.utilization)
    .slice(0, 10);
  if (busy.length > 0) {
    out.push('', `busiest link directions (${busy.length} of ${r.links.length}):`);
    out.push(
      table(
        ['link', 'direction', 'utilization', 'max queue', 'drops', 'mean wait'],
        busy.map((l) => [p(l.id), p(`${l.from}→${l.to}`), percent(l.utilization), String(l.maxQueue), count(l.drops), time(l.meanWait)]),
      ),
    );
  }
  if (r.compute.length > 0) {
    out.push('', 'compute:');
    out.push(
      table(
        ['node', 'utilization', 'mean wait', 'jobs', 'mean batch'],
        r.compute.map((c) => [p(c.id), percent(c.utilization), time(c.meanWait), count(c.jobs), c.meanBatch.toFixed(2)]),
      ),
    );
  }
  if (r.gateways && r.gateways.length > 0) {
    out.push('', 'gateways (protocol conversion; held: arrival to publication):');
    out.push(
      table(
        ['gateway', 'protocol', 'conversions', 'mean wait', 'max wait', 'mean held', 'max held'],
        r.gateways.map((g) => [p(g.id), g.protocol, count(g.conversions), time(g.meanWait), time(g.maxWait), time(g.meanHeld), time(g.maxHeld)]),
      ),
    );
  }
  out.push(...llmTable(r));
  const s = r.summary;
  const verdict = s.failed > 0 ? paint(`${s.failed} failed`, 31) : paint(`${s.passed} passed`, 32);
  out.push('', `${s.flows} flows: ${verdict}${s.failed > 0 ? `, ${s.passed} passed` : ''}${s.unchecked > 0 ? `, ${s.unchecked} without requirement` : ''}`);
  return out.join('\n');
}
