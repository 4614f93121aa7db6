/**
 * Every industry scenario fails some requirement as-is; `netloom plan` finds an upgrade whose
 * scenario passes `netloom run --strict` (its bill of materials, --bom, adds up to its cost), and which costs no more than the naive plan
 * ("upgrade everything on the violating paths"), and is the plan it found before the planner was
 * made to scale (industryPlans.expected.json: cost and actions, recorded from the planner of
 * 60ea4e6; a change of plan is a change of the search, to be made on purpose). Every point of its
 * Pareto front that says every requirement holds was verified, and passes `netloom run --strict`
 * with the verification's replications (the electronics line's front once showed a $900 plan, passed
 * by a 2 s quick run, whose 3 × 8 s run fails 4 flows by −342 %).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { applyPlan, loadScenario, type Plan, planRunLengths } from '../../sim/api/index.ts';
import { netloom } from '../cli/netloom.ts';

const dir = new URL('../../scenarios/industry/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), 'netloom-plans-'));
const expected: Record<string, { totalCost: number; actions: unknown[] }> = JSON.parse(
  readFileSync(new URL('./industryPlans.expected.json', import.meta.url), 'utf8'),
);

describe('industry scenarios: as-is fails, the plan passes and beats the naive plan', () => {
  it('has one scenario per sector, at least eight', () => {
    const sectors = new Set(files.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).industry));
    expect(sectors.size).toBeGreaterThanOrEqual(8);
  });

  it('plans every scenario with the quick runs its plan was pinned with: the first 2 s (or the whole run), not shortened by work', () => {
    for (const file of files) {
      const model = loadScenario(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
      const runs = planRunLengths(model, model.replications);
      expect(runs.quick.durationS, file).toBe(Math.min(2, model.durationPs / 1e12));
      expect(runs.quickWhy, file).toMatch(/^the (first 2 s|whole run)$/);
    }
    // while a 500-device plant's are
    const plant = planRunLengths(loadScenario(makePlant({ devices: 500 })), 1);
    expect(plant.quick.durationS).toBeLessThan(0.5);
  });

  it.each(files)(
    '%s',
    (file) => {
      const scenario = `scenarios/industry/${file}`;
      expect(netloom('run', scenario, '--strict').code).toBe(1);
      const out = join(tmp, file);
      const planFile = join(tmp, `${file}.plan.json`);
      const bomFile = join(tmp, `${file}.bom.csv`);
      const planned = netloom('plan', scenario, '--out', out, '--json', planFile, '--bom', bomFile);
      expect(planned.code, planned.stderr).toBe(0);
      const p = JSON.parse(readFileSync(planFile, 'utf8'));
      expect(p.found).toBe(true);
      expect(p.asIs.failed.length).toBeGreaterThan(0);
      expect(p.totalCost).toBeLessThanOrEqual(p.naive.cost);
      expect({ totalCost: p.totalCost, actions: p.actions.map((a: { action: unknown }) => a.action) }).toEqual(expected[file]);
      // the bill of materials, read back: its quantities × unit prices make the plan's total cost
      const items = csvParse(readFileSync(bomFile, 'utf8')).filter((r) => r.item !== 'total');
      expect(items.reduce((sum, r) => sum + Number(r.quantity) * Number(r['unit price (USD)']), 0)).toBe(p.totalCost);
      const strict = netloom('run', out, '--strict');
      expect(strict.code, strict.stdout).toBe(0);
      // the front's passing points: verified by the planner, and passing a run of the verification's length here
      const doc = JSON.parse(readFileSync(scenario, 'utf8'));
      const passing = (p as Plan).pareto.filter((q) => q.failed === 0);
      passing.forEach((q, i) => {
        expect(q.verified, `$${q.cost}: ${q.actions.join('; ')}`).toBe(true);
        const upgraded = join(tmp, `${file}.front${i}.json`);
        writeFileSync(upgraded, JSON.stringify(applyPlan(doc, q.plan, p.catalog)));
        const run = netloom('run', upgraded, '--strict', '--replications', String(p.verification.replications));
        expect(run.code, `$${q.cost}: ${q.actions.join('; ')}\n${run.stdout}`).toBe(0);
      });
      // the electronics line's plan and its front's verifications: 88 s alone, 455 s at load 15–20
    },
    600_000,
  );
});
