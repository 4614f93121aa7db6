/**
 * The planner on a generated plant (scripts/make-plant.ts) that fails at one starved uplink:
 * cell C1's uplink set to 20 Mb/s carries its camera's 30 fps frames (124,549 B each, about
 * 30 Mb/s), so the camera's frames and the vibration reports queued behind them miss their
 * deadlines; every other cell passes. The cheapest fix by the catalog is the next tier on that
 * one link (100 Mb/s, $150), and it is the whole plan.
 */
import { describe, expect, it } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { createSimApi, type Report } from '../../sim/api/index.ts';
import { type Evaluate, plan, resolveCatalog } from '../../sim/plan/index.ts';

const evaluate: Evaluate = async (scenarios, opts) =>
  scenarios.map((s) => {
    const api = createSimApi();
    const loaded = api.load({ scenario: s }, { durationS: opts.durationS, replications: opts.replications });
    return loaded.ok ? (api.run() as Report) : { error: loaded.issues[0].message };
  });

describe('planner on a generated plant with one starved uplink', () => {
  it('upgrades that uplink, and nothing else', async () => {
    const doc = makePlant({ devices: 60, perCell: 20, duration: '0.3 s', starve: { 'C1-A1': '20 Mb/s' } });
    const runs = { quick: { durationS: 0.3, replications: 1 }, verify: { durationS: 0.3, replications: 1 } };
    const p = await plan(doc, resolveCatalog({}), evaluate, { ...runs, budget: { years: [2026], perYear: 1e6 } });
    expect(p.asIs.failed.length).toBeGreaterThan(0);
    expect(p.asIs.failed.every((f) => f.startsWith('C1-'))).toBe(true);
    expect(p.found).toBe(true);
    expect(p.actions.map((a) => a.action)).toEqual([{ kind: 'link-rate', link: 'C1-A1', rate: '100 Mb/s', fiber: false }]);
    expect(p.totalCost).toBe(150);
    expect(p.verification?.failed).toBe(0);
  }, 120_000);
});
