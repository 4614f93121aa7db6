import { describe, expect, it } from 'vitest';
import { diffScenarios } from './diffScenarios.ts';

const base = () => ({
  format: 'netloom.scenario/v1',
  name: 'cell',
  nodes: [
    { id: 'S1', type: 'switch' },
    { id: 'PLC', type: 'plc' },
    { id: 'CAM', type: 'camera' },
  ],
  links: [
    { from: 'PLC', to: 'S1', rate: '100 Mb/s', delay: '1 us' },
    { from: 'CAM', to: 'S1', rate: '1 Gb/s', length: '50 m', medium: 'copper' },
  ],
  flows: [
    {
      id: 'ctrl',
      from: 'CAM',
      to: 'PLC',
      size: '100 B',
      pattern: { type: 'periodic', period: '1 ms' },
      requirement: { latency: '1 ms' },
    },
  ],
  simulation: { duration: '1 s', seed: 1 },
});

describe('diffScenarios', () => {
  it('the same scenario has no change, and units that read the same are not one', () => {
    const b = base();
    b.links[1].rate = '1000 Mb/s';
    b.flows[0].pattern.period = '1000us';
    expect(diffScenarios(base(), b)).toMatchObject({ nodes: [], links: [], flows: [], settings: [], summary: { added: 0, removed: 0, changed: 0 } });
  });

  it('a changed link rate is that link with its rate before → after', () => {
    const b = base();
    b.links[0].rate = '10 Mb/s';
    expect(diffScenarios(base(), b).links).toEqual([
      { id: 'PLC-S1', from: 'PLC', to: 'S1', kind: 'changed', fields: [{ field: 'rate', before: '100 Mb/s', after: '10 Mb/s' }] },
    ]);
  });

  it('a link turned fiber lists its medium and length', () => {
    const b = base();
    Object.assign(b.links[1], { medium: 'fiber', length: '2 km' });
    expect(diffScenarios(base(), b).links[0].fields).toEqual([
      { field: 'length', before: '50 m', after: '2 km' },
      { field: 'medium', before: 'copper', after: 'fiber' },
    ]);
  });

  it('a removed node is listed with its links', () => {
    const b = base();
    b.nodes = b.nodes.filter((n) => n.id !== 'CAM');
    b.links = b.links.filter((l) => l.from !== 'CAM');
    b.flows = [];
    const d = diffScenarios(base(), b);
    expect(d.nodes).toEqual([{ id: 'CAM', kind: 'removed', fields: [] }]);
    expect(d.links).toEqual([{ id: 'CAM-S1', from: 'CAM', to: 'S1', kind: 'removed', fields: [] }]);
    expect(d.flows).toEqual([{ id: 'ctrl', kind: 'removed', fields: [] }]);
    expect(d.summary).toEqual({ added: 0, removed: 3, changed: 0 });
  });

  it('a flow only in B is added; a requirement and a pattern change name their fields', () => {
    const b = base();
    b.flows[0].requirement = { latency: '500 us' };
    (b.flows as unknown[]).push({ id: 'video', from: 'CAM', to: 'PLC', size: '1400 B', pattern: { type: 'cbr', rate: '10 Mb/s' } });
    const d = diffScenarios(base(), b);
    expect(d.flows).toEqual([
      { id: 'ctrl', kind: 'changed', fields: [{ field: 'requirement.latency', before: '1 ms', after: '500 us' }] },
      { id: 'video', kind: 'added', fields: [] },
    ]);
  });

  it('a pattern of another type is one change as a whole, not a list of its fields', () => {
    const b = base();
    (b.flows[0] as { pattern: unknown }).pattern = { type: 'poisson', rate: '1 Mb/s' };
    expect(diffScenarios(base(), b).flows[0].fields).toEqual([
      { field: 'pattern', before: { type: 'periodic', period: '1 ms' }, after: { type: 'poisson', rate: '1 Mb/s' } },
    ]);
  });

  it('a node of another type names its type; the settings name the simulation field', () => {
    const b = base();
    b.nodes[2].type = 'sensor';
    b.simulation.seed = 7;
    const d = diffScenarios(base(), b);
    expect(d.nodes).toEqual([{ id: 'CAM', kind: 'changed', fields: [{ field: 'type', before: 'camera', after: 'sensor' }] }]);
    expect(d.settings).toEqual([{ field: 'simulation.seed', before: 1, after: 7 }]);
  });

  it('two links between the same nodes without ids are told apart', () => {
    const a = base();
    a.links.push({ ...a.links[0] });
    const b = base();
    b.links.push({ ...b.links[0], rate: '1 Gb/s' });
    expect(diffScenarios(a, b).links.map((l) => [l.id, l.fields.map((f) => f.field)])).toEqual([['PLC-S1#2', ['rate']]]);
  });

  it('groups are compared expanded: a change to a group shows on every instance', () => {
    const grouped = (rate: string) => ({
      format: 'netloom.scenario/v1',
      name: 'cells',
      groups: {
        cell: {
          nodes: [
            { id: 'SW', type: 'switch' },
            { id: 'PLC', type: 'plc' },
          ],
          links: [
            { from: 'PLC', to: 'SW', rate: '100 Mb/s' },
            { from: 'SW', to: '/CORE', rate },
          ],
          flows: [],
        },
      },
      nodes: [
        { id: 'CORE', type: 'switch' },
        { use: 'cell', id: 'cell{i}', count: 2 },
      ],
      links: [],
      flows: [],
    });
    const d = diffScenarios(grouped('1 Gb/s'), grouped('100 Mb/s'));
    expect(d.expanded).toBe(true);
    expect(d.links.map((l) => `${l.from}→${l.to} ${l.fields.map((f) => `${f.field} ${f.before} → ${f.after}`)}`)).toEqual([
      'cell1/SW→CORE rate 1 Gb/s → 100 Mb/s',
      'cell2/SW→CORE rate 1 Gb/s → 100 Mb/s',
    ]);
    expect(diffScenarios(base(), base()).expanded).toBe(false);
  });

  it('a scenario whose groups cannot be expanded throws the ScenarioError of its path', () => {
    expect(() => diffScenarios(base(), { ...base(), nodes: [{ use: 'nope', id: 'x' }] })).toThrow(/nodes\[0\]/);
  });
});
