import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { type Action, costOf } from '../../plan/actions.ts';
import { DEFAULT_CATALOG } from '../../plan/catalog.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { billOfMaterials, partsOf } from './billOfMaterials.ts';
import { bomCsv } from './bomCsv.ts';

const doc: ScenarioJson = {
  format: 'netloom.scenario/v1',
  name: 'bom',
  nodes: [
    { id: 'S1', type: 'switch' },
    { id: 'S2', type: 'switch' },
    { id: 'CLOUD', type: 'cloud' },
    { id: 'EDGE', type: 'compute' },
  ],
  links: [
    { from: 'S1', to: 'S2', rate: '100 Mb/s', length: '1.2 km' },
    { from: 'S2', to: 'CLOUD', rate: '100 Mb/s', delay: '5 ms' },
    { from: 'S2', to: 'EDGE', rate: '1 Gb/s', length: '30 m' },
  ],
  flows: [],
};
const c = { ...DEFAULT_CATALOG, tsnSchedule: 1500, priorityChange: 25 };
const actions: Action[] = [
  { kind: 'link-rate', link: 'S1-S2', rate: '1 Gb/s', fiber: true },
  { kind: 'link-rate', link: 'S2-CLOUD', rate: '1 Gb/s', fiber: false },
  { kind: 'link-rate', link: 'S2-EDGE', rate: '10 Gb/s', fiber: false },
  { kind: 'switch', node: 'S1', model: 'managed' },
  { kind: 'priority', flow: 'ctrl', priority: 6 },
  { kind: 'reroute', flow: 'cam', path: ['S1', 'S2'] },
  { kind: 'gpu', node: 'EDGE', add: 3 },
  { kind: 'edge-server', at: 'S1', id: 'EDGE-S1', flows: ['cam'] },
  { kind: 'new-link', from: 'S1', to: 'EDGE' },
  { kind: 'wifi-ap', node: 'AP1' },
  { kind: 'cell-urllc', node: 'GNB' },
  { kind: 'tsn-schedule', flows: ['ctrl', 'io'], model: 'tsn', switches: ['S1', 'S2'] },
];

describe('billOfMaterials', () => {
  it.each(actions.map((a) => [a.kind, a] as const))("lists what a %s action buys, adding up to the planner's cost of it (costOf)", (_, a) => {
    const parts = partsOf(a, doc, c);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.reduce((s, p) => s + p.quantity * p.unitPrice, 0)).toBe(costOf(a, doc, c));
  });

  it('prices a copper-to-fiber conversion per link and per metre of the link, and a link to a cloud node at the WAN tier', () => {
    const fiber = partsOf(actions[0], doc, c);
    expect(fiber.map((p) => [p.item, p.quantity, p.unit, p.unitPrice])).toEqual([
      ['Gigabit Ethernet, 1 Gb/s link (both ends and labour)', 1, 'each', 400],
      ['copper to fiber conversion (transceivers, pulling)', 1, 'each', 800],
      ['fiber cable', 1200, 'm', 4],
    ]);
    expect(partsOf(actions[1], doc, c)[0].unitPrice).toBe(32400);
  });

  it('puts items of the same kind and price on one line with their quantity and places, and totals the plan', () => {
    const bom = billOfMaterials(actions, doc, c);
    const tsn = bom.lines.find((l) => l.item.startsWith('TSN-capable'));
    expect(tsn).toMatchObject({ quantity: 2, unitPrice: 6000, where: ['S1', 'S2'] });
    expect(bom.total).toBe(actions.reduce((s, a) => s + costOf(a, doc, c), 0));
    expect(bom.currency).toBe('USD');
  });

  it('writes a CSV a spreadsheet reads back: each amount is quantity × unit price, the total row their sum', () => {
    const bom = billOfMaterials(actions, doc, c);
    const rows = csvParse(bomCsv(bom));
    expect(rows.columns).toEqual(['item', 'quantity', 'unit', 'unit price (USD)', 'amount (USD)', 'currency', 'where']);
    const items = rows.slice(0, -1);
    for (const r of items) expect(Number(r['amount (USD)'])).toBe(Number(r.quantity) * Number(r['unit price (USD)']));
    expect(rows[rows.length - 1].item).toBe('total');
    expect(Number(rows[rows.length - 1]['amount (USD)'])).toBe(items.reduce((s, r) => s + Number(r['amount (USD)']), 0));
    expect(rows.find((r) => r.item.startsWith('802.1Qbv'))?.item).toBe('802.1Qbv gate schedule for 2 flows (engineering)');
    expect(items.find((r) => r.item === 'fiber cable')).toMatchObject({ quantity: '1200', unit: 'm', where: 'S1-S2' });
  });
});
