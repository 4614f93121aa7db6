/**
 * Hand-over from the app (issue 11): Export switch configuration… gives one .zip whose entries are
 * the files `netloom config --out DIR` writes, by name and byte for byte, with the warnings the
 * command prints shown in the dialog; Record per-packet trace… on R1 over a short window gives a
 * .csv.gz that decompresses to the bytes of `netloom run --trace-out`, and pcapng files (zipped,
 * several ports) equal to `--pcap-out`'s, which tshark reads (when installed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { netloom } from '../cli/netloom.ts';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, shot } from './harness.ts';

const DIR = join(ROOT, 'test-results', 'handover');
const TSN = join(ROOT, 'scenarios', 'examples', 'tsn-schedule.json');
const R1 = join(ROOT, 'scenarios', 'reference', 'r1-line-cell.json');
const HAS_TSHARK = spawnSync('tshark', ['--version']).status === 0;

let app: App;
beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  app = await buildAndServe('handover');
});
afterAll(async () => app?.close());

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
const bytesOf = (files: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, Buffer.from(v)]));

async function palette(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Command palette' }).locator('input').fill(label);
  await page.keyboard.press('Enter');
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path()) as string) };
}

describe('Export switch configuration…', () => {
  for (const schedule of [false, true])
    test(`tsn-schedule${schedule ? ' with the synthesized schedule' : ''}: the zip's entries are netloom config's files, byte for byte`, async () => {
      const out = join(DIR, `config${schedule ? '-scheduled' : ''}`);
      const cli = netloom('config', TSN, '--out', out, '--force', ...(schedule ? ['--schedule'] : []));
      expect(cli.code, cli.stderr).toBe(0);

      const { context, page, errors } = await newPage(app);
      await openFromLibrary(page, 'examples/tsn-schedule.json');
      await palette(page, 'Export switch configuration');
      await page.getByTestId('config-dialog').waitFor();
      await page.getByTestId('config-format-both').check();
      if (schedule) await page.getByTestId('config-schedule').check();
      const zip = await download(page, () => page.getByTestId('config-export').click());
      expect(zip.name).toBe('tsn-schedule.switch-config.zip');
      const entries = bytesOf(unzipSync(zip.bytes));
      expect(Object.keys(entries).sort()).toEqual(readdirSync(out).sort());
      expect(entries).toEqual(filesOf(out));

      // what the command prints after its files, in the dialog
      await page.getByTestId('config-done').waitFor();
      const how = await page.getByTestId('config-how').innerText();
      expect(how).toContain('a PATCH merges, so a longer gate list already on the switch keeps its extra entries');
      const modules = cli.stdout.split('\n').find((l) => l.startsWith('YANG modules'));
      expect(modules).toBeDefined();
      expect(how).toContain(modules);
      const assumed = (await page.getByTestId('config-assumed').locator('li').allInnerTexts()).map((a) => `  ${a}`);
      expect(cli.stdout).toContain(`assumed (${assumed.length})`);
      for (const a of assumed) expect(cli.stdout).toContain(a);
      if (!schedule) await shot(page, 'handover-config');
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);

  test('NETCONF only: the RESTCONF warning is not shown and only .netconf.xml files are zipped', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'examples/tsn-schedule.json');
    await page.getByTestId('export-config').click();
    await page.getByTestId('config-format-netconf').check();
    const zip = await download(page, () => page.getByTestId('config-export').click());
    const names = Object.keys(unzipSync(zip.bytes));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n.endsWith('.netconf.xml'))).toBe(true);
    expect(await page.getByTestId('config-how').innerText()).not.toContain('PATCH');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('Record per-packet trace…', () => {
  const csv = join(DIR, 'r1.trace.csv.gz');
  const pcaps = join(DIR, 'r1-pcap');
  beforeAll(() => {
    const cli = netloom('run', R1, '--trace-out', csv, '--trace-window', '2 ms..6 ms', '--pcap-out', pcaps, '--force');
    expect(cli.code, cli.stderr).toBe(0);
  });

  test('R1 over [2 ms, 6 ms): the .csv.gz decompresses to netloom run --trace-out, the pcapng zip holds --pcap-out', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'reference/r1-line-cell.json');
    await palette(page, 'Record per-packet trace');
    await page.getByTestId('trace-dialog').waitFor();
    await page.getByTestId('trace-window').fill('2 ms..6 ms');
    await page.getByTestId('trace-capture').check();
    await page.getByTestId('trace-start').click();
    await page.getByTestId('trace-done').waitFor({ timeout: 180_000 });

    const trace = await download(page, () => page.getByTestId('trace-save-csv').click());
    expect(trace.name).toBe('r1-line-cell.trace.csv.gz');
    const app1 = gunzipSync(trace.bytes);
    expect(app1.length).toBeGreaterThan(1000);
    expect(app1.equals(gunzipSync(readFileSync(csv)))).toBe(true);

    const zip = await download(page, () => page.getByTestId('trace-save-pcap').click());
    expect(zip.name).toBe('r1-line-cell.pcapng.zip');
    const entries = bytesOf(unzipSync(zip.bytes));
    expect(Object.keys(entries).sort()).toEqual(readdirSync(pcaps).sort());
    expect(entries).toEqual(filesOf(pcaps));
    await shot(page, 'handover-trace');

    if (HAS_TSHARK) {
      // the busiest of the app's captures, read by Wireshark's own reader: every frame, no warning
      const [name, bytes] = Object.entries(entries).sort((a, b) => b[1].length - a[1].length)[0];
      const file = join(DIR, `app-${name}`);
      writeFileSync(file, bytes);
      const r = spawnSync('tshark', ['-r', file, '-T', 'fields', '-e', 'frame.number'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr.replace(/^Running as user "root".*\n/m, '')).toBe('');
      expect(r.stdout.split('\n').filter((l) => l.trim() !== '').length).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  test('where the browser can write a file as it goes (File System Access), the .csv.gz is chosen first and written during the run', async () => {
    const { context, page, errors } = await newPage(app, { fsAccess: true });
    // the save picker, answered as a user would: a file whose writes are kept for the test to read (set before the app starts)
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      const files: Record<string, { chunks: number[][]; closed: boolean }> = {};
      w.__files = files;
      w.showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => ({
        name: suggestedName,
        getFile: async () => new File([], suggestedName),
        createWritable: async () => {
          const f: { chunks: number[][]; closed: boolean } = { chunks: [], closed: false };
          files[suggestedName] = f;
          return {
            write: async (b: Uint8Array) => void f.chunks.push([...new Uint8Array(b)]),
            close: async () => void (f.closed = true),
            abort: async () => {},
          };
        },
      });
    });
    await page.reload();
    await openFromLibrary(page, 'reference/r1-line-cell.json');
    await page.getByTestId('record-trace').click();
    await page.getByTestId('trace-window').fill('2 ms..6 ms');
    await page.getByTestId('trace-start').click();
    await page.getByTestId('trace-done').waitFor({ timeout: 180_000 });
    expect(await page.getByTestId('trace-streamed').innerText()).toContain('r1-line-cell.trace.csv.gz');
    expect(await page.getByTestId('trace-save-csv').count()).toBe(0);
    const file = await page.evaluate(
      () => (window as unknown as { __files: Record<string, { chunks: number[][]; closed: boolean }> }).__files['r1-line-cell.trace.csv.gz'],
    );
    expect(file.closed).toBe(true);
    expect(gunzipSync(Buffer.from(file.chunks.flat())).equals(gunzipSync(readFileSync(csv)))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  test('a bad field is named in the dialog and nothing runs', async () => {
    const { context, page } = await newPage(app);
    await openFromLibrary(page, 'reference/r1-line-cell.json');
    await page.getByTestId('record-trace').click();
    await page.getByTestId('trace-window').fill('6 ms..2 ms');
    await page.getByTestId('trace-start').click();
    expect(await page.getByTestId('trace-problem-window').innerText()).toContain('expected 0 ≤ FROM < TO');
    await page.getByTestId('trace-window').fill('');
    await page.getByTestId('trace-flows').fill('no-such-flow');
    await page.getByTestId('trace-start').click();
    expect(await page.getByTestId('trace-problem-flows').innerText()).toContain('no flow "no-such-flow"');
    expect(await page.getByTestId('trace-running').count()).toBe(0);
    await context.close();
  }, 60_000);
});
