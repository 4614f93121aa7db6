import ELK from 'elkjs/lib/elk.bundled.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { autoLayout } from '../../model/autoLayout.ts';
import { NH, NW } from '../appendNodeGlyph.ts';
import { SCALE } from '../TopologyView.ts';
import { collapsedView } from '../../model/collapsedView.ts';
import { elkLayout, type LayoutGraph } from './elkLayout.ts';
import { layoutGraph } from './layoutGraph.ts';
import { linksThroughNodes } from './linksThroughNodes.ts';

const elk = new ELK();

interface Net {
  nodes: { id: string; type: string }[];
  links: { key: string; from: string; to: string }[];
}

/** A switch tree: node i hangs under an earlier node; a node with something under it is a switch. */
const trees = fc.array(fc.nat(), { minLength: 1, maxLength: 70 }).map((picks): Net => {
  const links = picks.map((p, k) => ({ key: `L${k + 1}`, from: `N${p % (k + 1)}`, to: `N${k + 1}` }));
  const parents = new Set(links.map((l) => l.from));
  return { nodes: ['N0', ...links.map((l) => l.to)].map((id) => ({ id, type: parents.has(id) ? 'switch' : 'plc' })), links };
});

/** A ring of switches (as in a PROFINET MRP ring), each with some devices. */
const rings = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 3, maxLength: 14 }).map((devices): Net => {
  const n = devices.length;
  const nodes: Net['nodes'] = [];
  const links: Net['links'] = [];
  devices.forEach((m, i) => {
    nodes.push({ id: `S${i}`, type: 'switch' });
    links.push({ key: `R${i}`, from: `S${i}`, to: `S${(i + 1) % n}` });
    for (let d = 0; d < m; d++) {
      nodes.push({ id: `S${i}-D${d}`, type: 'drive' });
      links.push({ key: `S${i}-D${d}`, from: `S${i}-D${d}`, to: `S${i}` });
    }
  });
  return { nodes, links };
});

const graph = (net: Net): LayoutGraph => ({
  nodes: net.nodes.map((n) => ({ id: n.id, width: NW, height: NH, label: { width: Math.max(NW, 6.2 * n.id.length), height: 14 } })),
  links: net.links,
});
const boxes = (at: Map<string, { x: number; y: number }>) => [...at].map(([id, p]) => ({ id, x: p.x, y: p.y, w: NW, h: NH }));

/** The app's layout (layoutGraph's sizes and orientation, then ELK): the links through nodes they do not touch (none expected). */
async function throughOnElk(net: Net) {
  const view = collapsedView({ nodes: net.nodes, links: net.links.map((k) => ({ ...k, id: k.key })) }, new Map(), [], new Set());
  const l = await elkLayout(layoutGraph(view), elk);
  const links = net.links.map((k) => ({ ...k, points: l.routes.get(k.key) ?? [] }));
  expect(links.every((k) => k.points.length >= 2)).toBe(true);
  return linksThroughNodes(links, boxes(l.at));
}

/** The floor layout the view drew before (autoLayout, straight links centre to centre). */
function throughOnStraightLines(net: Net) {
  const at = new Map([...autoLayout(net)].map(([id, p]) => [id, { x: p[0] * SCALE, y: p[1] * SCALE }]));
  const links = net.links.map((k) => ({ ...k, points: [at.get(k.from)!, at.get(k.to)!] }));
  return linksThroughNodes(links, boxes(at));
}

describe('the topology layout never draws a link through a node it does not touch', () => {
  test('on generated switch trees of 2 to 71 nodes', async () => {
    await fc.assert(
      fc.asyncProperty(trees, async (net) => {
        expect(await throughOnElk(net)).toEqual([]);
      }),
      { numRuns: 25, seed: 10 },
    );
  }, 60_000);

  test('on generated rings of 3 to 14 switches with up to 6 devices each', async () => {
    await fc.assert(
      fc.asyncProperty(rings, async (net) => {
        expect(await throughOnElk(net)).toEqual([]);
      }),
      { numRuns: 25, seed: 10 },
    );
  }, 60_000);

  test('while the straight-line floor layout it replaces fails the same property on both', () => {
    for (const nets of [trees, rings]) {
      const r = fc.check(
        fc.property(nets, (net) => throughOnStraightLines(net).length === 0),
        { numRuns: 40, seed: 10 },
      );
      expect(r.failed).toBe(true);
    }
  });

  test('every link gets a route whose ends lie on its two nodes', async () => {
    const net: Net = {
      nodes: ['CORE', 'A', 'B', 'A1', 'B1'].map((id) => ({ id, type: 'switch' })),
      links: [
        { key: 'CORE-A', from: 'CORE', to: 'A' },
        { key: 'CORE-B', from: 'CORE', to: 'B' },
        { key: 'A-A1', from: 'A', to: 'A1' },
        { key: 'B-B1', from: 'B', to: 'B1' },
        { key: 'A-B', from: 'A', to: 'B' },
      ],
    };
    const l = await elkLayout(graph(net), elk);
    for (const k of net.links) {
      const pts = l.routes.get(k.key)!;
      const near = (p: { x: number; y: number }, id: string) =>
        Math.abs(p.x - l.at.get(id)!.x) <= NW / 2 + 0.01 && Math.abs(p.y - l.at.get(id)!.y) <= NH / 2 + 0.01;
      expect([near(pts[0], k.from), near(pts.at(-1)!, k.to)]).toEqual([true, true]);
      // orthogonal: every segment is horizontal or vertical
      for (let i = 1; i < pts.length; i++) expect(Math.min(Math.abs(pts[i].x - pts[i - 1].x), Math.abs(pts[i].y - pts[i - 1].y))).toBeLessThan(0.01);
    }
  });
});
