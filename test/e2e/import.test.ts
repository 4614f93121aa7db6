/**
 * File → Import in the app, with the committed fixtures (test/fixtures/import): a CSV pair and a
 * GraphML file open as new unsaved scenarios after a review of what was mapped and assumed; a
 * folder of GSDML files becomes palette devices placed with their cyclic flows, and the run's
 * verdicts are those `netloom import … && netloom run --json` gives for the same files; a capture's
 * flows join an open scenario through the address table, as one undoable edit; a malformed file
 * shows its file:line:column in the review and nothing opens.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importTopology, type Report, type ScenarioJson } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, ROOT, runAndWait, shot, state } from './harness.ts';

const FX = join(ROOT, 'test/fixtures/import');
const CSV = [join(FX, 'line.nodes.csv'), join(FX, 'line.links.csv')];
const tmp = mkdtempSync(join(tmpdir(), 'netloom-app-import-'));

let app: App;
beforeAll(async () => {
  app = await buildAndServe('import');
});
afterAll(async () => app?.close());

/** Opens File → Import (the start page's button, or the command palette in a document), picks `kind` and hands over `files`. */
async function importFiles(page: Page, kind: 'topology' | 'devices' | 'traffic', files: string | string[], folder = false) {
  if (await page.getByTestId('import-open').isVisible()) await page.getByTestId('import-open').click();
  else {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Import…');
    await page.keyboard.press('Enter');
  }
  await page.getByTestId(`import-kind-${kind}`).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId(folder ? 'import-choose-folder' : 'import-choose').click()]);
  await chooser.setFiles(files);
}

const notes = (page: Page, list: 'mapped' | 'assumed') => page.getByTestId(`import-${list}`).locator('li').allTextContents();
const netloom = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, 'bin/netloom.mjs'), ...args], { cwd: FX, encoding: 'utf8', stdio: 'pipe' });

