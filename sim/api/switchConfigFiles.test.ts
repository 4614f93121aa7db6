import { describe, expect, test } from 'vitest';
import type { SwitchConfigs } from './switchConfig.ts';
import { configFileNames, configNotes, switchConfigFiles } from './switchConfigFiles.ts';

const sw = (node: string) => ({ node, ports: 2, gated: 0, shaped: 0, netconf: `<rpc>${node}</rpc>\n`, restconf: `{"${node}":1}\n` });
const result: SwitchConfigs = {
  modules: ['ieee802-dot1q-bridge@2022-10-29'],
  switches: [sw('S1'), sw('cell/S 2'), sw('s1')],
  assumed: ['S1: ports named to-NEIGHBOUR'],
};

describe('the switch configuration files, as netloom config names them', () => {
  test('ids become file names: what a file system refuses is "_", a leading dot too, and names equal but for case get -2, -3', () => {
    expect(configFileNames(['S1', 'cell/S 2', 's1', '.hidden', 'S1'])).toEqual(['S1', 'cell_S_2', 's1-2', '_hidden', 'S1-3']);
  });

  test('both formats: each switch’s NETCONF then RESTCONF file, with the façade’s text as it is', () => {
    expect(switchConfigFiles(result, 'both')).toEqual([
      { switch: 0, name: 'S1.netconf.xml', text: '<rpc>S1</rpc>\n' },
      { switch: 0, name: 'S1.restconf.json', text: '{"S1":1}\n' },
      { switch: 1, name: 'cell_S_2.netconf.xml', text: '<rpc>cell/S 2</rpc>\n' },
      { switch: 1, name: 'cell_S_2.restconf.json', text: '{"cell/S 2":1}\n' },
      { switch: 2, name: 's1-2.netconf.xml', text: '<rpc>s1</rpc>\n' },
      { switch: 2, name: 's1-2.restconf.json', text: '{"s1":1}\n' },
    ]);
    expect(switchConfigFiles(result, 'netconf').map((f) => f.name)).toEqual(['S1.netconf.xml', 'cell_S_2.netconf.xml', 's1-2.netconf.xml']);
  });

  test('the RESTCONF warning (a PATCH merges) only when RESTCONF files are made', () => {
    const warns = (f: 'both' | 'netconf' | 'restconf') => configNotes(result, f).how.some((h) => h.includes('a PATCH merges'));
    expect([warns('both'), warns('restconf'), warns('netconf')]).toEqual([true, true, false]);
    expect(configNotes(result, 'netconf').how[0]).toBe('YANG modules the switches must implement: ieee802-dot1q-bridge@2022-10-29');
    expect(configNotes(result, 'both').assumed).toEqual(result.assumed);
  });
});
