import { describe, expect, it } from 'vitest';
import type { Report, ScenarioJson } from '../../sim/api/index.ts';
import { MAX_RUNS, slimInSlices, slimReport, withRun } from './runHistory.ts';

const report = (cdfPoints: number) =>
  ({
    flows: [
      { id: 'f', verdict: 'pass', margin: 0.5, loss: 0, latency: { p99: 1, max: 2, cdf: Array.from({ length: cdfPoints }, () => [0, 0]) }, timeline: {} },
    ],
    links: [{ id: 'l' }],
    compute: [],
  }) as unknown as Report;
const scenario = {} as ScenarioJson;

describe('run history', () => {
  it(`keeps the last ${MAX_RUNS} runs, numbered, without what a comparison does not read`, () => {
    let runs = withRun([], { report: report(100), scenario, revision: 0, at: 0 });
    for (let i = 1; i < MAX_RUNS + 2; i++) runs = withRun(runs, { report: report(100), scenario, revision: i, at: i });
    expect(runs.map((r) => r.n)).toEqual([3, 4, 5, 6, 7]);
    expect(runs[0].report.flows[0].latency).toMatchObject({ p99: 1, max: 2, cdf: [] });
    expect(runs[0].report.links).toEqual([]);
  });

  it('a report slimmed in slices beforehand joins the history as it is, equal to the one slimmed at once', async () => {
    const big = { ...report(10), flows: Array.from({ length: 50 }, (_, i) => ({ ...report(10).flows[0], id: `f${i}` })) } as Report;
    const atOnce = slimReport(big);
    let t = 0;
    let yields = 0;
    await slimInSlices(big, { budgetMs: 1, now: () => t++, yieldNow: async () => void yields++ });
    expect(yields).toBeGreaterThan(1);
    const runs = withRun([], { report: big, scenario, revision: 0, at: 0 });
    expect(runs[0].report).toBe(slimReport(big)); // the slimmed copy made ahead, not a new one
    expect(runs[0].report).toEqual(atOnce);
  });
});