describe('File → Import', () => {
  test('a CSV pair: reviewed, then opened unsaved with its 7 devices; a GSDML device placed from the palette runs as the CLI runs it', async () => {
    const { context, page, errors } = await newPage(app);
    await importFiles(page, 'topology', CSV);
    await page.getByTestId('import-review').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('7 devices, 6 links');
    expect(await notes(page, 'assumed')).toContain('line.nodes.csv:8 HMI1: role "Operator Terminal" not known → host');
    expect(await notes(page, 'assumed')).toContain('line.links.csv:7 SW-CELL1–HMI1: speed not given → 1 Gb/s');
    expect(await notes(page, 'mapped')).toContain('line.links.csv:2 SW-CORE Te1/1 – SW-CELL1 X1: speed "10GE" → 10 Gb/s');
    await shot(page, 'import-review');
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.getByTestId('import-dialog').screenshot({ path: join(ROOT, 'docs', 'import.png') });
    expect(await state<unknown>(page, '(s) => s.doc')).toBeNull(); // nothing opens before the review is accepted

    await page.getByTestId('import-accept').click();
    await page.getByTestId('topology').waitFor();
    await expect.poll(() => page.locator('svg.topology g.node').count(), { timeout: 15_000 }).toBe(7);
    expect(await state<[string, boolean]>(page, '(s) => [s.doc.name, s.doc.saved === null]')).toEqual(['line.nodes.json', true]);

    // the GSDML folder: three devices in the palette (one modular); RIO placed, attached to the scenario's PLC with its two cyclic flows
    await importFiles(page, 'devices', join(FX, 'gsdml'), true);
    await page.getByTestId('import-review').waitFor();
    expect(await page.getByTestId('import-summary').locator('tbody tr').count()).toBe(3);
    await page.getByTestId('import-accept').click();
    await page.getByTestId('palette-device-RIO-16DI-8DO').click();
    await expect.poll(() => page.locator('svg.topology g.node').count(), { timeout: 15_000 }).toBe(8);
    expect(await state<string[]>(page, '(s) => s.doc.scenario.flows.map((f) => f.id)')).toEqual(['RIO-16DI-8DO-in', 'RIO-16DI-8DO-out']);

    // the CLI on the same files: import topology, then import devices --into --attach PLC1, then run
    const topo = join(tmp, 'line.json');
    const joined = join(tmp, 'line-rio.json');
    const reportFile = join(tmp, 'line-rio.report.json');
    netloom('import', 'topology', ...CSV, '--out', topo);
    // from the fixtures' folder, so the file is named as the app names a folder's file: gsdml/…
    netloom('import', 'devices', 'gsdml/GSDML-V2.43-NetLoom-RemoteIO-20261207.xml', '--into', topo, '--attach', 'PLC1', '--out', joined);
    // the app places the device where the view is, the CLI gives it no position: a link without a length is as long as its ends are apart
    const placed = await state<ScenarioJson>(page, '(s) => s.doc.scenario');
    const cliScenario = JSON.parse(readFileSync(joined, 'utf8')) as ScenarioJson;
    const rio = cliScenario.nodes.find((n) => n.id === 'RIO-16DI-8DO')!;
    rio.position = placed.nodes.find((n) => n.id === rio.id)?.position;
    expect(placed).toEqual(cliScenario);
    writeFileSync(joined, JSON.stringify(cliScenario));
    netloom('run', joined, '--json', reportFile);
    const cli = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;

    await runAndWait(page);
    const ours = await state<Report>(page, '(s) => s.lastReport.report');
    const verdicts = (r: Report) => r.flows.map((f) => [f.id, f.verdict, f.sent, f.delivered, f.latency?.max]);
    expect(verdicts(ours)).toEqual(verdicts(cli));
    expect(ours.summary).toEqual(cli.summary);

    // the other device dragged from the palette onto the plan: placed there, with its flows
    await page.getByTestId('palette-device-Servo-S1').dragTo(page.locator('svg.topology'), { targetPosition: { x: 120, y: 120 } });
    await expect.poll(() => page.locator('svg.topology g.node').count(), { timeout: 15_000 }).toBe(9);
    expect(await state<string[]>(page, '(s) => s.doc.scenario.flows.map((f) => f.id)')).toEqual([
      'RIO-16DI-8DO-in',
      'RIO-16DI-8DO-out',
      'Servo-S1-in',
      'Servo-S1-out',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('GraphML written by NetworkX opens with the devices the importer reads in Node', async () => {
    const { context, page, errors } = await newPage(app);
    await importFiles(page, 'topology', join(FX, 'plant.networkx.graphml'));
    await page.getByTestId('import-review').waitFor();
    const expected = importTopology([{ name: 'plant.networkx.graphml', text: readFileSync(join(FX, 'plant.networkx.graphml'), 'utf8') }]).scenario;
    await page.getByTestId('import-accept').click();
    await page.getByTestId('topology').waitFor();
    await expect.poll(() => page.locator('svg.topology g.node').count(), { timeout: 15_000 }).toBe(expected.nodes.length);
    expect(await state<ScenarioJson>(page, '(s) => s.doc.scenario')).toEqual(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a pcapng into the capture cell: the address table maps its ends, the flows are added, Undo removes them; or fitted patterns', async () => {
    const { context, page, errors } = await newPage(app);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(join(FX, 'pcap/cell.json'));
    await page.getByTestId('topology').waitFor();
    await importFiles(page, 'traffic', join(FX, 'pcap/cell.pcapng'));
    const table = page.getByTestId('import-map');
    await table.waitFor();
    // make_captures.py's ends (test/validation/importCaptures.test.ts maps the same)
    const map = {
      '02:00:00:00:00:10': 'PLC',
      '02:00:00:00:00:01': 'IO1',
      '02:00:00:00:00:02': 'IED1',
      '01:0c:cd:01:00:01': 'PLC',
      '10.0.0.3': 'HOST',
      '10.0.0.10': 'PLC',
    };
    expect((await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-address')))).sort()).toEqual(Object.keys(map).sort());
    const mapAll = async () => {
      for (const [address, node] of Object.entries(map)) await table.locator(`tr[data-address="${address}"] select`).selectOption(node);
    };
    await mapAll();
    await page.getByTestId('import-traffic').click();
    await page.getByTestId('import-review').waitFor();
    expect(await notes(page, 'assumed')).toContain(
      'cell.pcapng each packet sent at its capture time (a capture sees a packet when its transmission starts, not when the application emitted it)',
    );
    await page.getByTestId('import-accept').click();
    const flows = () => state<[string, number][]>(page, '(s) => s.doc.scenario.flows.map((f) => [f.id, f.pattern.times.length])');
    expect(await flows()).toEqual([
      ['profinet-rt-IO1-PLC', 10],
      ['udp-HOST-PLC', 5],
      ['goose-IED1-PLC', 3],
    ]);
    await page.keyboard.press('Control+z');
    expect(await flows()).toEqual([]);

    // again with patterns fitted: make_captures.py's PROFINET cycle of 1 ms, 128 B UDP every 2 ms (512 kb/s); 3 GOOSE packets fit nothing
    await importFiles(page, 'traffic', join(FX, 'pcap/cell.pcapng'));
    await table.waitFor();
    await mapAll();
    await page.getByTestId('import-fit').check();
    await page.getByTestId('import-traffic').click();
    await page.getByTestId('import-accept').click();
    expect(await state<unknown[]>(page, '(s) => s.doc.scenario.flows.map((f) => [f.id, f.pattern.type, f.pattern.period ?? f.pattern.rate])')).toEqual([
      ['profinet-rt-IO1-PLC', 'periodic', '1000000 ns'],
      ['udp-HOST-PLC', 'cbr', '512000 b/s'],
      ['goose-IED1-PLC', 'trace', undefined],
    ]);

    // with the flows there (unsaved), opening an imported topology asks first, as Open does; declined, nothing is replaced
    await importFiles(page, 'topology', join(FX, 'plant.networkx.graphml'));
    await page.getByTestId('import-review').waitFor();
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByTestId('import-accept').click();
    expect(asked).toEqual(['"cell.json" has unsaved changes. Discard them?']);
    expect(await state<string>(page, '(s) => s.doc.name')).toBe('cell.json');
    expect(await state<number>(page, '(s) => s.doc.scenario.flows.length')).toBe(3);
    await page.getByTestId('import-review').waitFor(); // still there, to open once the work is saved
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a 15,300-device inventory imports in the worker: its phase is shown while the window keeps drawing, then the review', async () => {
    const cells = 300;
    const nodes = ['name,role', 'CORE,core switch'];
    const links = ['device,neighbor,speed'];
    for (let c = 0; c < cells; c++) {
      nodes.push(`SW${c},access switch`);
      links.push(`CORE,SW${c},10G`);
      for (let d = 0; d < 50; d++) {
        nodes.push(`IO${c}-${d},remote io`);
        links.push(`SW${c},IO${c}-${d},100M`);
      }
    }
    const big = [join(tmp, 'plant.nodes.csv'), join(tmp, 'plant.links.csv')];
    writeFileSync(big[0], `${nodes.join('\n')}\n`);
    writeFileSync(big[1], `${links.join('\n')}\n`);
    const { context, page, errors } = await newPage(app);
    // the longest gap between two frames while the import runs (the window's thread is not the one importing), and each phase shown
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; phases: string[] };
      w.gaps = [];
      w.phases = [];
      new MutationObserver(() => {
        const phase = document.querySelector('[data-testid=import-working] strong')?.textContent;
        if (phase && phase !== w.phases.at(-1)) w.phases.push(phase);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      let last = performance.now();
      const tick = (t: number) => {
        w.gaps.push(t - last);
        last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await importFiles(page, 'topology', big);
    await page.getByTestId('import-review').waitFor({ timeout: 120_000 });
    expect(await page.evaluate(() => (window as unknown as { phases: string[] }).phases)).toEqual([
      'starting the import worker…',
      `reading 2 files as text (${((statSync(big[0]).size + statSync(big[1]).size) / 1e6).toFixed(1)} MB)…`,
      'importing the topology and checking the scenario it makes…',
    ]);
    const seconds = (Date.now() - started) / 1000;
    const gaps = await page.evaluate(() => (window as unknown as { gaps: number[] }).gaps);
    console.log(`15,300-device CSV: review after ${seconds.toFixed(1)} s; longest frame gap ${Math.max(...gaps).toFixed(0)} ms over ${gaps.length} frames`);
    expect(await page.getByTestId('import-summary').textContent()).toContain(`${1 + cells * 51} devices, ${cells * 51} links`);
    expect(await page.getByTestId('import-mapped').textContent()).toContain('… and');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a malformed GraphML file: the review shows file:line:column and what was expected, and nothing opens', async () => {
    const { context, page, errors } = await newPage(app);
    // the NetworkX fixture with one tag left unclosed on line 9
    const lines = readFileSync(join(FX, 'plant.networkx.graphml'), 'utf8').split('\n');
    lines[8] = lines[8].replace('>', ' ');
    const broken = join(tmp, 'broken.graphml');
    writeFileSync(broken, lines.join('\n'));
    await importFiles(page, 'topology', broken);
    await page.getByTestId('import-problem').waitFor();
    expect(await page.getByTestId('import-problem-place').textContent()).toBe('broken.graphml:9:64');
    expect(await page.getByTestId('import-problem').textContent()).toContain('well-formed XML');
    expect(await page.getByTestId('import-accept').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('start-page').waitFor();
    expect(await state<unknown>(page, '(s) => s.doc')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
