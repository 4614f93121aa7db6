import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../api/createSimApi.ts';
import type { Report } from '../api/Report.ts';
import { reportCsv } from './reportCsv.ts';

const r1 = JSON.parse(readFileSync(new URL('../../scenarios/reference/r1-line-cell.json', import.meta.url), 'utf8'));
const report: Report = runScenario({ scenario: r1 }, { durationS: 0.02 });

describe('reportCsv', () => {
  const rows = csvParse(reportCsv(report));

  it('names the unit of every figure in its header', () => {
    expect(rows.columns).toEqual([
      'flow',
      'from',
      'to',
      'sent',
      'delivered',
      'lost',
      'loss (%)',
      'mean latency (µs)',
      'p99 latency (µs)',
      'max latency (µs)',
      'jitter pdv (µs)',
      'throughput (Mb/s)',
      'verdict',
      'margin (%)',
      'worst criterion',
    ]);
  });

  it("reads back as the report's figures in µs, Mb/s and %, to the decimals written", () => {
    expect(rows).toHaveLength(report.flows.length);
    report.flows.forEach((f, i) => {
      const r = rows[i];
      expect(r.flow).toBe(f.id);
      expect(Number(r.sent)).toBe(f.sent);
      expect(Number(r.delivered)).toBe(f.delivered);
      expect(Math.abs(Number(r['loss (%)']) - f.loss * 100)).toBeLessThanOrEqual(0.00005);
      // to the nanosecond: 0.000030662071219999996 s is 30.662 µs
      expect(Math.abs(Number(r['mean latency (µs)']) - (f.latency?.mean ?? 0) * 1e6)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(Number(r['p99 latency (µs)']) - (f.latency?.p99 ?? 0) * 1e6)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(Number(r['max latency (µs)']) - (f.latency?.max ?? 0) * 1e6)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(Number(r['jitter pdv (µs)']) - (f.jitter?.pdv ?? 0) * 1e6)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(Number(r['throughput (Mb/s)']) - f.throughput / 1e6)).toBeLessThanOrEqual(0.0005);
      expect(r.verdict).toBe(f.verdict);
      if (f.margin === null) expect(r['margin (%)']).toBe('');
      else expect(Math.abs(Number(r['margin (%)']) - f.margin * 100)).toBeLessThanOrEqual(0.05);
    });
  });

  it('writes fixed decimals, never a raw float', () => {
    const figures = rows.columns.filter((c) => !['flow', 'from', 'to', 'verdict', 'worst criterion'].includes(c));
    expect(figures).toHaveLength(10);
    for (const r of rows) for (const c of figures) expect(r[c], `${r.flow} ${c}`).toMatch(/^(-?\d+(\.\d{1,4})?|)$/);
  });

  it('quotes an id with a comma or a quote, and reads it back whole', () => {
    const flow = { ...report.flows[0], id: 'cam "A", line 2' };
    expect(csvParse(reportCsv({ flows: [flow] }))[0].flow).toBe('cam "A", line 2');
  });
});
