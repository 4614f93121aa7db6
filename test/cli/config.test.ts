/**
 * `netloom config`: one NETCONF and one RESTCONF file per switch, written as the façade makes them
 * (their validity against the IEEE modules is test/validation/switchConfig.yang.test.ts's), what
 * was assumed printed; existing files refused without --force, and every bad input exit 2 with
 * the flag, the file or the port named.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-config-'));
const CELL = 'scenarios/examples/tsn-cell.json';
const cell = () => JSON.parse(readFileSync(CELL, 'utf8'));
const SWITCHES = ['SW-A', 'SW-B', 'SW-C', 'SW-D', 'SW-E'];

/** tsn-cell.json with SW-D's port to SW-E changed by `change`, written to a file of its own */
function variant(name: string, change: (port: Record<string, any>) => void): string {
  const s = cell();
  change(s.nodes.find((n: { id: string }) => n.id === 'SW-D').tsn.ports['SW-E']);
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('netloom config', () => {
  it('writes a NETCONF edit-config and a RESTCONF body per switch, and prints them and what it assumed', () => {
    const out = join(tmp, 'cell');
    const r = netloom('config', CELL, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(SWITCHES.flatMap((s) => [`${s}.netconf.xml`, `${s}.restconf.json`]));
    expect(r.stdout).toContain('5 switches configured in');
    expect(r.stdout).toContain('  SW-D: SW-D.netconf.xml, SW-D.restconf.json (5 ports, 1 with gates, 1 with CBS)');
    expect(r.stdout).toMatch(/assumed \(6\) — review these:\n {2}port names: each switch port is "to-<neighbour>"/);
    expect(r.stdout).toContain("802.1Q's default table (Table 8-5) would swap PCP 0 and 1");
    const xml = readFileSync(join(out, 'SW-D.netconf.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rpc xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="1">\n {2}<edit-config>/);
    expect(xml).toContain('<admin-idle-slope>60000000</admin-idle-slope>');
    const json = JSON.parse(readFileSync(join(out, 'SW-D.restconf.json'), 'utf8'));
    const port = json['ietf-interfaces:interfaces'].interface.find((i: { name: string }) => i.name === 'to-SW-E');
    expect(port['ieee802-dot1q-bridge:bridge-port']['ieee802-dot1q-cbsa-bridge:cbsa']['cbsa-parameter-table']).toEqual([
      { 'traffic-class': 5, 'admin-idle-slope': '60000000' },
    ]);
  });

  it('refuses files that exist without --force (and changes none), replaces them with it', () => {
    const out = join(tmp, 'again');
    expect(netloom('config', CELL, '--out', out, '--format', 'restconf').code).toBe(0);
    writeFileSync(join(out, 'SW-E.restconf.json'), 'mine');
    const r = netloom('config', CELL, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out: ${join(out, 'SW-A.restconf.json')} already exists; give --force to replace it`);
    expect(readFileSync(join(out, 'SW-E.restconf.json'), 'utf8')).toBe('mine');
    expect(existsSync(join(out, 'SW-A.netconf.xml'))).toBe(false); // checked before anything is written
    expect(netloom('config', CELL, '--out', out, '--force').code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'SW-E.restconf.json'), 'utf8'))).toHaveProperty('ietf-interfaces:interfaces');
  });

  it('--format netconf writes the XML alone; --schedule configures the gates of the synthesized schedule', () => {
    const out = join(tmp, 'scheduled');
    const r = netloom('config', 'scenarios/examples/tsn-schedule.json', '--out', out, '--format', 'netconf', '--schedule');
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['SW-CORE.netconf.xml', 'SW-L1.netconf.xml', 'SW-L2.netconf.xml']);
    expect(r.stdout).toContain('--schedule: 10 time-critical flows scheduled in PCP 6');
    expect(r.stdout).toContain('SW-L1: SW-L1.netconf.xml (4 ports, 4 with gates)');
    expect(readFileSync(join(out, 'SW-L1.netconf.xml'), 'utf8')).toContain('nc:operation="replace"');
  });

  it('--schedule when no schedule exists: exit 1 with the conflicts, nothing written', () => {
    const s = JSON.parse(readFileSync('scenarios/examples/tsn-schedule.json', 'utf8'));
    s.flows[0].requirement.latency = '1 us'; // less than one hop takes
    const file = join(tmp, 'too-fast.json');
    writeFileSync(file, JSON.stringify(s));
    const r = netloom('config', file, '--schedule', '--out', join(tmp, 'too-fast'));
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/no gate schedule — \d+ conflicts?:\n {2}✗ \[too-slow\] .*ctrl-DRV1/);
    expect(existsSync(join(tmp, 'too-fast'))).toBe(false);
  });

  it('bad input: exit 2 naming the flag, the file or the port', () => {
    const bad = (args: string[], message: string | RegExp) => {
      const r = netloom('config', ...args);
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toMatch(message);
    };
    bad([CELL], /--out: name the folder/);
    bad([CELL, '--out', join(tmp, 'x'), '--format', 'yaml'], /--format: expected netconf, restconf, both, got "yaml"/);
    bad(['scenarios/reference/r1-line-cell.json', '--out', CELL], /--out: cannot make the folder scenarios\/examples\/tsn-cell.json: EEXIST/);
    const halfNs = variant('half-ns', (p) => {
      p.gates.entries[0].duration = '60.0005 us';
      p.gates.entries[1].duration = '439.9995 us';
    });
    bad([halfNs, '--out', join(tmp, 'half')], /SW-D→SW-E's entry 0 is 60000500 ps, not a whole number of nanoseconds/);
    const slope = variant('slope', (p) => {
      p.cbs['5'].idleSlope = '1.5 b/s';
    });
    bad([slope, '--out', join(tmp, 'slope')], /SW-D→SW-E's class 5 idle slope is 1.5 bit\/s, not a whole number of bit\/s/);
    const noSwitch = join(tmp, 'no-switch.json');
    writeFileSync(
      noSwitch,
      JSON.stringify({
        format: 'netloom.scenario/v1',
        name: 'pair',
        nodes: [
          { id: 'A', type: 'plc' },
          { id: 'B', type: 'drive' },
        ],
        links: [{ from: 'A', to: 'B', rate: '1 Gb/s' }],
        flows: [],
      }),
    );
    bad([noSwitch, '--out', join(tmp, 'none')], /has no switch \(type "switch"\): there is nothing to configure/);
    expect(existsSync(join(tmp, 'half'))).toBe(false);
  });
});
