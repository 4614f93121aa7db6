/**
 * Synthesized gate schedules verified by simulation (issue 5): the scenario with the gates and
 * offsets applied is run by the real engine, with heavy best-effort traffic on the same ports,
 * and every scheduled flow must meet its deadline with zero loss. No-wait schedules are
 * deterministic, so each flow's simulated latency must equal the guaranteed one exactly, every
 * frame. A control run without the gates shows the same traffic does disturb the flows, so
 * the comparison can fail.
 */
import { describe, expect, it } from 'vitest';
import { applySchedule, type Schedule, synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import { loadScenario, type Report, runScenario, type ScenarioJson } from '../../sim/api/index.ts';

type Json = Record<string, any>;

const sw = (id: string, extra: Json = {}) => ({ id, type: 'switch', switch: { latency: '1 us', ...extra } });
const host = (id: string, type = 'host') => ({ id, type });
const link = (from: string, to: string, rate = '100 Mb/s') => ({ from, to, rate, delay: '50 ns' });
const control = (id: string, from: string, to: string, period: string, size: string, deadline: string) => ({
  id,
  from,
  to,
  size,
  priority: 7,
  pattern: { type: 'periodic', period },
  requirement: { latency: deadline, loss: 0 },
});
const bulk = (id: string, from: string, to: string, rate: string) => ({ id, from, to, size: '1500 B', priority: 0, pattern: { type: 'poisson', rate } });

/** Four switches in a line; controllers at S1, devices at S4; bulk transfers both ways over every trunk. */
function lineCell(): ScenarioJson {
  return {
    format: 'netloom.scenario/v1',
    name: 'line of switches',
    nodes: [
      host('PLC1', 'plc'),
      host('PLC2', 'plc'),
      sw('S1'),
      sw('S2'),
      sw('S3'),
      sw('S4'),
      host('D1', 'drive'),
      host('D2', 'drive'),
      host('IO', 'io'),
      host('NAS'),
      host('CAM', 'camera'),
    ],
    links: [
      link('PLC1', 'S1'),
      link('PLC2', 'S1'),
      link('NAS', 'S1'),
      link('S1', 'S2'),
      link('S2', 'S3'),
      link('S3', 'S4'),
      link('S4', 'D1'),
      link('S4', 'D2'),
      link('S4', 'IO'),
      link('S4', 'CAM'),
    ],
    flows: [
      control('axis1', 'PLC1', 'D1', '500 us', '80 B', '150 us'),
      control('axis2', 'PLC1', 'D2', '1 ms', '200 B', '250 us'),
      control('io', 'PLC2', 'IO', '2 ms', '300 B', '1 ms'),
      control('feedback', 'D1', 'PLC1', '500 us', '60 B', '150 us'),
      bulk('backup', 'NAS', 'CAM', '45 Mb/s'),
      bulk('video', 'CAM', 'NAS', '45 Mb/s'),
      bulk('firmware', 'NAS', 'D2', '40 Mb/s'),
    ],
    simulation: { duration: '200 ms', seed: 7 },
  } as ScenarioJson;
}

/** A root switch with three branches; talkers and listeners spread over the leaves. */
function tree(): ScenarioJson {
  const leaves = ['A', 'B', 'C'];
  return {
    format: 'netloom.scenario/v1',
    name: 'tree',
    nodes: [
      sw('ROOT', { latency: '2 us' }),
      host('PLC', 'plc'),
      host('SRV'),
      ...leaves.flatMap((l) => [sw(`S${l}`), host(`R${l}`, 'robot'), host(`V${l}`, 'camera')]),
    ],
    links: [
      link('PLC', 'ROOT', '1 Gb/s'),
      link('SRV', 'ROOT', '1 Gb/s'),
      ...leaves.flatMap((l) => [link('ROOT', `S${l}`, '1 Gb/s'), link(`S${l}`, `R${l}`), link(`S${l}`, `V${l}`)]),
    ],
    flows: [
      ...leaves.flatMap((l, i) => [
        control(`cmd-${l}`, 'PLC', `R${l}`, ['500 us', '1 ms', '2 ms'][i], '100 B', '100 us'),
        control(`state-${l}`, `R${l}`, 'PLC', ['500 us', '1 ms', '2 ms'][i], '150 B', '100 us'),
      ]),
      control('sync-AB', 'RA', 'RB', '1 ms', '64 B', '200 us'),
      ...leaves.map((l) => bulk(`video-${l}`, `V${l}`, 'SRV', '60 Mb/s')),
      ...leaves.map((l) => bulk(`push-${l}`, 'SRV', `R${l}`, '80 Mb/s')),
    ],
    simulation: { duration: '200 ms', seed: 3 },
  } as ScenarioJson;
}

function scheduleAndRun(scenario: ScenarioJson, options = {}): { schedule: Schedule; report: Report } {
  const schedule = synthesizeSchedule(loadScenario(scenario), options);
  expect(schedule.conflicts).toEqual([]);
  expect(schedule.ok).toBe(true);
  return { schedule, report: runScenario({ scenario: applySchedule(scenario, schedule) }) };
}

/** Every scheduled flow: all frames delivered, none late, and (exact = true) every latency equal to the guaranteed one. */
function expectGuarantees(schedule: Schedule, report: Report, exact = true): void {
  for (const f of schedule.flows) {
    const r = report.flows.find((x) => x.id === f.id)!;
    expect(r.sent, f.id).toBeGreaterThan(0);
    expect(r.lost, f.id).toBe(0);
    expect(r.delivered, f.id).toBe(r.sent);
    expect(r.verdict, f.id).toBe('pass');
    expect(r.latency!.max, f.id).toBeLessThanOrEqual(f.latencyPs / 1e12);
    if (exact) {
      expect(r.latency!.max, f.id).toBe(f.latencyPs / 1e12);
      expect(r.latency!.min, f.id).toBe(f.latencyPs / 1e12);
    }
    expect(f.latencyPs, f.id).toBeLessThanOrEqual(f.deadlinePs!);
  }
}

/** The best-effort traffic must really be heavy on the scheduled ports. */
function busiest(report: Report, schedule: Schedule): number {
  const names = new Set(schedule.ports.map((p) => p.port.name));
  return Math.max(...report.links.filter((l) => names.has(`${l.from}→${l.to}`)).map((l) => l.utilization));
}

describe('gate schedules verified by simulation', () => {
  it('a line of switches, periods of 500 us / 1 ms / 2 ms, ~80 % bulk load: every frame on time, latency exactly as guaranteed', () => {
    const { schedule, report } = scheduleAndRun(lineCell());
    expect(schedule.mode).toBe('no-wait');
    expect(schedule.hyperperiodPs).toBe(2e9);
    expect(schedule.flows.map((f) => f.id)).toEqual(['axis1', 'axis2', 'io', 'feedback']);
    expect(busiest(report, schedule)).toBeGreaterThan(0.75);
    expectGuarantees(schedule, report);
  });

  it('control: the same offsets without the gates, and the bulk traffic delays the control frames', () => {
    const scenario = lineCell();
    const { schedule } = scheduleAndRun(scenario);
    const upgraded = applySchedule(scenario, schedule) as unknown as { nodes: Json[] };
    for (const n of upgraded.nodes) delete n.tsn;
    const report = runScenario({ scenario: upgraded });
    const late = schedule.flows.filter((f) => report.flows.find((r) => r.id === f.id)!.latency!.max > f.latencyPs / 1e12);
    expect(late.length).toBeGreaterThan(0);
  });

  it('a tree, flows up, down and across branches of mixed speeds, with 80 Mb/s pushed down each 100 Mb/s branch', () => {
    const { schedule, report } = scheduleAndRun(tree());
    expect(schedule.flows).toHaveLength(7);
    expect(busiest(report, schedule)).toBeGreaterThan(0.75);
    expectGuarantees(schedule, report);
  });

  it('with clock errors of ±500 ns the windows widen and the latencies still hold exactly (3 replications, each port its own error)', () => {
    const scenario = { ...lineCell(), simulation: { duration: '100 ms', seed: 11, replications: 3 } } as ScenarioJson;
    const { schedule, report } = scheduleAndRun(scenario, { syncErrorPs: 500_000 });
    expect(schedule.syncErrorPs).toBe(500_000);
    expectGuarantees(schedule, report);
    // control: a schedule made for perfect clocks, run with the same clock errors, misses its windows
    const naive = synthesizeSchedule(loadScenario(scenario));
    const upgraded = applySchedule(scenario, naive) as unknown as { nodes: Json[] };
    for (const n of upgraded.nodes) for (const p of Object.values(n.tsn?.ports ?? {}) as Json[]) p.gates.syncError = '500 ns';
    const broken = runScenario({ scenario: upgraded as unknown as ScenarioJson });
    expect(naive.flows.some((f) => broken.flows.find((r) => r.id === f.id)!.latency!.max > f.latencyPs / 1e12)).toBe(true);
  });

  it('bounded waiting: two flows that conflict without waiting, one waiting 1 us at a switch', () => {
    const bare = (from: string, to: string) => ({ from, to, rate: '1 Gb/s', framing: { overhead: '0 B' } });
    const names = ['A', 'B', 'S1', 'S2', 'S3', 'S4', 'S5', 'L1', 'L2', 'X', 'Y'];
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'bounded wait',
      nodes: names.map((id) => (id.startsWith('S') ? { id, type: 'switch', switch: { latency: '0 s' } } : host(id))),
      links: [
        bare('A', 'S1'),
        bare('B', 'S1'),
        bare('X', 'S1'),
        bare('S1', 'S2'),
        bare('S2', 'S3'),
        bare('S2', 'S5'),
        bare('S5', 'S3'),
        bare('S3', 'S4'),
        bare('S4', 'L1'),
        bare('S4', 'L2'),
        bare('S4', 'Y'),
      ],
      flows: [
        { ...control('f', 'A', 'L1', '4 us', '250 B', '20 us'), path: ['A', 'S1', 'S2', 'S3', 'S4', 'L1'] },
        { ...control('g', 'B', 'L2', '4 us', '250 B', '20 us'), path: ['B', 'S1', 'S2', 'S5', 'S3', 'S4', 'L2'] },
        { id: 'bulk', from: 'X', to: 'Y', size: '100 B', priority: 0, pattern: { type: 'poisson', rate: '20 Mb/s' } },
      ],
      simulation: { duration: '5 ms', seed: 1 },
    } as ScenarioJson;
    expect(synthesizeSchedule(loadScenario(scenario)).conflicts.map((c) => c.kind)).toEqual(['pair']);
    const { schedule, report } = scheduleAndRun(scenario, { maxWaitPs: 2_000_000 });
    expect(schedule.mode).toBe('bounded-wait');
    expect(schedule.flows.some((f) => f.waitPs > 0)).toBe(true);
    expectGuarantees(schedule, report);
  });

  it('preemptable bulk frames on an express-class port are cut before each window', () => {
    const scenario = lineCell() as unknown as { nodes: Json[] };
    for (const n of scenario.nodes) if (n.type === 'switch') n.tsn = { preemption: { express: [7] } };
    const { schedule, report } = scheduleAndRun(scenario as unknown as ScenarioJson);
    expectGuarantees(schedule, report);
  });

  it('cut-through switches and variable packet sizes: never later than guaranteed, never lost', () => {
    const scenario = lineCell() as unknown as { nodes: Json[]; flows: Json[] };
    for (const n of scenario.nodes) if (n.type === 'switch') n.switch.cutThrough = true;
    scenario.flows[1].size = { dist: 'uniform', min: '64 B', max: '400 B' };
    const { schedule, report } = scheduleAndRun(scenario as unknown as ScenarioJson);
    expectGuarantees(schedule, report, false);
    const axis2 = report.flows.find((f) => f.id === 'axis2')!;
    expect(axis2.latency!.min).toBeLessThan(axis2.latency!.max); // the sizes did vary
  });

  it('cut-through from 100 Mb/s leaves into 1 Gb/s trunks: a frame leaves no earlier than it comes in, exactly as guaranteed', () => {
    const scenario = tree() as unknown as { nodes: Json[] };
    for (const n of scenario.nodes) if (n.type === 'switch') n.switch.cutThrough = true;
    const { schedule, report } = scheduleAndRun(scenario as unknown as ScenarioJson);
    expectGuarantees(schedule, report);
    // state-A: 150 B from a 100 Mb/s leaf; its last bit reaches ROOT, then the PLC, one propagation delay after it left the robot's port
    const frame = 8 + 150 + 22;
    expect(schedule.flows.find((f) => f.id === 'state-A')!.latencyPs).toBeGreaterThanOrEqual(Math.round((frame * 8e12) / 100e6) + 3 * 50e3);
  });
});
