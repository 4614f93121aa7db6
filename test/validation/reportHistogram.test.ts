/**
 * The report's latency histograms (RunOptions.histograms: the run's own log buckets, kept for the
 * flows a report charts) against two independent references:
 *  - closed form: two periodic flows through one switch port, whose FIFO queue is worked out here
 *    packet by packet (Lindley's recursion: each frame starts when it has arrived and the port is free);
 *  - the per-packet trace (`run --trace-out`'s rows, in ps) of the same run, on the industry scenarios:
 *    each delay counted into the report's bucket edges gives the report's counts, mins and maxes.
 * And a report built without the option (`run --json`'s) keeps none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/engine/Simulation.ts';
import { buildReport, CHARTED_FLOWS, createSimApi, type LatencyHistogram, loadScenario, runScenario, type ScenarioJson } from '../../sim/api/index.ts';
import { barsOf, histogramOf } from '../../sim/io/report/latencyCharts.ts';
import { renderReportHtml } from '../../sim/io/report/renderReportHtml.ts';
import { DEFAULTS } from '../../sim/workloads/defaults.ts';

const US = 1e6; // ps per µs

/**
 * X: 100 B every 10 µs; Y: 1500 B every 97 µs; both to D through S's one port towards D, 1 Gb/s links
 * of 1 µs. On the wire X is 126 B to its last bit, 138 B with the inter-frame gap (1.008 µs, 1.104 µs
 * of the port), Y 1526 B and 1538 B (12.208 µs, 12.304 µs). An X frame waits at S only behind a Y
 * frame (or behind the X it arrived after), so its delays cycle with the phase 10 k mod 97 µs.
 */
const twoFlows: ScenarioJson = {
  format: 'netloom.scenario/v1',
  name: 'two periodic flows, one port',
  nodes: [
    { id: 'S', type: 'switch' },
    { id: 'A', type: 'sensor' },
    { id: 'B', type: 'camera' },
    { id: 'D', type: 'compute' },
  ],
  links: [
    { from: 'A', to: 'S', rate: '1 Gb/s', delay: '1 us' },
    { from: 'B', to: 'S', rate: '1 Gb/s', delay: '1 us' },
    { from: 'S', to: 'D', rate: '1 Gb/s', delay: '1 us' },
  ],
  flows: [
    { id: 'X', from: 'A', to: 'D', size: '100 B', pattern: { type: 'periodic', period: '10 us' }, requirement: { latency: '20 us' } },
    { id: 'Y', from: 'B', to: 'D', size: '1500 B', pattern: { type: 'periodic', period: '97 us' } },
  ],
  simulation: { duration: '97 ms', seed: 1 },
};

/** X's delays in ps, in order of emission, from the FIFO recursion at S's port (no other queue is ever shared). */
function closedFormDelaysOfX(): number[] {
  const hop = { X: 1.008 * US, Y: 12.208 * US };
  const busy = { X: 1.104 * US, Y: 12.304 * US };
  const arrivals: { flow: 'X' | 'Y'; emitted: number; at: number }[] = [];
  for (let k = 0; k < 9700; k++) arrivals.push({ flow: 'X', emitted: 10 * k * US, at: 10 * k * US + hop.X + US });
  for (let j = 0; j < 1000; j++) arrivals.push({ flow: 'Y', emitted: 97 * j * US, at: 97 * j * US + hop.Y + US });
  arrivals.sort((a, b) => a.at - b.at);
  const delays: number[] = [];
  let free = 0;
  for (const a of arrivals) {
    const start = Math.max(a.at, free);
    free = start + busy[a.flow];
    if (a.flow === 'X') delays.push(Math.round(start + hop.X + US - a.emitted));
  }
  return delays;
}

/** `delays` (ps) counted into the histogram's bucket edges: per bucket, how many, the least and the greatest. */
function countedInto(h: LatencyHistogram, delays: readonly number[]) {
  const ps = (s: number) => Math.round(s * 1e12); // the edges are whole ps from 1,024 ps on
  const rows = h.lower.map((lo, i) => ({ lower: ps(lo), upper: ps(h.upper[i]), count: 0, min: Infinity, max: -Infinity }));
  let outside = 0;
  for (const d of delays) {
    const row = rows.find((r) => d >= r.lower && d < r.upper);
    if (!row) outside++;
    else {
      row.count++;
      row.min = Math.min(row.min, d);
      row.max = Math.max(row.max, d);
    }
  }
  return { outside, rows: rows.map((r) => ({ ...r, min: r.min / 1e12, max: r.max / 1e12 })) };
}

const asRows = (h: LatencyHistogram) =>
  h.lower.map((_, i) => ({ lower: Math.round(h.lower[i] * 1e12), upper: Math.round(h.upper[i] * 1e12), count: h.count[i], min: h.min[i], max: h.max[i] }));

