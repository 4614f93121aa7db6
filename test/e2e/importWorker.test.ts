/**
 * sim/io runs where the app will run it: in a Web Worker, which has no DOM (no DOMParser, no
 * document). The façade's importTopology is bundled for the browser (esbuild, platform "browser":
 * a Node built-in anywhere in it fails the build) and run in a dedicated Worker in Chromium on each
 * committed fixture kind; the scenario it returns must equal the one Node computes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importTopology } from '../../sim/api/index.ts';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from './harness.ts';

const FIXTURES = join(ROOT, 'test/fixtures/import');
const read = (...names: string[]) => names.map((name) => ({ name, text: readFileSync(join(FIXTURES, name), 'utf8') }));
const CASES = {
  csv: read('line.nodes.csv', 'line.links.csv'),
  graphml: read('plant.networkx.graphml'),
  lldp: read('lldp/sw-core.json', 'lldp/edge1.json', 'lldp/sw-cell1.json', 'lldp/sw-cell2.json'),
  netbox: read('netbox/devices.json', 'netbox/interfaces.json', 'netbox/cables.json'),
};

/** the worker: every case's files → the scenario, and whether it sees a DOMParser */
const WORKER = `import { importTopology } from './sim/api/importTopology.ts';
self.onmessage = (e) => self.postMessage({
  dom: typeof DOMParser,
  results: Object.fromEntries(Object.entries(e.data).map(([k, files]) => [k, importTopology(files).scenario])),
});`;

describe('topology import in a Web Worker', () => {
  it('gives in a Chromium Worker, where there is no DOMParser, the scenarios it gives in Node', async () => {
    const bundle = await build({
      stdin: { contents: WORKER, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'error',
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.route('http://netloom.test/**', (route) =>
        route.request().url().endsWith('/worker.js')
          ? route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0].text })
          : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>worker</title>' }),
      );
      await page.goto('http://netloom.test/');
      const answer = await page.evaluate(
        (cases) =>
          new Promise<{ dom: string; results: Record<string, unknown> }>((resolve, reject) => {
            const w = new Worker('/worker.js');
            w.onmessage = (e) => resolve(e.data);
            w.onerror = (e) => reject(new Error(e.message));
            w.postMessage(cases);
          }),
        CASES,
      );
      expect(answer.dom).toBe('undefined');
      for (const [kind, files] of Object.entries(CASES)) expect(answer.results[kind], kind).toEqual(importTopology(files).scenario);
    } finally {
      await browser.close();
    }
  });
});
