import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applySchedule, loadScenario, type PortSchedule, runScenario, type ScenarioJson } from '../../sim/api/index.ts';
import { synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import { checkSchedule, closedSpans, scheduleCandidates, windowBars } from './scheduleRows.ts';

const US = 1_000_000;
const port = (cycleUs: number, windows: [number, number][], entries: [number, number][] = []) =>
  ({
    cyclePs: cycleUs * US,
    basePs: 0,
    windows: windows.map(([o, c]) => ({ flow: 'f', openPs: o * US, closePs: c * US })),
    entries: entries.map(([d, mask]) => ({ durationPs: d * US, mask })),
  }) as unknown as PortSchedule;

describe('a schedule over its hyperperiod', () => {
  test('a port with a shorter cycle repeats its windows; a window past the cycle end wraps to the start', () => {
    expect(windowBars(port(500, [[10, 20]]), 1000 * US).map((w) => [w.startPs / US, w.endPs / US])).toEqual([
      [10, 20],
      [510, 520],
    ]);
    expect(windowBars(port(1000, [[995, 1008]]), 1000 * US).map((w) => [w.startPs / US, w.endPs / US])).toEqual([
      [995, 1000],
      [0, 8],
    ]);
  });

  test('closed spans: the entries that shut any other class', () => {
    const p = port(
      100,
      [],
      [
        [10, 0x7f],
        [5, 0x80],
        [85, 0x7f],
      ],
    );
    expect(closedSpans(p, 200 * US, 7).map((s) => [s.startPs / US, s.endPs / US])).toEqual([
      [10, 15],
      [110, 115],
    ]);
  });

  test('the vision cell: its cyclic flows are the candidates; applied and simulated, every scheduled flow holds', () => {
    const scenario = JSON.parse(readFileSync(new URL('../../scenarios/examples/vision-cell.json', import.meta.url), 'utf8')) as ScenarioJson;
    expect(scheduleCandidates(scenario.flows).map((c) => c.id)).toEqual(['cycle-DRV1', 'cycle-DRV2']);
    const s = synthesizeSchedule(loadScenario(scenario));
    expect(s.ok).toBe(true);
    const applied = applySchedule(scenario, s);
    applied.simulation = { ...applied.simulation, duration: '0.2 s', warmup: '0 s' };
    const checks = checkSchedule(s, runScenario({ scenario: applied }));
    expect(checks.map((c) => c.holds)).toEqual([true, true]);
    expect(checks.every((c) => c.lost === 0 && c.sent > 0)).toBe(true);
  });

  test('a flow without a pattern (a file with problems) is no candidate, and does not stop the list', () => {
    const flows = [
      { id: 'a', pattern: null },
      { id: 'b', pattern: { type: 'periodic' } },
    ] as unknown as Parameters<typeof scheduleCandidates>[0];
    expect(scheduleCandidates(flows).map((c) => c.id)).toEqual(['b']);
  });
});
