import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { DEFAULT_CATALOG, type Plan } from '../../sim/plan/index.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import type { Doc, PlanState } from './AppState.ts';
import { planRelation, upgradedScenario } from './planActions.ts';

const pharma = JSON.parse(readFileSync(new URL('../../scenarios/industry/pharma-fill-finish.json', import.meta.url), 'utf8')) as ScenarioJson;
const plan = { actions: [{ action: { kind: 'gpu', node: 'EDGE', add: 2 } }], catalog: DEFAULT_CATALOG } as unknown as Plan;

describe('accepting a plan', () => {
  test('the upgraded scenario is the plan applied, set to run as it was verified (as netloom plan --out writes it)', () => {
    const up = upgradedScenario(pharma, plan, { durationS: 3, replications: 3 });
    expect(up.nodes.find((n) => n.id === 'EDGE')!.compute).toEqual({ servers: 3 });
    expect(up.simulation).toEqual({ ...pharma.simulation, replications: 3 });
    expect(pharma.nodes.find((n) => n.id === 'EDGE')!.compute).toEqual({ servers: 1 }); // the as-is is untouched
  });

  test('the document is the as-is, the accepted upgrade, or something else — by identity, so undo and redo keep the answer right', () => {
    const upgraded = upgradedScenario(pharma, plan, { durationS: 3, replications: 3 });
    const state: PlanState = { status: 'done', result: { plan, base: pharma, upgraded, asIsReport: null, plannedReport: null, changes: scenarioChanges(pharma, upgraded) } };
    const doc = (scenario: ScenarioJson) => ({ scenario }) as Doc;
    expect(planRelation(doc(pharma), state)).toBe('as-is');
    expect(planRelation(doc(upgraded), state)).toBe('accepted');
    expect(planRelation(doc({ ...pharma }), state)).toBe('changed');
    expect(planRelation(doc(pharma), { status: 'idle' })).toBeNull();
  });
});
