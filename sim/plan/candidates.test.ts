/**
 * A long copper run needs fiber for any faster tier (catalog.copperMaxLength, IEEE 802.3 BASE-T
 * reach). When the flow needs two tiers, the search first converts the link at the next tier,
 * then proposes the tier after it on the already-converted link: that tier must keep the
 * conversion and its cost (fiberPerLink + fiberPerMetre × length, the closed form checked below).
 */
import { describe, expect, it } from 'vitest';
import { evaluateInThread } from '../../test/validation/evaluateInThread.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { loadScenario, runScenario } from '../api/index.ts';
import { applyPlan, planCost } from './actions.ts';
import { proposeCandidates } from './candidates.ts';
import { DEFAULT_CATALOG } from './catalog.ts';
import { plan } from './planner.ts';

const evaluate = evaluateInThread;
const runs = { quick: { durationS: 0.2, replications: 1 }, verify: { durationS: 0.2, replications: 1 }, budget: { years: [2026], perYear: 1e6 } };

/**
 * A camera 300 m from its host on 10 Mb/s copper. A 1,500-byte frame (1,538 B on the wire) takes
 * 1.23 ms at 10 Mb/s, 123 us at 100 Mb/s, 12.3 us at 1 Gb/s, plus 1.5 us of propagation: a 50 us
 * requirement needs 1 Gb/s, two tiers up, and fiber.
 */
const longRun: ScenarioJson = {
  format: 'netloom.scenario/v1',
  name: 'camera on a long copper run',
  nodes: [
    { id: 'CAM', type: 'camera' },
    { id: 'HOST', type: 'host' },
  ],
  links: [{ from: 'CAM', to: 'HOST', rate: '10 Mb/s', length: '300 m' }],
  flows: [
    {
      id: 'frames',
      from: 'CAM',
      to: 'HOST',
      size: '1500 B',
      pattern: { type: 'periodic', period: '5 ms' },
      requirement: { latency: '50 us' },
    },
  ],
};

describe('proposeCandidates: a later tier on a converted link keeps the conversion', () => {
  it('the plan converts the 300 m link to fiber at 1 Gb/s, costs the tier plus the conversion, and its scenario says fiber', async () => {
    const p = await plan(longRun, DEFAULT_CATALOG, evaluate, runs);
    expect(p.found).toBe(true);
    expect(p.actions.map((a) => a.action)).toEqual([{ kind: 'link-rate', link: 'CAM-HOST', rate: '1 Gb/s', fiber: true }]);
    // 1 Gb/s tier 400 + conversion 800 + 4 per metre × 300 m
    expect(p.totalCost).toBe(400 + 800 + 4 * 300);
    expect(
      planCost(
        p.actions.map((a) => a.action),
        longRun,
        DEFAULT_CATALOG,
      ),
    ).toBe(2400);
    const upgraded = applyPlan(
      longRun,
      p.actions.map((a) => a.action),
      DEFAULT_CATALOG,
    );
    expect(upgraded.links[0]).toMatchObject({ rate: '1 Gb/s', medium: 'fiber', length: '300 m' });
  });
});

describe('proposeCandidates: a fieldbus link keeps its protocol’s rate', () => {
  it('a flow late behind its poll gets no faster-link action on the fieldbus (an Ethernet tier there is no valid scenario)', () => {
    const polled: ScenarioJson = {
      format: 'netloom.scenario/v1',
      name: 'a polled sensor',
      nodes: [
        { id: 'TT', type: 'sensor' },
        { id: 'GW', type: 'gateway' },
        { id: 'HOST', type: 'host' },
      ],
      links: [
        { from: 'TT', to: 'GW', rate: '19.2 kb/s', fieldbus: { protocol: 'modbus-rtu', cycle: '100 ms' } },
        { from: 'GW', to: 'HOST', rate: '100 Mb/s' },
      ],
      flows: [{ id: 'temp', from: 'TT', to: 'HOST', size: '4 B', pattern: { type: 'periodic', period: '250 ms' }, requirement: { latency: '5 ms' } }],
    };
    const report = runScenario({ scenario: polled });
    const findings = { flows: report.flows, failing: report.flows.filter((f) => f.verdict === 'fail') };
    expect(findings.failing.map((f) => f.id)).toEqual(['temp']);
    const actions = proposeCandidates(polled, loadScenario(polled), findings, [], DEFAULT_CATALOG).flatMap((c) => c.actions);
    expect(actions.filter((a) => a.kind === 'link-rate').map((a) => (a as { link: string }).link)).toEqual(['GW-HOST']);
  });
});
