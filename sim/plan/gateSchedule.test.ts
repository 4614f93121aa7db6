import { describe, expect, it, vi } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import * as gcl from '../analysis/gcl/index.ts';
import { runScenario } from '../api/createSimApi.ts';
import { loadScenario } from '../scenario/load.ts';
import { DEFAULT_CATALOG } from './catalog.ts';
import { outcomeOf } from './evaluation.ts';
import { gateCandidate } from './gateSchedule.ts';

vi.mock('../analysis/gcl/index.ts', async (original) => {
  const real = await original<typeof gcl>();
  return { ...real, synthesizeSchedule: vi.fn(real.synthesizeSchedule) };
});

const plant = (starve: Record<string, string>) => {
  const doc = makePlant({ devices: 60, perCell: 20, duration: '0.3 s', starve });
  return { doc, model: loadScenario(doc), findings: outcomeOf(runScenario({ scenario: doc })).findings! };
};
const synthesized = () => vi.mocked(gcl.synthesizeSchedule).mock.calls.map((c) => c[1]?.flows);

describe('gateCandidate: one synthesis when the schedule of every time-critical flow covers the failing ones, else a second for them alone', () => {
  it('a cyclic control flow said to wait: the schedule of all covers it, one synthesis (seconds on a large plant)', () => {
    const { doc, model, findings } = plant({});
    const f = findings.flows.find((x) => x.id === 'C1-ctrl-C1-DRV1-out')!;
    const hop = { link: 'C1-DRV1-C1', from: 'C1', to: 'C1-DRV1', maxWait: 1e-3, meanWait: 1e-4 };
    const failing = [{ ...f, verdict: 'fail' as const, attribution: { hops: [hop], compute: null } }];
    vi.mocked(gcl.synthesizeSchedule).mockClear();
    const c = gateCandidate(doc, model, { flows: findings.flows, failing }, [], DEFAULT_CATALOG);
    expect(c?.actions[0]).toMatchObject({ kind: 'tsn-schedule', model: 'tsn' });
    expect(c?.actions[0].kind === 'tsn-schedule' && c.actions[0].flows).toContain(f.id);
    expect(synthesized()).toEqual([undefined]);
  });

  it('the vibration reports behind a starved uplink: the schedule of all does not cover them, a second synthesis tries them alone', () => {
    const { doc, model, findings } = plant({ 'C1-A1': '20 Mb/s' });
    const critical = findings.failing.filter((f) => f.id.includes('-vib-')).map((f) => f.id);
    expect(critical.length).toBeGreaterThan(0);
    vi.mocked(gcl.synthesizeSchedule).mockClear();
    gateCandidate(doc, model, findings, [], DEFAULT_CATALOG);
    expect(synthesized()).toEqual([undefined, critical]);
  });
});