describe("the report's latency histograms are the run's delays", () => {
  it('two periodic flows through one port: the buckets hold the closed-form delays, packet for packet with the trace', async () => {
    const expected = closedFormDelaysOfX();
    const report = runScenario({ scenario: twoFlows }, { histograms: CHARTED_FLOWS });
    const x = report.flows.find((f) => f.id === 'X')!;
    expect(x.delivered).toBe(9700);
    // the closed form's spread: 4.016 µs unqueued, up to 4.016 + 12.304 − 0.8 µs behind a Y frame
    expect([x.latency!.min, x.latency!.max]).toEqual([Math.min(...expected) / 1e12, Math.max(...expected) / 1e12]);
    const counted = countedInto(x.histogram!, expected);
    expect(counted.outside).toBe(0);
    expect(asRows(x.histogram!)).toEqual(counted.rows);
    expect(x.histogram!.count.length).toBeGreaterThan(10);

    // the per-packet trace of the same run (integer ns here: every time is a whole ns), in emission order
    const api = createSimApi();
    api.load({ scenario: twoFlows });
    let csv = '';
    await api.traceReplication(0, undefined, { packets: true, flows: ['X'] }, { csv: (t) => void (csv += t), pcap: () => {}, end: () => {} });
    const traced = csv
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split(','))
      .sort((a, b) => Number(a[2]) - Number(b[2]))
      .map((r) => Number(r[6]) * 1000);
    expect(traced).toEqual(expected);
  });

  it.each(['electronics-smt-line', 'packaging-line', 'power-substation', 'steel-hot-rolling'])(
    '%s: each charted flow’s buckets equal its traced delays counted into the same edges',
    (name) => {
      const scenario = JSON.parse(readFileSync(new URL(`../../scenarios/industry/${name}.json`, import.meta.url), 'utf8'));
      const model = loadScenario(scenario, {}, { durationS: 0.3, replications: 1 });
      const delays: number[][] = model.flows.map(() => []);
      const sim = new Simulation(model, 0);
      sim.traceTo(
        { startPs: model.warmupPs, packets: true },
        {
          packets: (r) => {
            for (let i = 0; i < r.count; i++) if (r.arrivedPs[i] >= 0) delays[r.flow[i]].push(r.arrivedPs[i] - r.sentPs[i]);
          },
          frames: () => {},
        },
      );
      const report = buildReport(model, [sim.run({})], 0, { histograms: CHARTED_FLOWS });
      const kept = report.flows.filter((f) => f.histogram);
      expect(kept.length).toBe(Math.min(CHARTED_FLOWS, report.flows.filter((f) => f.delivered > 0).length));
      for (const f of kept) {
        const i = model.flows.findIndex((m) => m.id === f.id);
        const counted = countedInto(f.histogram!, delays[i]);
        expect(counted.outside, f.id).toBe(0);
        expect(asRows(f.histogram!), f.id).toEqual(counted.rows);
      }
    },
    60_000,
  );

  it("is off by default: run's report keeps no histogram", () => {
    const report = runScenario({ scenario: twoFlows });
    expect(report.flows.some((f) => 'histogram' in f)).toBe(false);
  });

  it("the page draws X's bars from the buckets: the closed form's delays in the same 24 bins, to the bucket", () => {
    const expected = closedFormDelaysOfX().map((d) => d / 1e12);
    const report = runScenario({ scenario: twoFlows }, { histograms: CHARTED_FLOWS });
    const x = report.flows.find((f) => f.id === 'X')!;
    const bars = barsOf(x.histogram!);
    const share = new Array<number>(bars.share.length).fill(0);
    for (const d of expected) share[Math.min(share.length - 1, Math.floor((d - bars.from) / bars.width))] += 1 / expected.length;
    // a bucket whose values lie in one bin is placed whole; one across a bin edge is shared by its span: the only bars that may differ
    const h = x.histogram!;
    const binOf = (t: number) => Math.min(share.length - 1, Math.floor((t - bars.from) / bars.width));
    const shared = share.map(
      (_, j) =>
        h.count.reduce((n, c, i) => (binOf(h.min[i]) !== binOf(h.max[i]) && binOf(h.min[i]) <= j && j <= binOf(h.max[i]) ? n + c : n), 0) / expected.length,
    );
    const off = bars.share.map((s, i) => Math.abs(s - share[i]));
    off.forEach((d, i) => expect(d, `bin ${i}`).toBeLessThanOrEqual(shared[i] + 1e-12));
    // here no bucket crosses a bin edge: every bar is exact. What the page drew before, bars read off the 29 CDF points, was 1.1 points off
    expect(Math.max(...off)).toBeLessThan(1e-12);
    const read = histogramOf(x.latency!.cdf, bars.share.length);
    expect(Math.max(...read.share.map((s, i) => Math.abs(s - share[i])))).toBeGreaterThan(0.01);
    const html = renderReportHtml({ scenario: twoFlows, report, meta: { version: 'test', scenarioHash: 'ab' } }, DEFAULTS);
    expect(html).toContain('counted from the run’s own latency buckets');
  });
});
