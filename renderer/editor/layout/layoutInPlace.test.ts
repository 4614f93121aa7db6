import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { collapsedView } from '../../model/collapsedView.ts';
import { plantHierarchy } from '../../model/plantHierarchy.ts';
import { NH, NW } from '../appendNodeGlyph.ts';
import { elkLayout, type TopologyLayout } from './elkLayout.ts';
import { layoutGraph } from './layoutGraph.ts';
import { layoutInPlace } from './layoutInPlace.ts';
import { linksThroughNodes } from './linksThroughNodes.ts';

const elk = new ELK();

/** A plant as make-plant shapes it: a core, `areas` areas of `cells` cells, each cell a switch with its PLC and `devices` drives. */
function plant(areas: number, cells: number, devices: number, grouped: boolean) {
  const nodes: { id: string; type: string; group?: string }[] = [{ id: 'CORE', type: 'switch' }];
  const links: { id: string; from: string; to: string }[] = [];
  const add = (id: string, type: string, group: string, to: string) => {
    nodes.push({ id, type, ...(grouped ? { group } : {}) });
    links.push({ id: `${id}-${to}`, from: id, to });
  };
  for (let a = 1; a <= areas; a++) {
    add(`a${a}/SW`, 'switch', `a${a}`, 'CORE');
    add(`a${a}/EDGE`, 'compute', `a${a}`, `a${a}/SW`);
    for (let c = 1; c <= cells; c++) {
      const cell = `a${a}/c${c}`;
      add(`${cell}/SW`, 'switch', cell, `a${a}/SW`);
      add(`${cell}/PLC`, 'plc', cell, `${cell}/SW`);
      for (let d = 1; d <= devices; d++) add(`${cell}/D${d}`, 'drive', cell, `${cell}/SW`);
    }
  }
  return { nodes, links };
}

function graphOf(s: ReturnType<typeof plant>, collapsed: string[]) {
  return layoutGraph(collapsedView(s, new Map(), plantHierarchy(s), new Set(collapsed)));
}

const through = (g: ReturnType<typeof graphOf>, l: TopologyLayout) =>
  linksThroughNodes(
    g.links.map((k) => ({ ...k, points: l.routes.get(k.key)! })),
    [...l.at].map(([id, p]) => ({ id, ...p, w: NW, h: NH })),
  );

/** The nodes drawn both before and after whose place changed. */
const moved = (a: TopologyLayout, b: TopologyLayout) => [...a.at].filter(([id, p]) => b.at.has(id) && (b.at.get(id)!.x !== p.x || b.at.get(id)!.y !== p.y));

