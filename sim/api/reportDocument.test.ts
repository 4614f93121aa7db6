import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT } from '../plan/Plan.ts';
import { planMismatch, scenarioHashText } from './reportDocument.ts';

describe('scenario hash text and the plan check', () => {
  it('the same scenario gives the same text however its keys are ordered; $schema does not count', () => {
    const a = { format: 'netloom.scenario/v1', name: 'x', nodes: [{ id: 'A', type: 'plc' }], links: [], flows: [] };
    const b = { $schema: '../schema.json', flows: [], links: [], nodes: [{ type: 'plc', id: 'A' }], name: 'x', format: 'netloom.scenario/v1' };
    expect(scenarioHashText(b as never)).toBe(scenarioHashText(a as never));
    expect(scenarioHashText({ ...a, name: 'y' } as never)).not.toBe(scenarioHashText(a as never));
  });

  it("names why a plan is not this scenario's: not a plan, no hash, another hash", () => {
    const hash = 'a'.repeat(64);
    const lists = { actions: [], pareto: [], roadmap: [], asIs: { verdicts: [] } };
    expect(planMismatch({ format: PLAN_FORMAT, scenario: 'x', scenarioHash: hash, ...lists }, hash)).toBeNull();
    expect(planMismatch({ format: PLAN_FORMAT, scenario: 'x', scenarioHash: hash, ...lists, roadmap: {} }, hash)).toBe(
      'the plan has no list at $.roadmap: expected the plan as netloom plan --json writes it',
    );
    expect(planMismatch({ format: 'netloom.report/v1' }, hash)).toMatch(/expected a plan \(format "netloom.plan\/v1"/);
    expect(planMismatch(null, hash)).toMatch(/expected a plan/);
    expect(planMismatch({ format: PLAN_FORMAT, scenario: 'x' }, hash)).toMatch(/carries no scenario hash .* plan the scenario again/);
    expect(planMismatch({ format: PLAN_FORMAT, scenario: 'Other line', scenarioHash: 'b'.repeat(64) }, hash)).toBe(
      `the plan was made for another scenario ("Other line", hash ${'b'.repeat(12)}…), not this one (hash ${'a'.repeat(12)}…): plan it again`,
    );
  });
});
