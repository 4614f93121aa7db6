/**
 * The library's switch configuration is `netloom config`'s (the reference: the CLI, another process,
 * its files): each switch's NETCONF and RESTCONF documents equal its files, with and without --schedule;
 * bad options and a plant without a switch are refused naming them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { netloom } from '../test/cli/netloom.ts';
import { loadScenario } from './loadScenario.ts';
import { switchConfig } from './switchConfig.ts';

const root = new URL('../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'netloom-lib-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `netloom config FILE ARGS`'s files, by name. */
function cliFiles(file: string, ...args: string[]): Map<string, string> {
  const out = mkdtempSync(join(tmp, 'out-'));
  const r = netloom('config', file, '--out', out, ...args);
  expect(r.code, r.stderr).toBe(0);
  return new Map(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

describe('switchConfig', () => {
  it.each([
    ['scenarios/examples/tsn-cell.json', []],
    ['scenarios/examples/tsn-schedule.json', ['--schedule']],
  ])('%s %j: the documents of netloom config, switch by switch', async (file, args) => {
    const s = await loadScenario(join(root, file));
    const mine = await switchConfig(s, { schedule: args.includes('--schedule') });
    const files = cliFiles(file, ...args);
    expect(files.size).toBe(2 * mine.switches.length);
    for (const sw of mine.switches) {
      expect(sw.netconf).toBe(files.get(`${sw.node}.netconf.xml`));
      expect(sw.restconf).toBe(files.get(`${sw.node}.restconf.json`));
    }
    expect(mine.switches.some((sw) => sw.gated > 0)).toBe(true);
  });

  it('makes only the format asked for', async () => {
    const s = await loadScenario(join(root, 'scenarios/examples/tsn-cell.json'));
    const netconf = await switchConfig(s, { format: 'netconf' });
    const files = cliFiles('scenarios/examples/tsn-cell.json', '--format', 'netconf');
    expect(netconf.switches.map((sw) => Object.keys(sw).filter((k) => k.endsWith('conf')))).toEqual(netconf.switches.map(() => ['netconf']));
    expect(netconf.switches.map((sw) => sw.netconf)).toEqual(netconf.switches.map((sw) => files.get(`${sw.node}.netconf.xml`)));
    expect((await switchConfig(s, { format: 'restconf' })).switches.every((sw) => sw.netconf === undefined && sw.restconf !== undefined)).toBe(true);
  });

  it('refuses a bad format, and a plant with no switch, naming them', async () => {
    const s = await loadScenario(join(root, 'scenarios/examples/tsn-cell.json'));
    // @ts-expect-error: a script in plain JavaScript may pass anything
    await expect(switchConfig(s, { format: 'yang' })).rejects.toThrow('options.format: expected "netconf", "restconf" or "both", got "yang"');
    const twoHosts = {
      format: 'netloom.scenario/v1' as const,
      name: 'two hosts',
      nodes: [
        { id: 'A', type: 'plc' as const },
        { id: 'B', type: 'drive' as const },
      ],
      links: [{ from: 'A', to: 'B', rate: '100 Mb/s' }],
      flows: [],
    };
    await expect(switchConfig(twoHosts)).rejects.toThrow('the scenario has no switch');
  });
});
