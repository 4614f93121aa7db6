/**
 * The window during a run, the bounds and a plan of a real plant (not a test): `npx tsx bench/app/flow.ts
 * [--plant FILE] [--plan-seconds S]`, default the steel works (scenarios/plants/steel-works.json, written
 * out flat as the editor opens it) and 30 s of a plan. Prints each phase's frame gaps, long tasks and the
 * main thread's hottest functions (flowBench.ts; the app is built unminified, so they have names) and writes
 * bench/out/app-flow.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { expandScenario } from '../../sim/api/index.ts';
import { openAppBrowser, ROOT } from './appBrowser.ts';
import { flowBench, writeFlowFigures } from './flowBench.ts';

const { values } = parseArgs({ options: { plant: { type: 'string' }, 'plan-seconds': { type: 'string' } } });
const source = values.plant ?? join(ROOT, 'scenarios/plants/steel-works.json');
const outDir = join(ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, basename(source).replace(/\.json$/, '.flat.json'));
writeFileSync(file, JSON.stringify(expandScenario(JSON.parse(readFileSync(source, 'utf8')))));
const app = await openAppBrowser(join(outDir, 'web-flow'), false);
try {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript('delete window.showOpenFilePicker; delete window.showSaveFilePicker;');
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(app.url);
  console.log(`${basename(source)}:`);
  const figures = await flowBench(page, file, Number(values['plan-seconds'] ?? 30));
  writeFlowFigures(outDir, { plant: basename(source), ...figures });
  console.log('written bench/out/app-flow.json');
} finally {
  await app.close();
}
