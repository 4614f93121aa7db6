import { describe, expect, it } from 'vitest';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { MAX_DRAWN, topologySvg } from './topologySvg.ts';

/** A plant of `shops` shops of `cells` cells of `devices` devices, ids hierarchical as groups write them. */
function plant(shops: number, cells: number, devices: number, positions = false): ScenarioJson {
  const nodes: ScenarioJson['nodes'] = [{ id: 'CORE', type: 'switch' }];
  const links: ScenarioJson['links'] = [];
  for (let s = 0; s < shops; s++) {
    nodes.push({ id: `shop${s}/SW`, type: 'switch' });
    links.push({ from: `shop${s}/SW`, to: 'CORE', rate: '10 Gb/s' });
    for (let c = 0; c < cells; c++) {
      nodes.push({ id: `shop${s}/cell${c}/SW`, type: 'switch' });
      links.push({ from: `shop${s}/cell${c}/SW`, to: `shop${s}/SW`, rate: '1 Gb/s' });
      for (let d = 0; d < devices; d++) {
        nodes.push({ id: `shop${s}/cell${c}/D${d}`, type: 'drive' });
        links.push({ from: `shop${s}/cell${c}/D${d}`, to: `shop${s}/cell${c}/SW`, rate: '100 Mb/s' });
      }
    }
  }
  if (positions) nodes.forEach((n, i) => Object.assign(n, { position: [i % 10, Math.floor(i / 10), 0] }));
  return { format: 'netloom.scenario/v1', name: 'plant', nodes, links, flows: [] };
}

describe('topologySvg', () => {
  it('draws a small plant node by node, in layers from the core when nodes have no position', () => {
    const pic = topologySvg(plant(2, 2, 3));
    expect(pic.depth).toBe(0);
    expect(pic.boxes).toBe(1 + 2 + 4 + 12);
    expect(pic.svg.match(/<circle/g)).toHaveLength(19);
    expect(pic.svg.match(/<line/g)).toHaveLength(18);
    // the core sits alone on the top layer (the centre of the tree, not the switch with the most neighbours)
    expect(pic.svg).toMatch(/<title>CORE \(switch\)<\/title><circle cx="500" cy="40"/);
  });

  it('draws a large plant by group, at most MAX_DRAWN boxes, links between groups merged', () => {
    const s = plant(4, 25, 30); // 3,105 nodes
    const pic = topologySvg(s);
    expect(pic.depth).toBe(2); // shopN/cellM
    expect(pic.boxes).toBeLessThanOrEqual(MAX_DRAWN);
    expect(pic.boxes).toBe(1 + 4 + 100);
    expect(pic.svg).toContain('<title>shop3/cell24/… (31 nodes)</title>');
    expect(pic.svg.match(/<line/g)).toHaveLength(104);
    expect(pic.svg.length).toBeLessThan(60_000);
  });

  it('puts nodes at their positions when every node has one', () => {
    const pic = topologySvg(plant(1, 1, 8, true));
    const x = [...pic.svg.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(x.slice(0, 3)).toEqual([60, 60 + 880 / 9, 60 + (2 * 880) / 9].map((v) => Math.round(v * 100) / 100));
  });
});