describe('a group opens and closes in place', () => {
  const s = plant(3, 6, 8, true);
  const cells = plantHierarchy(s)
    .filter((g) => g.leaf)
    .map((g) => g.id);

  test('opening a cell moves no node outside it, and no link passes through a node', async () => {
    const closed = graphOf(s, cells);
    const before = await elkLayout(closed, elk);
    const open = graphOf(
      s,
      cells.filter((c) => c !== 'group:a2/c3'),
    );
    const after = (await layoutInPlace({ graph: closed, layout: before }, open, elk))!;
    expect(after).not.toBeNull();
    expect(moved(before, after)).toEqual([]);
    // the cell's switch is where the cell was; its devices are drawn, right of it
    expect(after.at.get('a2/c3/SW')).toEqual(before.at.get('group:a2/c3'));
    for (let d = 1; d <= 8; d++) expect(after.at.get(`a2/c3/D${d}`)!.x).toBeGreaterThan(after.at.get('a2/c3/SW')!.x);
    expect(after.at.size).toBe(open.nodes.length);
    expect([...after.routes.keys()].sort()).toEqual(open.links.map((l) => l.key).sort());
    // every link outside the cell keeps its route
    for (const l of closed.links) if (after.routes.has(l.key)) expect(after.routes.get(l.key)).toEqual(before.routes.get(l.key));
    expect(through(open, after)).toEqual([]);
    // laying the whole graph out again, as before, moves nodes outside the cell: what this test guards against
    expect(moved(before, await elkLayout(open, elk)).length).toBeGreaterThan(0);
  });

  test('on generated plants, any cell opens in place: nothing outside it moves, no link passes through a node', async () => {
    const plants = fc.record({
      areas: fc.integer({ min: 1, max: 4 }),
      cells: fc.integer({ min: 1, max: 8 }),
      devices: fc.integer({ min: 1, max: 12 }),
      pick: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(plants, async ({ areas, cells: n, devices, pick }) => {
        const p = plant(areas, n, devices, true);
        const leaves = plantHierarchy(p)
          .filter((g) => g.leaf)
          .map((g) => g.id);
        const closed = graphOf(p, leaves);
        const before = await elkLayout(closed, elk);
        const open = graphOf(
          p,
          leaves.filter((_, i) => i !== pick % leaves.length),
        );
        const after = await layoutInPlace({ graph: closed, layout: before }, open, elk);
        expect(after).not.toBeNull();
        expect(moved(before, after!)).toEqual([]);
        expect(through(open, after!)).toEqual([]);
      }),
      { numRuns: 30, seed: 10 },
    );
  }, 60_000);

  test('a second cell opens in place too, and closing the first puts its node back where its switch is', async () => {
    const g0 = graphOf(s, cells);
    const l0 = await elkLayout(g0, elk);
    const g1 = graphOf(
      s,
      cells.filter((c) => c !== 'group:a1/c1'),
    );
    const l1 = (await layoutInPlace({ graph: g0, layout: l0 }, g1, elk))!;
    const g2 = graphOf(
      s,
      cells.filter((c) => c !== 'group:a1/c1' && c !== 'group:a3/c6'),
    );
    const l2 = (await layoutInPlace({ graph: g1, layout: l1 }, g2, elk))!;
    expect(moved(l1, l2)).toEqual([]);
    expect(through(g2, l2)).toEqual([]);
    const g3 = graphOf(
      s,
      cells.filter((c) => c !== 'group:a3/c6'),
    );
    const l3 = (await layoutInPlace({ graph: g2, layout: l2 }, g3, elk))!;
    expect(moved(l2, l3)).toEqual([]);
    expect(l3.at.get('group:a1/c1')).toEqual(l2.at.get('a1/c1/SW'));
    expect(l3.at.get('group:a1/c1')).toEqual(l0.at.get('group:a1/c1'));
    expect(through(g3, l3)).toEqual([]);
  });

  test('a group headed by its switch (inferred from the switch tree) opens to the right of the switch, which stays put', async () => {
    const flat = plant(2, 5, 6, false);
    const switches = plantHierarchy(flat)
      .filter((g) => g.leaf)
      .map((g) => g.id);
    const closed = graphOf(flat, switches);
    const before = await elkLayout(closed, elk);
    const open = graphOf(
      flat,
      switches.filter((c) => c !== 'a2/c4/SW'),
    );
    const after = (await layoutInPlace({ graph: closed, layout: before }, open, elk))!;
    expect(moved(before, after)).toEqual([]);
    expect(after.at.get('a2/c4/PLC')!.x).toBeGreaterThan(before.at.get('a2/c4/SW')!.x);
    expect(through(open, after)).toEqual([]);
  });

  test('a group joined to the rest by two of its nodes, or two groups at once, is left to the whole layout', async () => {
    const s2 = plant(2, 3, 4, true);
    s2.links.push({ id: 'a1/c1/D1-CORE', from: 'a1/c1/D1', to: 'CORE' });
    const cells2 = plantHierarchy(s2)
      .filter((g) => g.leaf)
      .map((g) => g.id);
    const closed = graphOf(s2, cells2);
    const prev = { graph: closed, layout: await elkLayout(closed, elk) };
    const twoGateways = graphOf(
      s2,
      cells2.filter((c) => c !== 'group:a1/c1'),
    );
    expect(await layoutInPlace(prev, twoGateways, elk)).toBeNull();
    const two = graphOf(
      s2,
      cells2.filter((c) => c !== 'group:a1/c2' && c !== 'group:a2/c1'),
    );
    expect(await layoutInPlace(prev, two, elk)).toBeNull();
  });
});
