/**
 * The app never shows a white page (issue 8), in the real app in Chromium: a file with problems
 * opens with them listed — the messages and JSON paths of `netloom validate` — and the views
 * draw what they can (a link to a missing node crashed the renderer with "t.get is not a
 * function"); a file that is not a scenario opens as its list of problems; a view that throws
 * stays inside its own error boundary; a simulation worker that throws, does not start, closes,
 * runs out of memory or spins ends the run within seconds naming the replication and the
 * cause, and the next Run works; request flows and the CDF's requirement label read right.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatIssue, type Issue, parseScenarioText, type ScenarioError, validateScenario } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, ROOT, shot } from './harness.ts';

let app: App;
const DIR = join(ROOT, 'test-results', 'robustness');

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  app = await buildAndServe('robustness');
});
afterAll(async () => app?.close());

const scenario = (path: string) => JSON.parse(readFileSync(join(ROOT, 'scenarios', path), 'utf8'));
const vision = scenario('examples/vision-cell.json');
const unplaced = { ...vision, nodes: vision.nodes.map(({ position: _, ...n }: Record<string, unknown>) => n) };

/** Opens a fresh page and, from its start page, the file `name` holding `text`. */
async function openText(name: string, text: string) {
  const opened = await newPage(app);
  const file = join(DIR, name);
  writeFileSync(file, text);
  await opened.page.getByTestId('start-page').waitFor();
  const [chooser] = await Promise.all([opened.page.waitForEvent('filechooser'), opened.page.getByTestId('open-file').click()]);
  await chooser.setFiles(file);
  return opened;
}

/** The messages `netloom validate` prints for this file. */
function cliMessages(text: string): string[] {
  let issues: Issue[];
  try {
    issues = validateScenario(parseScenarioText(text));
  } catch (e) {
    issues = (e as ScenarioError).issues;
  }
  return issues.map(formatIssue);
}

const hook = <T>(page: Page, js: string) => page.evaluate(`window.__netloom.${js}`) as Promise<T>;

