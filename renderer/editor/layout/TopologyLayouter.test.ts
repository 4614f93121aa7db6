import { expect, test } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutGraph } from './elkLayout.ts';
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
  const l = new TopologyLayouter(elk);
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
  const l = new TopologyLayouter({ layout: (g) => (fail ? ((fail = false), Promise.reject(new Error('boom'))) : elk.layout(g)) });
  await expect(l.request('x', graph('x'))).rejects.toThrow('boom');
  expect(await l.request('y', graph('y'))).not.toBeNull();
});
