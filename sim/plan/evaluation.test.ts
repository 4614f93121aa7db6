import { describe, expect, it } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { runScenario } from '../api/createSimApi.ts';
import { outcomeOf } from './evaluation.ts';

describe('outcomeOf: what the planner keeps of a report', () => {
  const report = runScenario({ scenario: makePlant({ devices: 60, perCell: 20, duration: '0.1 s', starve: { 'C1-A1': '20 Mb/s' } }) });
  const out = outcomeOf(report);

  it('every flow’s verdict and margin, the failing flows’ attribution as the report has it', () => {
    expect(out.findings?.flows).toEqual(report.flows.map((f) => ({ id: f.id, verdict: f.verdict, margin: f.margin })));
    const failing = report.flows.filter((f) => f.verdict === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    expect(out.findings?.failing).toEqual(failing.map((f) => ({ id: f.id, verdict: f.verdict, margin: f.margin, attribution: f.attribution })));
    expect(out.failed).toEqual(failing.map((f) => f.id));
  });

  it('keeps a small part of the report (a search holds one per evaluated plan)', () => {
    const kept = JSON.stringify(out.findings).length;
    expect(kept).toBeLessThan(JSON.stringify(report).length / 10);
    expect(Object.keys(out)).not.toContain('report');
  });

  it('an evaluation that failed keeps its reason and no findings', () => {
    expect(outcomeOf({ error: 'link L: bad rate' })).toMatchObject({ ok: false, error: 'link L: bad rate', score: Infinity });
    expect(outcomeOf({ error: 'x' }).findings).toBeUndefined();
  });
});