describe('a file with problems opens with them listed; the views draw what they can', () => {
  test('a link naming a missing node, on a plant without positions (it crashed the renderer: "t.get is not a function")', async () => {
    const bad = { ...unplaced, links: [...unplaced.links, { from: 'NOPE', to: 'SW1', rate: '1 Gb/s' }] };
    const text = JSON.stringify(bad, null, 2);
    const { page, errors, context } = await openText('missing-node.json', text);
    await page.getByTestId('topology').waitFor();
    expect(await page.locator('[data-testid=issues] li').allTextContents()).toEqual(cliMessages(text));
    expect(cliMessages(text)).toEqual(['links[7].from: unknown node "NOPE"']);
    await expect.poll(() => page.locator('g.node').count()).toBe(8); // once laid out
    expect(await page.locator('g.link').count()).toBe(7); // the link to nowhere is not drawn
    expect(await page.getByTestId('run').isDisabled()).toBe(true);
    await page.getByTestId('view-split').click();
    await page.getByTestId('plant-canvas').waitFor();
    expect(await page.getByTestId('error-boundary').count()).toBe(0);
    await shot(page, 'robustness-missing-node');
    expect(errors).toEqual([]);
    await context.close();
  });

  const f0 = vision.flows[0];
  const inside: [string, object][] = [
    ['a flow naming a missing node', { ...vision, flows: [...vision.flows, { ...f0, id: 'ghost', from: 'NOPE' }] }],
    ['a duplicate id', { ...unplaced, nodes: [...unplaced.nodes, unplaced.nodes[0]] }],
    [
      'ids, types and positions of the wrong kind',
      {
        ...vision,
        name: 5,
        nodes: [...vision.nodes, { id: 'Q', type: 5, position: 'x' }, { id: 7, type: 'switch' }],
        links: [...vision.links, { from: 'Q', to: 'SW1', rate: 5 }],
      },
    ],
    [
      'flows with broken fields',
      {
        ...vision,
        flows: [
          ...vision.flows,
          { ...f0, id: 'a', from: { x: 1 }, to: ['y'] },
          { ...f0, id: 'b', pattern: null },
          { ...f0, id: 'c', requirement: 'fast' },
          { id: 'd' },
          { ...f0, id: 5 },
        ],
      },
    ],
  ];
  test.each(inside)('%s: listed as the CLI lists it; every view and every flow’s inspector shows without an error', async (name, value) => {
    const text = JSON.stringify(value, null, 2);
    const { page, errors, context } = await openText(`${name.replace(/\W+/g, '-')}.json`, text);
    await page.getByTestId('topology').waitFor();
    expect(await page.locator('[data-testid=issues] li').allTextContents()).toEqual(cliMessages(text).slice(0, 30));
    for (const view of ['plant', 'split', 'results', 'planner', 'schedule', 'editor']) {
      await page.getByTestId(`view-${view}`).click();
      await page.waitForTimeout(150);
      expect(await page.getByTestId('error-boundary').count(), view).toBe(0);
    }
    const flows = page.locator('.flow-list .linklike');
    for (let i = 0; i < (await flows.count()); i++) {
      await flows.nth(i).click();
      expect(await page.getByTestId('error-boundary').count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid=scenario-form]').waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  const shapeless: [string, string][] = [
    ['not JSON', '{ "format": "netloom.scenario/v1",\n  "nodes": [ { "id": "A" }\n'],
    ['null', 'null'],
    ['nodes that is not a list', JSON.stringify({ ...vision, nodes: { SW1: { type: 'switch' } } })],
    ['a node that is null', JSON.stringify({ ...vision, nodes: [...vision.nodes.slice(0, 2), null, ...vision.nodes.slice(2)] })],
  ];
  test.each(shapeless)('a file holding %s opens as its list of problems; Back returns to the start page', async (name, text) => {
    const { page, errors, context } = await openText(`${name.replace(/\W+/g, '-')}.json`, text);
    await page.getByTestId('file-problems').waitFor();
    const shown = await page.getByTestId('file-problem').allTextContents();
    if (name === 'not JSON') {
      // the same parser's message; the JSON engine's own words may run on in Chromium (it adds "(line 3 column 1)")
      expect(shown).toHaveLength(1);
      expect(shown[0].startsWith(cliMessages(text)[0])).toBe(true);
      expect(shown[0]).toMatch(/^\$: not valid JSON at line 3, column 1: /);
    } else expect(shown).toEqual(cliMessages(text));
    if (name === 'a node that is null') {
      expect(cliMessages(text)).toEqual(['nodes[2]: expected an object, got null']);
      await shot(page, 'robustness-file-problems');
    }
    await page.getByTestId('file-problems-back').click();
    await page.getByTestId('start-page').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a view that throws', () => {
  test('shows what failed in its own place; the editor and the inspector go on working; Reload brings the view back', async () => {
    const { page, errors, context } = await openText('vision.json', JSON.stringify(vision));
    await page.getByTestId('topology').waitFor();
    await page.getByTestId('view-split').click();
    await page.getByTestId('plant-canvas').waitFor();
    await hook(page, `breakView('3D plant')`);
    const failed = page.locator('[data-testid=error-boundary][data-what="3D plant"]');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('The 3D plant could not be shown');
    expect(await failed.textContent()).toContain('test fault in the 3D plant');
    expect(await page.getByTestId('plant-canvas').count()).toBe(0);
    // the rest works: select a device in the editor, the inspector shows it
    await page.locator('g.node[data-id="PLC1"]').click();
    await page.getByTestId('node-form').waitFor();
    await shot(page, 'robustness-view-failed');
    await hook(page, 'breakView(null)');
    await failed.getByTestId('error-reload').click();
    await page.getByTestId('plant-canvas').waitFor();
    expect(await page.getByTestId('error-boundary').count()).toBe(0);

    // the inspector fails on its own too, and the editor still selects
    await hook(page, `breakView('inspector')`);
    await page.locator('[data-testid=error-boundary][data-what="inspector"]').waitFor();
    await page.locator('g.node[data-id="SW1"]').click();
    expect(await page.locator('g.node.selected').getAttribute('data-id')).toBe('SW1');
    await hook(page, 'breakView(null)');
    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await page.getByTestId('scenario-form').waitFor();
    expect(errors.filter((e) => !e.includes('test fault'))).toEqual([]); // React reports each caught error in the console
    await context.close();
  });
});

describe('a simulation worker that fails', () => {
  // four short replications, so that the failing one has others running beside it
  const four = { ...scenario('examples/tsn-cell.json'), simulation: { duration: '0.5 s', seed: 3, replications: 4 } };
  const faults: [string, string, RegExp][] = [
    ['throws', `{ kind: 'throw', replication: 2 }`, /^The run stopped: replication 3 of 4 failed: an error in the worker: injected fault in replication 2$/],
    ['runs out of memory', `{ kind: 'oom', replication: 0 }`, /^The run stopped: replication 1 of 4 failed: the worker ran out of memory \(RangeError: .*\)$/],
    [
      'spins without progress',
      `{ kind: 'spin', replication: 1 }`,
      /^The run stopped: replication 2 of 4 failed: the worker stopped answering: no progress for 1 s/,
    ],
    ['closes itself', `{ kind: 'exit', replication: 3 }`, /^The run stopped: replication 4 of 4 failed: the worker stopped answering: no progress for 1 s/],
    ['does not start', `{ kind: 'no-start' }`, /^The run stopped: replication [12] of 4 failed: the worker could not start \(its script did not load\)$/],
  ];

  test('ends the run within seconds with the replication and the cause; the other workers are terminated; the next Run works', async () => {
    const { page, errors, context } = await openText('four-replications.json', JSON.stringify(four));
    await page.getByTestId('topology').waitFor();
    await hook(page, 'setWorkerSilence(1000)');
    for (const [what, fault, message] of faults) {
      await hook(page, `injectWorkerFault(${fault})`);
      const t0 = Date.now();
      await page.getByTestId('run').click();
      const banner = page.getByTestId('run-error');
      await banner.waitFor({ timeout: 30_000 });
      const seconds = (Date.now() - t0) / 1000;
      expect(await banner.locator('span').textContent(), what).toMatch(message);
      expect(seconds, what).toBeLessThan(15);
      expect(await page.getByTestId('run').isEnabled(), what).toBe(true);
      expect(await hook<number>(page, 'liveSimWorkers()'), what).toBe(1); // the run's workers terminated; one fresh one kept warm
      if (what === 'spins without progress') await shot(page, 'robustness-worker-failed');
    }
    await hook(page, 'injectWorkerFault(null)');
    await page.getByTestId('run').click();
    await page.getByTestId('requirements').waitFor({ timeout: 60_000 });
    await page.getByTestId('run').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('run-error').count()).toBe(0);
    expect(await hook<number>(page, `state().lastReport.report.replications`)).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('results read right', () => {
  test('request flows read "from → compute node → where the response goes"; the CDF’s requirement label stays inside the chart at any width', async () => {
    const short = {
      ...vision,
      // inspect-CAM2's response goes back to the camera
      flows: vision.flows.map((f: { id: string; response?: object }) => (f.id === 'inspect-CAM2' ? { ...f, response: { size: '200 B' } } : f)),
      simulation: { ...vision.simulation, duration: '2 s', warmup: '0.2 s' },
    };
    const { page, errors, context } = await openText('vision-2s.json', JSON.stringify(short));
    await page.getByTestId('topology').waitFor();
    await page.getByTestId('run').click();
    await page.getByTestId('requirements').waitFor({ timeout: 60_000 });
    await page.getByTestId('run').waitFor({ timeout: 60_000 });
    await page.getByTestId('view-results').click();
    const route = async (flow: string) => {
      const header = await page.locator('.results-table thead th').allTextContents();
      const col = header.findIndex((h) => h.startsWith('Route'));
      return page.locator(`.results-table tr[data-flow="${flow}"] td`).nth(col).textContent();
    };
    expect(await route('inspect-CAM1')).toBe('CAM1 → EDGE1 → PLC1');
    expect(await route('inspect-CAM2')).toBe('CAM2 → EDGE1 → CAM2');
    expect(await route('cycle-DRV1')).toBe('PLC1 → DRV1');

    // inspect-CAM1 waits about 15 ms against 40 ms: the requirement is the largest value on the axis, its line near the right edge
    await page.locator('.results-table tr[data-flow="inspect-CAM1"]').click();
    for (const width of [1440, 1100, 820]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      const label = page.getByTestId('cdf-bound-label');
      await label.waitFor({ state: 'attached' });
      const fits = await label.evaluate((el) => {
        const t = el as SVGTextElement;
        const svg = t.ownerSVGElement!.getBoundingClientRect();
        const box = t.getBoundingClientRect();
        return { left: box.left - svg.left, right: svg.right - box.right, text: t.textContent };
      });
      expect(fits.left, `${width}px: ${fits.text}`).toBeGreaterThanOrEqual(0);
      expect(fits.right, `${width}px: ${fits.text}`).toBeGreaterThanOrEqual(0);
      if (width === 1100) await page.getByTestId('chart-cdf').screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'robustness-cdf-label.png') });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
