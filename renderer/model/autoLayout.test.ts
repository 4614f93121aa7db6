import { describe, expect, test } from 'vitest';
import { autoLayout } from './autoLayout.ts';

function plant(switches: number, perSwitch: number) {
  const nodes = [{ id: 'CORE', type: 'switch' }];
  const links = [];
  for (let s = 0; s < switches; s++) {
    nodes.push({ id: `S${s}`, type: 'switch' });
    links.push({ from: 'CORE', to: `S${s}` });
    for (let d = 0; d < perSwitch; d++) {
      nodes.push({ id: `D${s}_${d}`, type: 'io' });
      links.push({ from: `S${s}`, to: `D${s}_${d}` });
    }
  }
  return { nodes, links };
}

describe('autoLayout', () => {
  test('places every node, no two at the same spot', () => {
    const p = plant(5, 12);
    const out = autoLayout(p);
    expect(out.size).toBe(p.nodes.length);
    const spots = new Set([...out.values()].map((v) => v.join(',')));
    expect(spots.size).toBe(p.nodes.length);
  });

  test('devices sit below their switch, switches below the core', () => {
    const out = autoLayout(plant(3, 4));
    expect(out.get('S0')![1]).toBeGreaterThan(out.get('CORE')![1]);
    expect(out.get('D0_0')![1]).toBeGreaterThan(out.get('S0')![1]);
  });

  test('2,000 devices all get a place of their own (the app at 10,000 devices is measured in bench/app)', () => {
    const out = autoLayout(plant(40, 50));
    const places = new Set([...out.values()].map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(out.size).toBe(places.size);
    expect(out.size).toBeGreaterThanOrEqual(2000);
  });

  test('isolated nodes and separate parts are placed too', () => {
    const out = autoLayout({
      nodes: [
        { id: 'A', type: 'plc' },
        { id: 'B', type: 'io' },
        { id: 'C', type: 'host' },
      ],
      links: [{ from: 'A', to: 'B' }],
    });
    expect(out.size).toBe(3);
  });

  test('a link that names a missing node is left out, not followed (the crash "t.get is not a function" on opening such a file)', () => {
    const nodes = [
      { id: 'SW1', type: 'switch' },
      { id: 'PLC1', type: 'plc' },
    ];
    const out = autoLayout({
      nodes,
      links: [
        { from: 'PLC1', to: 'SW1' },
        { from: 'NOPE', to: 'SW1' },
        { from: 'SW1', to: 'GONE' },
      ],
    });
    expect([...out.keys()].sort()).toEqual(['PLC1', 'SW1']);
  });

  test('a node named twice is placed once', () => {
    const out = autoLayout({
      nodes: [
        { id: 'SW1', type: 'switch' },
        { id: 'A', type: 'plc' },
        { id: 'SW1', type: 'switch' },
      ],
      links: [{ from: 'A', to: 'SW1' }],
    });
    expect(out.size).toBe(2);
  });
});
