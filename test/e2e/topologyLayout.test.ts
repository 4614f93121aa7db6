/**
 * The topology's layered layout on the steel works (scenarios/plants/steel-works.json, 10,213 nodes,
 * issue 10): it opens collapsed and laid out by ELK, no drawn link passes through a device it does not
 * touch (checked on what the browser drew), clicking each area's uplink to the core selects exactly that
 * link, a node dragged by hand stays where it was put and its links follow it. The plant is written out
 * flat (expandScenario) since the editor opens flat files. Screenshot: docs/topology-layout.png.
 * After a run of R1 (the library's line cell): the busiest link is drawn on top of the others, and a
 * "where it waits" row of a flow selects the port it names.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NH, NW } from '../../renderer/editor/appendNodeGlyph.ts';
import { linksThroughNodes } from '../../renderer/editor/layout/linksThroughNodes.ts';
import { expandScenario } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, runAndWait, shot, state } from './harness.ts';

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
      from: g.dataset.from!,
      to: g.dataset.to!,
      points: g
        .querySelector('polyline.wire')!
        .getAttribute('points')!
        .split(' ')
        .map((p) => ({ x: Number(p.split(',')[0]), y: Number(p.split(',')[1]) })),
    }));
    return { nodes, links };
  });
}

/** Client coordinates of a drawn node's centre. */
async function editorPoint(id: string): Promise<{ x: number; y: number }> {
  return (await page.evaluate(
    (n) => (window as never as { __netloom: { editorPoint(id: string): { x: number; y: number } | null } }).__netloom.editorPoint(n),
    id,
  ))!;
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
  const uplinks = flat.links.filter((l) => l.to === 'CORE' || l.from === 'CORE').map((l) => l.id ?? `${l.from}-${l.to}`);

  test('opens collapsed, and no drawn link passes through a device it does not touch', async () => {
    const file = join(ROOT, 'test-results', 'steel-works-flat.json');
    writeFileSync(file, JSON.stringify(flat));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(file);
    await expect.poll(() => page.locator('svg.topology g.node.collapsed').count(), { timeout: 90_000 }).toBe(200);
    const { nodes, links } = await drawing();
    expect(nodes.length).toBe(213);
    expect(
      linksThroughNodes(
        links,
        nodes.map((n) => ({ ...n, w: NW, h: NH })),
      ),
    ).toEqual([]);
    // every link is drawn as ELK routed it: some bend
    expect(links.filter((l) => l.points.length > 2).length).toBeGreaterThan(100);
    await shot(page, 'topology-layout-fit');
    // closer, names readable: the core, the first areas and their cells
    const core = await editorPoint('CORE');
    await page.mouse.move(core.x + 60, core.y + 40);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -250);
    await page.waitForTimeout(500);
    copyFileSync(await shot(page, 'topology-layout'), join(ROOT, 'docs', 'topology-layout.png'));
    await page.getByTitle('Zoom to show the whole plant').click();
    await page.waitForTimeout(600);
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

  test('a cell opens in place: no node outside it moves, its switch takes its place, still no link through a device', async () => {
    const cell = page.locator('g.node[data-id="group:hsm/cell03"]');
    const box = (await cell.locator('.body').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -250);
    await page.waitForTimeout(500);
    const before = await drawing();
    const onScreen = (await cell.locator('.body').boundingBox())!;
    const t0 = Date.now();
    await cell.locator('.group-toggle').click();
    await page.locator('g.node[data-id="hsm/cell03/SW"]').waitFor({ timeout: 30_000 });
    console.log(`cell opened and drawn in ${Date.now() - t0} ms`);
    const { nodes, links } = await drawing();
    expect(nodes.length).toBe(213 - 1 + 51);
    expect(
      linksThroughNodes(
        links,
        nodes.map((n) => ({ ...n, w: NW, h: NH })),
      ),
    ).toEqual([]);
    // every node outside the cell is drawn where it was, and the cell's switch where the cell was
    const now = new Map(nodes.map((n) => [n.id, n]));
    expect(before.nodes.filter((n) => n.id !== 'group:hsm/cell03' && (now.get(n.id)?.x !== n.x || now.get(n.id)?.y !== n.y))).toEqual([]);
    const was = before.nodes.find((n) => n.id === 'group:hsm/cell03')!;
    expect(now.get('hsm/cell03/SW')).toEqual({ id: 'hsm/cell03/SW', x: was.x, y: was.y });
    // the view moved no more than it had to to show the cell's devices, wherever they found room: the switch moved on screen as much as the view
    const view = (await page.locator('svg.topology').boundingBox())!;
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<SVGGElement>('svg.topology g.node')]
        .filter((g) => g.dataset.id!.startsWith('hsm/cell03/'))
        .map((g) => g.querySelector('.body')!.getBoundingClientRect()),
    );
    // (all of them when they fit; when they do not, their top left corner)
    const [x0, y0] = [Math.min(...shown.map((r) => r.x)), Math.min(...shown.map((r) => r.y))];
    const [x1, y1] = [Math.max(...shown.map((r) => r.x + r.width)), Math.max(...shown.map((r) => r.y + r.height))];
    expect(x0 >= view.x && y0 >= view.y && x0 < view.x + view.width && y0 < view.y + view.height).toBe(true);
    if (x1 - x0 < view.width && y1 - y0 < view.height) expect(x1 <= view.x + view.width && y1 <= view.y + view.height).toBe(true);
    const sw = (await page.locator('g.node[data-id="hsm/cell03/SW"] .body').boundingBox())!;
    console.log(`the view moved by ${Math.round(sw.x - onScreen.x)}, ${Math.round(sw.y - onScreen.y)} px to show the cell`);
    await shot(page, 'topology-layout-cell-open');
    // closed again by its switch (found with Ctrl+F: the view showed the devices): the cell's node is back where it was, and nothing else moved
    await page.locator('svg.topology').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await page.getByTestId('find').locator('input').fill('hsm/cell03/SW');
    await page.locator('[data-found="hsm/cell03/SW"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(700); // the flight
    await page.locator('g.node[data-id="hsm/cell03/SW"] .group-toggle').click();
    await cell.waitFor();
    expect((await drawing()).nodes).toEqual(before.nodes);
    await cell.locator('.group-toggle').click();
    await page.locator('g.node[data-id="hsm/cell03/SW"]').waitFor();
    await page.getByTitle('Zoom to show the whole plant').click();
    await page.waitForTimeout(600);
  });

  test('a node dragged by hand stays where it was put, over the layout, and its links go straight to it', async () => {
    const before = (await drawing()).nodes.find((n) => n.id === 'DC')!;
    const from = (await page.evaluate(() =>
      (window as never as { __netloom: { editorPoint(id: string): { x: number; y: number } } }).__netloom.editorPoint('DC'),
    ))!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + 12 * i, from.y + 30 * i);
    await page.mouse.up();
    const placed = await state<number[]>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'DC').position");
    await expect.poll(async () => (await drawing()).nodes.find((n) => n.id === 'DC')).toEqual({ id: 'DC', x: placed[0] * 40, y: placed[1] * 40 });
    expect(placed[1] * 40).toBeGreaterThan(before.y);
    // only DC moved; the rest keeps its layout, and DC's link to the core is straight now
    const after = await drawing();
    expect(after.links.find((l) => l.key === 'DC-CORE')!.points.length).toBe(2);
    expect(await state<number>(page, '(s) => s.doc.scenario.nodes.filter((n) => n.position).length')).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('after a run', () => {
  test('the busiest link is drawn on top of the others', async () => {
    await page.goto(app.url);
    await openFromLibrary(page, 'reference/r1-line-cell.json');
    await runAndWait(page);
    const order = await page.evaluate(() => [...document.querySelectorAll<SVGGElement>('svg.topology g.links > g.link')].map((g) => g.dataset.key!));
    const reported = await state<[string, number][]>(page, '(s) => s.lastReport.report.links.map((l) => [l.id, l.utilization])');
    // a link's utilization is its busiest direction's
    const u = order.map((k) => Math.max(...reported.filter(([id]) => id === k).map(([, v]) => v)));
    expect(u).toEqual([...u].sort((a, b) => a - b));
    expect(u.at(-1)).toBe(Math.max(...reported.map(([, v]) => v)));
  });

  test('a "where it waits" row selects the port it names, keeping the flow', async () => {
    await page.getByPlaceholder('Filter flows…').fill('ctrl-D2_1');
    await page.locator('tr[data-flow="ctrl-D2_1"]').click();
    // D2_1 → S2 → S1 → PLC: the second queue is S2's port towards S1
    const hop = await state<{ link: string; from: string; to: string }>(
      page,
      "(s) => s.lastReport.report.flows.find((f) => f.id === 'ctrl-D2_1').attribution.hops[1]",
    );
    expect(hop.from).toMatch(/^S\d$/);
    await page.locator(`[data-testid=wait-breakdown] [data-port="${hop.from}→${hop.to}"]`).click();
    expect(await state(page, '(s) => s.selection')).toEqual({ nodes: [hop.from], links: [hop.link], flow: 'ctrl-D2_1' });
    // the inspector opens the switch with that port's row marked; the topology marks the switch and the link
    expect(await page.locator('[data-testid=ports] tr.on').getAttribute('data-link')).toBe(hop.link);
    expect(await page.locator(`svg.topology g.node[data-id="${hop.from}"]`).getAttribute('class')).toContain('selected');
    expect(await page.locator(`svg.topology g.link[data-key="${hop.link}"]`).getAttribute('class')).toContain('selected');
    await shot(page, 'topology-port-selected');
    expect(errors).toEqual([]);
  });
});

describe('Auto layout', () => {
  test('writes ELK’s places as positions: the drawing is laid out with routed links, and one undo gives the old positions back', async () => {
    await page.goto(app.url);
    await openFromLibrary(page, 'reference/r1-line-cell.json');
    const placed = await state<[string, number[]][]>(page, '(s) => s.doc.scenario.nodes.map((n) => [n.id, n.position])');
    expect(placed.every(([, p]) => Array.isArray(p))).toBe(true);
    // every node placed by the file: the floor plan, straight links
    expect((await drawing()).links.every((l) => l.points.length === 2)).toBe(true);
    await page.getByRole('button', { name: 'Auto layout' }).click();
    await expect.poll(async () => (await drawing()).links.filter((l) => l.points.length > 2).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const { nodes, links } = await drawing();
    expect(
      linksThroughNodes(
        links,
        nodes.map((n) => ({ ...n, w: NW, h: NH })),
      ),
    ).toEqual([]);
    // each node's written position is where it is drawn (to the cm: 0.4 px)
    const written = new Map(await state<[string, number[]][]>(page, '(s) => s.doc.scenario.nodes.map((n) => [n.id, n.position])'));
    for (const n of nodes) {
      expect(Math.abs(written.get(n.id)![0] * 40 - n.x)).toBeLessThan(0.5);
      expect(Math.abs(written.get(n.id)![1] * 40 - n.y)).toBeLessThan(0.5);
    }
    await shot(page, 'topology-auto-layout');
    await page.keyboard.press('Control+z');
    await expect.poll(() => state(page, '(s) => s.doc.scenario.nodes.map((n) => [n.id, n.position])')).toEqual(placed);
    expect(errors).toEqual([]);
  });
});
