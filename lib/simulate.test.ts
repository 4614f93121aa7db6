/**
 * The library gives what the CLI gives (the reference: its other host, a separate process) for the
 * same scenario: the same report figures, bounds and schedule.
 */
import { describe, expect, it } from 'vitest';
import { netloom } from '../test/cli/netloom.ts';
import { loadScenario } from './loadScenario.ts';
import { applySchedule, bounds, schedule, simulate } from './simulate.ts';

const root = new URL('../', import.meta.url).pathname;
const cli = (...args: string[]) => JSON.parse(netloom(...args, '--json', '-').stdout);
const withoutWall = (r: { wallSeconds: number }) => ({ ...r, wallSeconds: 0 });

describe('simulate, bounds, schedule', () => {
  it('simulate: the report of netloom run, figure for figure (replications and seed too)', async () => {
    const s = await loadScenario(`${root}scenarios/examples/vision-cell.json`);
    const report = await simulate(s, { durationS: 3, replications: 2, seed: 7 });
    expect(withoutWall(report)).toEqual(
      withoutWall(cli('run', 'scenarios/examples/vision-cell.json', '--duration', '3 s', '--replications', '2', '--seed', '7')),
    );
    expect(report.wallSeconds).toBeGreaterThan(0);
  }, 30_000); // spawns the CLI: 6 s seen on a loaded machine

  it('bounds: those of netloom bounds', async () => {
    const s = await loadScenario(`${root}scenarios/examples/tsn-cell.json`);
    expect(await bounds(s)).toEqual(cli('bounds', 'scenarios/examples/tsn-cell.json'));
  });

  it('schedule: that of netloom schedule; applied, every scheduled flow meets its guaranteed latency', async () => {
    const s = await loadScenario(`${root}scenarios/examples/tsn-schedule.json`);
    const gcl = await schedule(s);
    expect(gcl).toEqual(cli('schedule', 'scenarios/examples/tsn-schedule.json'));
    const report = await simulate(applySchedule(s, gcl), { durationS: 0.05 });
    for (const f of gcl.flows) expect(report.flows.find((r) => r.id === f.id)!.latency!.max * 1e12).toBeLessThanOrEqual(f.latencyPs + 1);
  });

  it('takes a document built in code, and refuses bad options naming them', async () => {
    const doc = {
      format: 'netloom.scenario/v1' as const,
      name: 'two hosts',
      nodes: [
        { id: 'A', type: 'plc' as const },
        { id: 'B', type: 'drive' as const },
      ],
      links: [{ from: 'A', to: 'B', rate: '100 Mb/s', delay: '1 us' }],
      flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic' as const, period: '1 ms' } }],
      simulation: { duration: '10 ms' },
    };
    expect((await simulate(doc)).flows[0].delivered).toBe(10);
    await expect(simulate(doc, { durationS: -1 })).rejects.toThrow('options.durationS: expected a finite number above 0, got -1');
    await expect(simulate(doc, { replications: 1.5 })).rejects.toThrow('options.replications: expected a whole number from 1, got 1.5');
    await expect(simulate({ ...doc, links: [] })).rejects.toThrow(/flows\[0\]/);
  });
});
