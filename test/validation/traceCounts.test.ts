/**
 * The per-packet trace agrees with the report, scenario by scenario: traced from the warm-up on,
 * each flow has one row per packet it sent (each seq once), as many with an arrival as the report
 * counts delivered and as many lost as it counts lost: request/response flows through compute
 * nodes, 802.1CB redundant flows, TSN gates, Wi-Fi and 5G included. The report counts through
 * the flow statistics (sim/stats), the trace through the Tracer: two paths through the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { createSimApi, parseQuantity } from '../../sim/api/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** every scenario but the large plants (scenarios/plants), whose runs take long */
const files = ['examples', 'industry', 'reference'].flatMap((d) =>
  readdirSync(join(root, 'scenarios', d))
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('scenarios', d, f)),
);

describe('the trace agrees with the report', () => {
  it.each(files)(
    '%s',
    async (file) => {
      const scenario = JSON.parse(readFileSync(join(root, file), 'utf8'));
      const warmup = scenario.simulation?.warmup ? parseQuantity(scenario.simulation.warmup, 'time') : 0;
      const api = createSimApi();
      const loaded = api.load({ scenario, files: readScenarioFiles(scenario, dirname(join(root, file))).files }, { durationS: warmup + 0.2, replications: 1 });
      expect(loaded.ok, JSON.stringify(loaded.issues)).toBe(true);
      let csv = '';
      await api.traceReplication(
        0,
        undefined,
        { packets: true, window: [warmup, Infinity] },
        {
          csv: (t) => {
            csv += t;
          },
          pcap: () => {},
          end: () => {},
        },
      );
      const report = api.run(); // the same replication, counted by the report
      const rows = csv
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.split(','));
      const differ: string[] = [];
      for (const f of report.flows) {
        const mine = rows.filter((r) => r[1] === f.id);
        const lost = mine.filter((r) => r[5] === '' && r[7] !== '').length;
        const seqs = new Set(mine.map((r) => r[2]));
        if (mine.length - lost !== f.delivered || lost !== f.lost || seqs.size !== mine.length)
          differ.push(`${f.id}: ${mine.length} rows (${lost} lost, ${seqs.size} seqs), report ${f.sent} sent, ${f.delivered} delivered, ${f.lost} lost`);
      }
      expect(differ).toEqual([]);
      expect(rows.length).toBe(report.flows.reduce((n, f) => n + f.delivered + f.lost, 0));
    },
    60_000,
  );
});
