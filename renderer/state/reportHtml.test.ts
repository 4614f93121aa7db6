import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { expandScenario, type Plan, runScenario, type ScenarioJson, scenarioHashText } from '../../sim/api/index.ts';
import type { AppState } from './AppState.ts';
import { reportHtml } from './reportHtml.ts';

vi.stubGlobal('__APP_VERSION__', '1.2.3');

const scenario: ScenarioJson = {
  format: 'netloom.scenario/v1',
  name: 'two devices',
  nodes: [
    { id: 'A', type: 'sensor' },
    { id: 'B', type: 'plc' },
  ],
  links: [{ from: 'A', to: 'B', rate: '100 Mb/s' }],
  flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '1 ms' }, requirement: { latency: '1 ms' } }],
  simulation: { duration: '20 ms' },
};
const report = runScenario({ scenario });
const plan = { format: 'netloom.plan/v1', scenario: 'two devices', found: true, actions: [], pareto: [], roadmap: [] } as unknown as Plan;

function state(o: { revision?: number; ran?: number | null; preview?: boolean; base?: ScenarioJson }): AppState {
  return {
    doc: { scenario, revision: o.revision ?? 3, name: 'two.json' },
    lastReport: o.ran === null ? null : { report, revision: o.ran ?? 3, preview: o.preview ?? false },
    bounds: null,
    plan: o.base
      ? {
          status: 'done',
          result: {
            plan: {
              ...plan,
              asIs: { flows: 1, failed: [], worstMargin: 0.5, verdicts: [] },
              naive: { cost: 0, actions: 0, passes: true },
              verification: null,
              totalCost: 0,
              currency: 'USD',
              stats: { evaluations: 1, verifications: 1 },
            },
            base: o.base,
          },
        }
      : { status: 'idle' },
  } as unknown as AppState;
}

describe('the app’s HTML report of its last run', () => {
  it('is the page of the scenario as it ran, known by the SHA-256 the CLI computes (node:crypto here, Web Crypto in the app)', async () => {
    const page = await reportHtml(state({}), new Date('2026-01-02T03:04:05Z'));
    if (!('html' in page)) throw new Error(page.problem);
    const hash = createHash('sha256')
      .update(scenarioHashText(expandScenario(scenario)))
      .digest('hex');
    expect(page.html).toContain(hash);
    expect(page.html).toContain('NetLoom 1.2.3');
    expect(page.html).toContain('2026-01-02T03:04:05.000Z');
    expect(page.html).not.toContain('<section id="plan"');
  });

  it('adds the Planner’s plan only when it was made for this very scenario', async () => {
    const mine = await reportHtml(state({ base: scenario }));
    expect('html' in mine && mine.html.includes('<section id="plan"')).toBe(true);
    const other = await reportHtml(state({ base: { ...scenario } }));
    expect('html' in other && other.html.includes('<section id="plan"')).toBe(false);
  });

  it('says why there is no report: no run yet, an edit since the run, a quick preview', async () => {
    expect(await reportHtml(state({ ran: null }))).toEqual({ problem: 'Run the scenario first: there is no report to export yet.' });
    expect(await reportHtml(state({ ran: 2 }))).toEqual({ problem: 'The scenario changed since the last run: run it again, then export its report.' });
    expect(await reportHtml(state({ preview: true }))).toEqual({
      problem: 'The last run was a quick preview: run the scenario in full, then export its report.',
    });
  });
});
