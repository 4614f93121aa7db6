/**
 * Issue 5 in the app: TSN, Wi-Fi, 5G, link and redundancy settings edited in the inspector (a
 * gate control list with its timeline, run, the isochronous flow's latency changes, undo); the
 * worst-case bound shown beside the simulated maximum — the same number the core's bounds()
 * gives (as `netloom bounds` prints it), never below the simulation, explained port by port,
 * following edits; gate schedules synthesized, exported as 802.1Qcw YANG, applied and run
 * (every scheduled flow meets its deadline, nothing lost), and a conflicting scenario naming
 * the flows and ports in conflict.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import { type BoundsReport, createSimApi, loadScenario, type Report, type ScenarioJson } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, runAndWait, shot, SHOTS, state, verdictOf } from './harness.ts';

let app: App;
beforeAll(async () => {
  app = await buildAndServe('tsn');
});
afterAll(async () => app?.close());

async function setField(page: Page, testId: string, value: string): Promise<void> {
  const f = page.getByTestId(testId);
  await f.fill(value);
  await f.press('Enter');
}

/** Clicks empty floor, so keyboard shortcuts (Ctrl+Z) reach the app rather than a text field. */
const blur = (page: Page) => page.locator('.view-hint').click({ force: true });

async function dismissToasts(page: Page): Promise<void> {
  await page.locator('[data-testid=toast]').evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
  await page.waitForTimeout(300);
}

/** Nothing selected: the inspector shows the scenario, with its list of flows. */
async function deselect(page: Page): Promise<void> {
  await blur(page);
  await page.keyboard.press('Escape');
}

const maxLatency = (page: Page, flow: string) => state<number>(page, `(s) => s.lastReport.report.flows.find((f) => f.id === '${flow}').latency.max`);

function boundsOf(scenario: ScenarioJson): BoundsReport {
  const api = createSimApi();
  expect(api.load({ scenario }).ok).toBe(true);
  return api.bounds();
}

