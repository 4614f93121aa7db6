import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOG, type Plan, type ScenarioJson, upgradedScenario } from '../../sim/api/index.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import type { Doc, PlanResult, PlanState } from './AppState.ts';
import { planRelation } from './planActions.ts';
import { variantActions, variantLabel, variantScenario } from './planVariants.ts';

const pharma = JSON.parse(readFileSync(new URL('../../scenarios/industry/pharma-fill-finish.json', import.meta.url), 'utf8')) as ScenarioJson;
const gpu = { kind: 'gpu', node: 'EDGE', add: 2 };
const plan = {
  actions: [{ action: gpu }],
  catalog: DEFAULT_CATALOG,
  currency: 'USD',
  pareto: [
    { cost: 0, worstMargin: -1, failed: 4, actions: [], plan: [], verified: true },
    { cost: 30000, worstMargin: 0.3, failed: 0, actions: ['…'], plan: [gpu], verified: true },
  ],
  roadmap: [
    { year: 2026, plan: [] },
    { year: 2027, plan: [gpu] },
    { year: 2028, plan: [] },
  ],
} as unknown as Plan;
const verify = { durationS: 3, replications: 3 };

describe('accepting a plan', () => {
  test('the upgraded scenario is the plan applied, set to run as it was verified (as netloom plan --out writes it)', () => {
    const up = upgradedScenario(pharma, [gpu] as never, DEFAULT_CATALOG, 3, {});
    expect(up.nodes.find((n) => n.id === 'EDGE')!.compute).toEqual({ servers: 3 });
    expect(up.simulation).toEqual({ ...pharma.simulation, replications: 3 });
    expect(pharma.nodes.find((n) => n.id === 'EDGE')!.compute).toEqual({ servers: 1 }); // the as-is is untouched
  });

  test('the document is the as-is, the accepted upgrade, or something else — by identity, so undo and redo keep the answer right', () => {
    const upgraded = upgradedScenario(pharma, [gpu] as never, DEFAULT_CATALOG, 3, {});
    const state: PlanState = { status: 'done', result: { plan, base: pharma, files: {}, upgraded, changes: scenarioChanges(pharma, upgraded), verify } };
    const doc = (scenario: ScenarioJson) => ({ scenario }) as Doc;
    expect(planRelation(doc(pharma), state)).toBe('as-is');
    expect(planRelation(doc(upgraded), state)).toBe('accepted');
    expect(planRelation(doc({ ...pharma }), state)).toBe('changed');
    expect(planRelation(doc(pharma), { status: 'idle' })).toBeNull();
  });

  test(
    'a Pareto point or a roadmap year is a variant to accept: built once, ' + 'recognised as accepted, the roadmap up to a year is every phase until then',
    () => {
      const upgraded = upgradedScenario(pharma, [gpu] as never, DEFAULT_CATALOG, 3, {});
      const result: PlanResult = { plan, base: pharma, files: {}, upgraded, changes: scenarioChanges(pharma, upgraded), verify };
      const state: PlanState = { status: 'done', result };
      expect(variantActions(plan, 'roadmap:0')).toEqual([]);
      expect(variantActions(plan, 'roadmap:2')).toEqual([gpu]);
      expect(variantActions(plan, 'pareto:1')).toEqual([gpu]);
      expect(variantLabel(plan, 'roadmap:1')).toBe('the roadmap up to 2027');
      expect(variantLabel(plan, 'pareto:1')).toMatch(/^the \$30,000 plan of the Pareto front/);
      const year = variantScenario(result, 'roadmap:1');
      expect(variantScenario(result, 'roadmap:1')).toBe(year);
      expect(year.nodes.find((n) => n.id === 'EDGE')!.compute).toEqual({ servers: 3 });
      expect(variantScenario(result, 'plan')).toBe(upgraded);
      expect(planRelation({ scenario: year } as Doc, state)).toBe('accepted');
      expect(planRelation({ scenario: variantScenario(result, 'roadmap:0') } as Doc, state)).toBe('accepted');
      expect(planRelation({ scenario: { ...year } } as Doc, state)).toBe('changed');
    },
  );
});
