import { describe, expect, it } from 'vitest';
import { Mulberry32 } from '../core/mulberry32.ts';
import { FlowTable } from './FlowTable.ts';
import { Histogram } from './Histogram.ts';

const BIN = 1000;

describe('FlowTable', () => {
  it("keeps each flow's figures and timeline apart, equal to the direct formulas over its deliveries", () => {
    const t = new FlowTable([Infinity, 25, 0], BIN, 4);
    // [flow, latency, bytes, now], the flows' deliveries interleaved; the last one after the last bin
    const deliveries = [
      [0, 10, 100, 50],
      [1, 30, 64, 60],
      [0, 14, 100, 1500],
      [1, 20, 64, 1600],
      [0, 11, 200, 1700],
      [1, 40, 64, 3999],
      [0, 12, 100, 4000],
    ];
    for (const [f, lat, bytes, now] of deliveries) t.record(f, lat, bytes, now);
    t.sent(0);
    t.sent(0);
    t.sent(1);
    for (const f of [0, 1]) {
      const own = deliveries.filter((d) => d[0] === f);
      const lat = own.map((d) => d[1]);
      const mean = lat.reduce((a, b) => a + b) / lat.length;
      const d = t.data(f);
      expect(d.sent).toBe(f === 0 ? 2 : 1);
      expect(d.delivered).toBe(own.length);
      expect(d.deliveredBytes).toBe(own.reduce((a, x) => a + x[2], 0));
      expect([d.min, d.max, d.sum]).toEqual([Math.min(...lat), Math.max(...lat), lat.reduce((a, b) => a + b)]);
      expect(d.mean).toBeCloseTo(mean, 12);
      expect(d.m2).toBeCloseTo(
        lat.reduce((a, x) => a + (x - mean) ** 2, 0),
        10,
      );
      expect(d.ipdvPairs).toBe(lat.length - 1);
      expect(d.ipdvSum).toBe(lat.slice(1).reduce((a, x, i) => a + Math.abs(x - lat[i]), 0));
      expect(d.deadlineMisses).toBe(f === 0 ? 0 : lat.filter((x) => x > 25).length);
      expect(d.hist.counts.reduce((a, b) => a + b)).toBe(own.length);
      const bins = [0, 1, 2, 3].map((b) => own.filter((x) => Math.floor(x[3] / BIN) === b));
      expect([...d.binBytes]).toEqual(bins.map((xs) => xs.reduce((a, x) => a + x[2], 0)));
      expect([...d.binMax]).toEqual(bins.map((xs) => Math.max(0, ...xs.map((x) => x[1]))));
    }
    const idle = t.data(2);
    expect([idle.sent, idle.delivered, idle.min, idle.max, idle.ipdvPairs]).toEqual([0, 0, Infinity, -Infinity, 0]);
    expect([...idle.binBytes]).toEqual([0, 0, 0, 0]);
  });

  it('gives the same figures whatever order the flows first deliver in, a flow that delivers nothing among them', () => {
    // [flow, latency, bytes, now]: flow 3 first, then 0, flow 1 never; each flow's own deliveries in the same order
    const deliveries = [
      [3, 7, 50, 10],
      [0, 12, 100, 20],
      [3, 9, 50, 1200],
      [2, 40, 64, 1300],
      [0, 11, 100, 2500],
    ];
    const byArrival = new FlowTable([Infinity, 30, 30, 8], BIN, 3);
    for (const [f, lat, bytes, now] of deliveries) byArrival.record(f, lat, bytes, now);
    const byFlow = new FlowTable([Infinity, 30, 30, 8], BIN, 3);
    for (const d of [...deliveries].sort((a, b) => a[0] - b[0])) byFlow.record(d[0], d[1], d[2], d[3]);
    for (const t of [byArrival, byFlow]) t.sent(1);
    for (let f = 0; f < 4; f++) expect(byArrival.data(f)).toEqual(byFlow.data(f));
    expect(byArrival.data(3).deadlineMisses).toBe(1);
    const idle = byArrival.data(1);
    expect([idle.sent, idle.delivered, idle.min, idle.max, idle.hist.counts.length, [...idle.binMax]]).toEqual([1, 0, Infinity, -Infinity, 0, [0, 0, 0]]);
  });

  it("keeps each flow's histogram as a Histogram of its own deliveries would, its window growing both ways", () => {
    const rand = new Mulberry32(3);
    const flows = 5;
    const t = new FlowTable(Array(flows).fill(Infinity), BIN, 1);
    const own = Array.from({ length: flows }, () => new Histogram());
    for (let i = 0; i < 20_000; i++) {
      const f = i % flows;
      // latencies near the flow's own scale, now and then up to ten times below or above (and zeros)
      const v = Math.floor(10 ** (3 + f / 2 + (rand.next() < 0.01 ? 2 * rand.next() - 1 : rand.next() / 5)));
      t.record(f, i % 97 === 0 ? 0 : v, 100, 0);
      own[f].add(i % 97 === 0 ? 0 : v);
    }
    for (let f = 0; f < flows; f++) expect(t.data(f).hist).toEqual(own[f].data());
  }, 30_000); // 1–2 s alone, 3–6 s on a loaded machine
});
