import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../engine/Simulation.ts';
import { loadScenario } from '../scenario/load.ts';
import { buildReport, reportOf } from './buildReport.ts';
import { ReportAccumulator } from './ReportAccumulator.ts';

describe('ReportAccumulator', () => {
  const doc = JSON.parse(readFileSync(new URL('../../scenarios/examples/vision-cell.json', import.meta.url), 'utf8'));
  const model = loadScenario(doc, {}, { durationS: 1.5, replications: 4 });
  const results = [0, 1, 2, 3].map((r) => new Simulation(model, r).run());

  it('folding replications one by one gives the report of merging them at once, to the bit', () => {
    const acc = new ReportAccumulator(model);
    for (const r of results) acc.add(r);
    expect(JSON.stringify(reportOf(acc, 0))).toBe(JSON.stringify(buildReport(model, [results[2], results[0], results[3], results[1]], 0)));
    expect(reportOf(acc, 0).flows[2].latency?.ci95).toBeDefined();
  });

  it('refuses a replication out of order (the fold would no longer be the same sum)', () => {
    const acc = new ReportAccumulator(model);
    expect(() => acc.add(results[1])).toThrow(/replication 1 folded out of order \(expected 0\)/);
  });
});
