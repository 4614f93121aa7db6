import ELK from 'elkjs/lib/elk.bundled.js';
import { expect, test } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutGraph } from './elkLayout.ts';
import { layoutEngine } from './layoutEngine.ts';
import { TopologyLayouter } from './TopologyLayouter.ts';

/** An ELK stand-in that records what it was asked to lay out and puts every node at the origin. */
function fakeElk() {
  const asked: string[] = [];
  return {
    asked,
    layout: async (g: ElkNode) => {
      asked.push(g.children!.map((c) => c.id).join(','));
      return { ...g, children: g.children!.map((c) => ({ ...c, x: 0, y: 0 })), edges: [] };
    },
  };
}
const graph = (...ids: string[]): LayoutGraph => ({ nodes: ids.map((id) => ({ id, width: 10, height: 10, label: { width: 10, height: 10 } })), links: [] });

test('requests overtaken before they start are dropped; the last one is laid out and kept', async () => {
  const elk = fakeElk();
  const l = new TopologyLayouter(layoutEngine(elk));
  const first = l.request('a', graph('a'));
  await first;
  const second = l.request('b', graph('b'));
  const third = l.request('c', graph('c'));
  expect(await second).toBeNull();
  expect((await third)?.at.has('c')).toBe(true);
  expect(elk.asked).toEqual(['a', 'c']);
  expect(l.cached('c')).not.toBeNull();
  // asked again: from the cache, ELK is not called
  await l.request('c', graph('c'));
  expect(elk.asked).toEqual(['a', 'c']);
});

test('a failed layout rejects its request and does not block the next', async () => {
  const elk = fakeElk();
  let fail = true;
  const l = new TopologyLayouter(layoutEngine({ layout: (g) => (fail ? ((fail = false), Promise.reject(new Error('boom'))) : elk.layout(g)) }));
  await expect(l.request('x', graph('x'))).rejects.toThrow('boom');
  expect(await l.request('y', graph('y'))).not.toBeNull();
});

test('a graph with one more group open is laid out in place: ELK is asked for the group alone', async () => {
  const elk = new ELK();
  const asked: number[] = [];
  const l = new TopologyLayouter(layoutEngine({ layout: (g) => (asked.push(g.children!.length), elk.layout(g)) }));
  const node = (id: string) => ({ id, width: 38, height: 26, label: { width: 40, height: 14 } });
  const closed: LayoutGraph = {
    nodes: ['CORE', 'group:c1', 'group:c2', 'group:c3'].map(node),
    links: [l1('group:c1', 'CORE'), l1('group:c2', 'CORE'), l1('group:c3', 'CORE')],
  };
  const open: LayoutGraph = {
    nodes: ['CORE', 'c1/SW', 'c1/D1', 'c1/D2', 'group:c2', 'group:c3'].map(node),
    links: [l1('c1/SW', 'CORE', 'group:c1-CORE'), l1('c1/D1', 'c1/SW'), l1('c1/D2', 'c1/SW'), l1('group:c2', 'CORE'), l1('group:c3', 'CORE')],
  };
  const before = (await l.request('closed', closed))!;
  const after = (await l.request('open', open))!;
  expect(asked).toEqual([4, 3]);
  expect(after.at.get('c1/SW')).toEqual(before.at.get('group:c1'));
  expect(after.at.get('group:c2')).toEqual(before.at.get('group:c2'));
});

function l1(from: string, to: string, key = `${from}-${to}`) {
  return { key, from, to };
}
