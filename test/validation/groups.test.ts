/**
 * Reference: the same plant written out by hand. Two areas of three cells, written once with
 * groups (an area group using a cell group, flows per template) and once flat by plain loops
 * below, as a person with a script would write it; the simulator must not see the difference.
 */
import { describe, expect, it } from 'vitest';
import { expandScenario, runScenario, type ScenarioJson } from '../../sim/api/index.ts';

const periodic = (period: string) => ({ type: 'periodic' as const, period });

const grouped = {
  format: 'netloom.scenario/v1',
  name: 'two areas',
  groups: {
    cell: {
      params: { drives: 3, uplink: '100 Mb/s' },
      nodes: [
        { id: 'SW', type: 'switch', switch: { latency: '2 us' } },
        { id: 'PLC', type: 'plc' },
        { id: 'CAM', type: 'camera' },
        { id: 'DRV{i}', type: 'drive', count: '{drives}' },
      ],
      links: [
        { from: 'PLC', to: 'SW', rate: '100 Mb/s', delay: '1 us' },
        { from: 'CAM', to: 'SW', rate: '1 Gb/s', length: '30 m' },
        { from: 'DRV*', to: 'SW', rate: '100 Mb/s', delay: '1 us' },
      ],
      flows: [
        { id: 'ctrl-{from}', from: 'DRV*', to: 'PLC', size: '100 B', priority: 6, pattern: periodic('1 ms'), requirement: { latency: '500 us' } },
        { id: 'video', from: 'CAM', to: '/SCADA', size: '1400 B', pattern: { type: 'poisson', rate: '20 Mb/s' } },
      ],
    },
    area: {
      params: { uplink: '100 Mb/s' },
      nodes: [
        { id: 'SW', type: 'switch' },
        { use: 'cell', id: 'cell{i:2}', count: 3 },
      ],
      links: [
        { from: 'cell*/SW', to: 'SW', rate: '{uplink}', delay: '5 us' },
        { from: 'SW', to: '/CORE', rate: '1 Gb/s', delay: '10 us' },
      ],
      flows: [{ id: '{from}-status', from: 'cell*/PLC', to: '/SCADA', size: '300 B', pattern: periodic('10 ms') }],
    },
  },
  nodes: [
    { id: 'CORE', type: 'switch' },
    { id: 'SCADA', type: 'host' },
    { use: 'area', id: 'area1' },
    { use: 'area', id: 'area2', params: { uplink: '50 Mb/s' } },
  ],
  links: [{ from: 'SCADA', to: 'CORE', rate: '1 Gb/s', delay: '1 us' }],
  flows: [],
  simulation: { duration: '200 ms', seed: 7 },
};

/** the same plant, written out */
function writtenOut(): ScenarioJson {
  const nodes: ScenarioJson['nodes'] = [
    { id: 'CORE', type: 'switch' },
    { id: 'SCADA', type: 'host' },
  ];
  const links: ScenarioJson['links'] = [];
  const flows: ScenarioJson['flows'] = [];
  for (const [area, uplink] of [
    ['area1', '100 Mb/s'],
    ['area2', '50 Mb/s'],
  ]) {
    nodes.push({ id: `${area}/SW`, type: 'switch', group: area });
    const areaFlows: ScenarioJson['flows'] = [];
    for (const c of ['cell01', 'cell02', 'cell03']) {
      const p = `${area}/${c}`;
      nodes.push({ id: `${p}/SW`, type: 'switch', switch: { latency: '2 us' }, group: p }, { id: `${p}/PLC`, type: 'plc', group: p });
      nodes.push({ id: `${p}/CAM`, type: 'camera', group: p });
      for (const d of [1, 2, 3]) nodes.push({ id: `${p}/DRV${d}`, type: 'drive', group: p });
      links.push({ from: `${p}/PLC`, to: `${p}/SW`, rate: '100 Mb/s', delay: '1 us' }, { from: `${p}/CAM`, to: `${p}/SW`, rate: '1 Gb/s', length: '30 m' });
      for (const d of [1, 2, 3]) links.push({ from: `${p}/DRV${d}`, to: `${p}/SW`, rate: '100 Mb/s', delay: '1 us' });
      for (const d of [1, 2, 3])
        flows.push({
          id: `${p}/ctrl-DRV${d}`,
          from: `${p}/DRV${d}`,
          to: `${p}/PLC`,
          size: '100 B',
          priority: 6,
          pattern: periodic('1 ms'),
          requirement: { latency: '500 us' },
        });
      flows.push({ id: `${p}/video`, from: `${p}/CAM`, to: 'SCADA', size: '1400 B', pattern: { type: 'poisson', rate: '20 Mb/s' } });
      areaFlows.push({ id: `${area}/${c}/PLC-status`, from: `${p}/PLC`, to: 'SCADA', size: '300 B', pattern: periodic('10 ms') });
    }
    for (const c of ['cell01', 'cell02', 'cell03']) links.push({ from: `${area}/${c}/SW`, to: `${area}/SW`, rate: uplink, delay: '5 us' });
    links.push({ from: `${area}/SW`, to: 'CORE', rate: '1 Gb/s', delay: '10 us' });
    flows.push(...areaFlows);
  }
  links.push({ from: 'SCADA', to: 'CORE', rate: '1 Gb/s', delay: '1 us' });
  return { format: 'netloom.scenario/v1', name: 'two areas', nodes, links, flows, simulation: { duration: '200 ms', seed: 7 } };
}

describe('a plant written with groups', () => {
  it('expands to the plant written out', () => {
    expect(expandScenario(grouped)).toEqual(writtenOut());
  });

  it('gives the report of the plant written out, byte for byte (periodic and Poisson flows, 3 replications)', () => {
    const flat = writtenOut();
    const a = JSON.stringify({ ...runScenario({ scenario: grouped, files: {} }, { replications: 3 }), wallSeconds: 0 });
    const b = JSON.stringify({ ...runScenario({ scenario: flat, files: {} }, { replications: 3 }), wallSeconds: 0 });
    expect(a).toBe(b);
    const report = JSON.parse(a);
    expect(report.flows.length).toBe(2 * 3 * 5);
    expect(report.flows.find((f: { id: string }) => f.id === 'area2/cell03/ctrl-DRV3').delivered).toBeGreaterThan(190);
  });
});
