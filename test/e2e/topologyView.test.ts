/**
 * The topology editor's d3 view on its own, in Chromium: dispose() takes away everything mount()
 * put in its container. React mounts a view twice in the same container in development
 * (StrictMode: mount, dispose, mount); the overlay SVG and the drop listeners used to stay, so a
 * device dropped from the palette was added twice.
 */
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './harness.ts';

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    stdin: { contents: "export { TopologyView } from './renderer/editor/TopologyView.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'netloomTopology',
    platform: 'browser',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  bundle = out.outputFiles[0].text;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => browser?.close());

describe('TopologyView', () => {
  test('mounted, disposed and mounted again in one container: one set of SVGs and listeners; dispose leaves the container empty', async () => {
    const page = await browser.newPage();
    await page.setContent('<div id="host" style="width: 800px; height: 600px; position: relative"></div>');
    await page.addScriptTag({ content: bundle });
    const seen = await page.evaluate(() => {
      type View = { mount(c: HTMLElement): void; dispose(): void };
      const { TopologyView } = (window as unknown as { netloomTopology: { TopologyView: new (events: object) => View } }).netloomTopology;
      const host = document.getElementById('host')!;
      const dropped: string[] = [];
      const events = { onNodeClick() {}, onSelect() {}, onBackground() {}, onMove() {}, onDropDevice: (type: string) => dropped.push(type) };
      const drop = () => {
        const dataTransfer = new DataTransfer();
        dataTransfer.setData('application/x-netloom-type', 'plc');
        host.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, clientX: 100, clientY: 100 }));
      };
      const first = new TopologyView(events);
      first.mount(host);
      first.dispose();
      const afterFirst = host.childElementCount;
      drop();
      const second = new TopologyView(events);
      second.mount(host);
      const mounted = [...host.children].map((c) => c.getAttribute('class'));
      drop();
      second.dispose();
      return { afterFirst, mounted, dropped, left: host.childElementCount };
    });
    expect(seen).toEqual({ afterFirst: 0, mounted: ['topology', 'topology-overlay'], dropped: ['plc'], left: 0 });
    await page.close();
  });
});
