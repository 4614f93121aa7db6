import { describe, expect, it } from 'vitest';
import type { FlowReport, Report } from '../../api/Report.ts';
import { diffReports } from './diffReports.ts';
import { readReport } from './readReport.ts';

const flow = (id: string, verdict: FlowReport['verdict'], margin: number | null, p99 = 1e-4): FlowReport =>
  ({
    id,
    from: 'A',
    to: 'B',
    sent: 10,
    delivered: 10,
    lost: 0,
    loss: 0,
    latency: { min: 0, mean: p99 / 2, p50: p99 / 2, p90: p99, p99, p999: p99, max: p99, sum: 0, std: 0, cdf: [] },
    jitter: null,
    throughput: 0,
    deadlineMiss: null,
    verdict,
    margin,
    worst: verdict === 'none' ? null : 'latency',
    criteria: [],
    attribution: { hops: [], compute: null },
    timeline: { throughput: [], maxLatency: [] },
  }) as FlowReport;

const report = (flows: FlowReport[]): Report =>
  ({
    format: 'netloom.report/v1',
    scenario: 'cell',
    seed: 1,
    replications: 1,
    simulated: 1,
    flows,
    summary: { flows: flows.length, passed: 0, failed: 0, unchecked: 0 },
  }) as unknown as Report;

describe('diffReports', () => {
  it('sorts each flow by how it moved: newly failing, still failing, worse, fixed, better, added, removed, same', () => {
    const before = report([
      flow('same', 'pass', 0.5),
      flow('better', 'pass', 0.2),
      flow('fixed', 'fail', -0.3),
      flow('worse', 'pass', 0.6),
      flow('gone', 'pass', 0.1),
      flow('breaks', 'pass', 0.05),
      flow('still', 'fail', -0.1),
    ]);
    const after = report([
      flow('same', 'pass', 0.505),
      flow('better', 'pass', 0.4),
      flow('fixed', 'pass', 0.1),
      flow('worse', 'pass', 0.3),
      flow('breaks', 'fail', -0.2),
      flow('still', 'fail', -0.15),
      flow('new', 'pass', 0.9),
    ]);
    const d = diffReports(before, after);
    expect(d.flows.map((f) => `${f.id}:${f.move}`)).toEqual([
      'breaks:newly-failing',
      'still:worse',
      'worse:worse',
      'fixed:fixed',
      'better:better',
      'new:added',
      'gone:removed',
      'same:same',
    ]);
    expect(d.summary).toMatchObject({
      flows: 8,
      'newly-failing': 1,
      fixed: 1,
      worse: 2,
      better: 1,
      same: 1,
      added: 1,
      removed: 1,
      failingBefore: 2,
      failingAfter: 2,
    });
    const breaks = d.flows[0];
    expect(breaks.before).toMatchObject({ verdict: 'pass', margin: 0.05 });
    expect(breaks.after).toMatchObject({ verdict: 'fail', margin: -0.2 });
    expect(breaks.marginChange).toBeCloseTo(-0.25, 12);
  });

  it('a flow without a requirement that gains one and fails is newly failing', () => {
    const d = diffReports(report([flow('f', 'none', null)]), report([flow('f', 'fail', -1)]));
    expect(d.flows[0]).toMatchObject({ move: 'newly-failing', marginChange: null });
  });

  it('a failing margin written as null (−∞ in JSON) reads as −∞ and never as a move of NaN', () => {
    const [x] = JSON.parse(JSON.stringify([flow('f', 'fail', Number.NEGATIVE_INFINITY)]));
    const d = diffReports(report([x]), report([x]));
    expect(d.flows[0].before?.margin).toBe(Number.NEGATIVE_INFINITY);
    expect(d.flows[0].move).toBe('same');
  });
});

describe('readReport', () => {
  it('names the JSON path of what a diff cannot read', () => {
    const r = JSON.parse(JSON.stringify(report([flow('a', 'pass', 0.1), flow('a', 'maybe' as never, 0.1)])));
    r.flows[0].latency = { p99: 'slow' };
    expect(() => readReport(r)).toThrow(/flows\[0\]\.latency[\s\S]*flows\[1\]\.id: flow "a" is listed twice[\s\S]*flows\[1\]\.verdict/);
    expect(() => readReport({ format: 'netloom.scenario/v1' })).toThrow(/format: expected "netloom.report\/v1"/);
    expect(readReport(JSON.parse(JSON.stringify(report([flow('a', 'pass', 0.1)])))).flows).toHaveLength(1);
  });
});