describe('TSN and wireless settings in the inspector', () => {
  test('a gate control list edited on its timeline: the isochronous flow misses its window and fails; undo brings it back', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'examples/tsn-cell.json');
    await runAndWait(page);
    expect(await verdictOf(page, 'iso-DRV1')).toBe('pass');
    expect(await maxLatency(page, 'iso-DRV1')).toBeLessThan(100e-6);
    // the camera stream's bound, explained by the TSN mechanisms of the port it shares (for the docs)
    await page.getByTestId('view-results').click();
    await page.locator('tr[data-flow="camera"]').click();
    await page.getByTestId('bound-verdict').waitFor();
    await dismissToasts(page);
    await shot(page, '22-bounds-tsn');
    copyFileSync(join(SHOTS, '22-bounds-tsn.png'), join(ROOT, 'docs', 'bounds.png'));
    await page.getByTestId('view-editor').click();

    await page.locator('g.node[data-id="SW-D"]').click({ force: true });
    const tsn = page.getByTestId('tsn-fieldset');
    await tsn.waitFor();
    expect(await page.getByTestId('tsn-scope').inputValue()).toBe('SW-E'); // the port that has settings
    await page.getByTestId('gate-timeline').waitFor();
    // class 7's gate is open only during the first entry
    expect(await tsn.locator('.gate-row').first().locator('.gate-seg[data-open="true"]').count()).toBe(1);
    await setField(page, 'gcl-duration-0', '10 us');
    const gates = "(s) => s.doc.scenario.nodes.find((n) => n.id === 'SW-D').tsn.ports['SW-E'].gates";
    // still filling the cycle
    expect(await state<{ entries: { duration: string }[] }>(page, gates).then((g) => g.entries.map((e) => e.duration))).toEqual(['10 us', '490 us']);
    expect(await state<string>(page, '(s) => s.past[s.past.length - 1].label')).toBe('entry 1 duration = 10 us');
    await shot(page, '20-gate-control-list');

    await blur(page);
    await runAndWait(page);
    expect(await verdictOf(page, 'iso-DRV1')).toBe('fail');
    expect(await maxLatency(page, 'iso-DRV1')).toBeGreaterThan(400e-6); // it waits for the next cycle's window

    await blur(page);
    await page.keyboard.press('Control+z');
    expect(await state<{ entries: { duration: string }[] }>(page, gates).then((g) => g.entries.map((e) => e.duration))).toEqual(['60 us', '440 us']);
    // opening class 7 for the rest of the cycle too: one undoable edit of the list
    await page.locator('g.node[data-id="SW-D"]').click({ force: true });
    await page.getByTestId('gcl-open-1').locator('button[data-class="7"]').click();
    expect(await state<unknown>(page, `(s) => (${gates})(s).entries[1].open`)).toBe('all');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('Wi-Fi BSS, 5G cell, link loss and roaming, 802.1CB on a flow: each written where the schema has it', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'examples/wireless-agv.json');
    await page.locator('g.node[data-id="AP1"]').click({ force: true });
    expect(await page.getByTestId('wifi-stations').textContent()).toContain('AGV1, AGV2, AGV3, AGV4, TAB1, TAB2');
    await page.getByTestId('field-nodes[3].wifi.edca').selectOption('off');
    expect(await state<unknown>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'AP1').wifi")).toEqual({ standard: '802.11ax', edca: false });

    await page.locator('g.node[data-id="GNB"]').click({ force: true });
    await page.getByTestId('cell-fieldset').waitFor();
    await page.getByTestId('field-nodes[10].cell.numerology').selectOption('3');
    await setField(page, 'field-nodes[10].cell.bler', '0.01');
    expect(await state<unknown>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'GNB').cell")).toEqual({ profile: 'urllc', numerology: 3, bler: 0.01 });
    // a value out of range gets the core's message as you type, and is not committed
    await page.getByTestId('field-nodes[10].cell.bler').fill('0.9');
    await expect.poll(() => page.locator('.field.invalid .field-error').textContent()).toMatch(/0\.5/);
    await page.getByTestId('field-nodes[10].cell.bler').press('Escape');

    await page.locator('g.link[data-key="AGV1-AP1"] .hit').click({ force: true });
    expect(await page.getByTestId('toggle-links[5].roaming').isChecked()).toBe(true);
    await setField(page, 'field-links[5].roaming.outage', '80 ms');
    await setField(page, 'field-links[5].loss', '0.001');
    await page.getByTestId('add-failure').click();
    expect(await state<unknown>(page, '(s) => s.doc.scenario.links[5]')).toMatchObject({
      loss: 0.001,
      roaming: { every: '20 s', outage: '80 ms' },
      failures: [{ from: '1 s', to: '1.2 s' }],
    });

    await page.locator('g.node[data-id="FLEET"]').click({ force: true }); // any device has TSN egress settings
    await page.getByTestId('toggle-nodes[1].tsn.preemption').check();
    expect(await state<unknown>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'FLEET').tsn")).toEqual({ preemption: { express: [7] } });
    await page.getByTestId('toggle-nodes[1].tsn.preemption').uncheck();
    expect(await state<unknown>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'FLEET').tsn")).toBeUndefined(); // no empty block left behind

    await deselect(page);
    await page.locator('.flow-list button', { hasText: 'estop-ROB1' }).click();
    expect(await page.getByTestId('flow-form').locator('.field', { hasText: 'on Wi-Fi' }).count()).toBe(1); // PCP 7: the voice access category
    await page.getByTestId('field-flows[8].frer').selectOption('auto');
    // a robot has one radio link: no second disjoint path, the core says so at the field's path
    await expect.poll(() => state<number>(page, '(s) => s.analysis.issues.filter((i) => i.path === "flows[8].frer").length')).toBe(1);
    await page.getByTestId('field-flows[8].frer').selectOption('');
    expect(await state<unknown>(page, '(s) => s.doc.scenario.flows[8].frer')).toBeUndefined();
    await shot(page, '21-wireless-inspector');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('bounds beside the simulation', () => {
  test('each flow’s bound is the core’s (netloom bounds), never below the simulated maximum, explained port by port, and follows edits', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'examples/vision-cell.json');
    await setField(page, 'field-simulation.duration', '3 s');
    await blur(page);
    await runAndWait(page);
    const scenario = await state<ScenarioJson>(page, '(s) => s.doc.scenario');
    const expected = boundsOf(scenario);
    await page.getByTestId('view-results').click();
    await expect.poll(() => page.locator('td.bound-cell').count()).toBe(expected.flows.length);
    const report = await state<Report>(page, '(s) => s.lastReport.report');
    for (const b of expected.flows) {
      const cell = page.locator(`tr[data-flow="${b.id}"] td.bound-cell`);
      if (b.delay === null) {
        expect(await cell.getAttribute('data-check')).toBe('unbounded');
        expect(await cell.getAttribute('title')).toContain(b.reason!);
      } else {
        expect(Number(await cell.getAttribute('data-bound'))).toBe(b.delay); // exactly the core's figure
        expect(await cell.getAttribute('data-check')).toBe('holds');
        expect(b.delay).toBeGreaterThanOrEqual(report.flows.find((f) => f.id === b.id)!.latency!.max - 1e-12);
      }
    }
    expect(expected.summary.bounded).toBeGreaterThan(0);
    expect(expected.summary.unbounded).toBeGreaterThan(0);

    // the flow's card: bound vs simulated max, and what makes the bound
    await page.locator('tr[data-flow="cycle-DRV1"]').click();
    const card = page.getByTestId('bounds-card');
    const b = expected.flows.find((f) => f.id === 'cycle-DRV1')!;
    expect(Number(await card.getByTestId('bound-value').getAttribute('data-bound'))).toBe(b.delay);
    expect(await card.getByTestId('bound-verdict').getAttribute('data-check')).toBe('holds');
    expect(await card.locator('.bound-seg').evaluateAll((els) => els.map((e) => e.getAttribute('data-share')))).toEqual(['PLC1→SW1', 'SW1→DRV1']);
    expect(await card.locator('[data-testid=bound-hops] tbody tr[data-port]').evaluateAll((els) => els.map((e) => e.getAttribute('data-port')))).toEqual([
      'PLC1→SW1',
      'SW1→DRV1',
    ]);
    expect(await card.locator('tr[data-why="PLC1→SW1"] .why').textContent()).toContain('same class: cycle-DRV2');
    await dismissToasts(page);
    await shot(page, '22-bounds');
    await page.locator('tr[data-flow="backup"]').click();
    expect(await card.getByTestId('bound-verdict').getAttribute('data-check')).toBe('unbounded');
    expect(await card.getByTestId('bound-verdict').textContent()).toContain(expected.flows.find((f) => f.id === 'backup')!.reason!);

    // an edit: the bounds follow the scenario as it is now (no run needed)
    await page.getByTestId('view-editor').click();
    await page.locator('g.link[data-key="PLC1-SW1"] .hit').click({ force: true });
    await setField(page, 'link-rate', '10 Mb/s');
    const edited = boundsOf(await state<ScenarioJson>(page, '(s) => s.doc.scenario')).flows.find((f) => f.id === 'cycle-DRV1')!.delay!;
    expect(edited).toBeGreaterThan(b.delay!);
    await expect
      .poll(() =>
        state<number | null>(
          page,
          "(s) => s.bounds && s.bounds.revision === s.doc.revision ? s.bounds.report.flows.find((f) => f.id === 'cycle-DRV1').delay : null",
        ),
      )
      .toBe(edited);
    await page.getByTestId('view-results').click();
    await page.getByTestId('bounds-facts').filter({ hasText: 'for the scenario as edited' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('gate schedules', () => {
  test(
    'synthesize for the vision cell, export 802.1Qcw YANG, apply, run: every scheduled ' +
      'flow meets its deadline with no loss; conflicting periods name the flows and the port',
    async () => {
      const { context, page, errors } = await newPage(app);
      await openFromLibrary(page, 'examples/vision-cell.json');
      await setField(page, 'field-simulation.duration', '2 s');
      await blur(page);
      const base = await state<ScenarioJson>(page, '(s) => s.doc.scenario');
      const expected = synthesizeSchedule(loadScenario(base));
      expect(expected.ok).toBe(true);

      await page.getByTestId('synthesize-gates').click();
      await page.getByTestId('schedule-summary').waitFor();
      expect(await page.getByTestId('schedule-status').textContent()).toBe('2 flows scheduled');
      for (const f of expected.flows)
        expect(Number(await page.locator(`[data-testid=scheduled-flows] tr[data-flow="${f.id}"] [data-offset-ps]`).getAttribute('data-offset-ps'))).toBe(
          f.offsetPs,
        );
      expect(await page.locator('[data-testid=gate-schedule] .gate-port').count()).toBe(expected.ports.length);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('schedule-export').click()]);
      expect(download.suggestedFilename()).toBe('vision-cell.qcw.json');
      const yang = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(yang.format).toBe('netloom.qcw/v1');
      expect(yang.devices.map((d: { node: string }) => d.node).sort()).toEqual([...new Set(expected.ports.map((p) => p.port.from))].sort());

      await page.getByTestId('schedule-apply').click();
      await page.getByTestId('schedule-applied').waitFor();
      expect(await state<string>(page, '(s) => s.past[s.past.length - 1].label')).toBe('apply the gate schedules');
      expect(await state<unknown>(page, "(s) => Object.keys(s.doc.scenario.nodes.find((n) => n.id === 'PLC1').tsn.ports.SW1.gates)")).toEqual([
        'cycle',
        'baseTime',
        'entries',
      ]);
      await page.getByTestId('view-editor').click();
      await runAndWait(page);
      await page.getByTestId('view-schedule').click();
      for (const f of expected.flows) {
        const row = page.locator(`[data-testid=scheduled-flows] tr[data-flow="${f.id}"]`);
        await expect.poll(() => row.getAttribute('data-holds')).toBe('true');
        const r = await state<{ lost: number; latency: { max: number } }>(page, `(s) => s.lastReport.report.flows.find((x) => x.id === '${f.id}')`);
        expect(r.lost).toBe(0);
        expect(Math.round(r.latency.max * 1e12)).toBeLessThanOrEqual(f.latencyPs);
      }
      await page.locator('[data-testid=scheduled-flows] tr[data-flow="cycle-DRV2"]').click();
      await dismissToasts(page);
      await shot(page, '23-schedule');
      copyFileSync(join(SHOTS, '23-schedule.png'), join(ROOT, 'docs', 'schedule.png'));

      // undo, then make both control loops every 10 us: PLC1's port cannot carry them, whatever the offsets
      await page.getByTestId('undo').click();
      await page.getByTestId('view-editor').click();
      for (const i of [0, 1]) {
        await deselect(page);
        await page.locator('.flow-list button', { hasText: `cycle-DRV${i + 1}` }).click();
        await setField(page, `field-flows[${i}].pattern.period`, '10 us');
      }
      await blur(page);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Synthesize gate');
      await page.keyboard.press('Enter');
      const conflict = page.getByTestId('schedule-conflict');
      await conflict.first().waitFor();
      expect(await page.getByTestId('schedule-status').textContent()).toBe('none — 1 conflict');
      expect(await conflict.getAttribute('data-kind')).toBe('overbooked');
      expect(await conflict.locator('[data-conflict-flow]').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(['cycle-DRV1', 'cycle-DRV2']);
      expect(await conflict.locator('[data-conflict-port]').evaluateAll((els) => els.map((e) => e.textContent))).toEqual(['PLC1→SW1']);
      await shot(page, '24-schedule-conflict');
      await conflict.locator('[data-conflict-port]').click(); // the port's link, selected in the topology
      expect(await state<string[]>(page, '(s) => s.selection.links')).toEqual(['PLC1-SW1']);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
