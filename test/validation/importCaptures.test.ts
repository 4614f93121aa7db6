/**
 * The capture fixtures are what Wireshark's text2pcap makes of make_captures.py's frames: when
 * text2pcap is present they are rebuilt and must equal the committed ones (else this says so and
 * skips), and each imports to the flows the script wrote (packet counts, sizes, first times).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTraffic } from '../../sim/api/importTraffic.ts';

const FX = 'test/fixtures/import/pcap';
const HAS_TEXT2PCAP = spawnSync('text2pcap', ['-v']).status === 0;
const MAP = new Map([
  ['02:00:00:00:00:10', 'PLC'],
  ['02:00:00:00:00:01', 'IO1'],
  ['02:00:00:00:00:02', 'IED1'],
  ['10.0.0.3', 'HOST'],
  ['01:0c:cd:01:00:01', 'PLC'],
]);

describe('capture fixtures made by text2pcap', () => {
  it.skipIf(!HAS_TEXT2PCAP)('are rebuilt byte for byte by make_captures.py (text2pcap present)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-captures-'));
    execFileSync('python3', [`${FX}/make_captures.py`, dir]);
    for (const name of ['cell.pcap', 'cell.ns.pcap', 'cell.pcapng']) {
      const made = readFileSync(join(dir, name));
      const committed = readFileSync(`${FX}/${name}`);
      // pcapng's section header names the writing application (text2pcap's version): compare from the first interface block on
      const from = name.endsWith('ng') ? made.readUInt32LE(4) : 0;
      expect(made.subarray(from).equals(committed.subarray(name.endsWith('ng') ? committed.readUInt32LE(4) : 0)), name).toBe(true);
    }
  });
  if (!HAS_TEXT2PCAP) it('text2pcap (Debian package tshark) is not installed: the fixtures were not rebuilt', () => {});

  it.each(['cell.pcap', 'cell.ns.pcap', 'cell.pcapng'])('%s → the three flows make_captures.py wrote', (name) => {
    const scenario = JSON.parse(readFileSync(`${FX}/cell.json`, 'utf8'));
    const r = importTraffic(scenario, { name, bytes: new Uint8Array(readFileSync(`${FX}/${name}`)) }, MAP);
    const flows = r.scenario.flows ?? [];
    expect(flows.map((f) => [f.id, f.size, f.priority, (f.pattern as { times: number[] }).times.length])).toEqual([
      // 64 B frames less 18 B Ethernet + VLAN header; 142 − 14 = the IPv4 packet of 128 B; 120 − 14 untagged GOOSE
      ['profinet-rt-IO1-PLC', '46 B', 6, 10],
      ['udp-HOST-PLC', '128 B', undefined, 5],
      ['goose-IED1-PLC', '106 B', 4, 3],
    ]);
    expect((flows[0].pattern as { times: number[] }).times.slice(0, 4)).toEqual([0, 1_002_000, 1_999_000, 3_003_000]);
  });

  it('matches the ends by the addresses the scenario gives its nodes, without a --map; the map wins over them', () => {
    const scenario = JSON.parse(readFileSync(`${FX}/cell.json`, 'utf8'));
    const byNode = new Map<string, string[]>();
    for (const [address, node] of MAP) byNode.set(node, [...(byNode.get(node) ?? []), address]);
    for (const n of scenario.nodes) if (byNode.has(n.id)) n.addresses = byNode.get(n.id);
    const bytes = new Uint8Array(readFileSync(`${FX}/cell.pcapng`));
    const flows = (r: { scenario: { flows?: { id: string }[] } }) => (r.scenario.flows ?? []).map((f) => f.id);
    expect(flows(importTraffic(scenario, { name: 'cell.pcapng', bytes }, new Map()))).toEqual(['profinet-rt-IO1-PLC', 'udp-HOST-PLC', 'goose-IED1-PLC']);
    const moved = importTraffic(scenario, { name: 'cell.pcapng', bytes }, new Map([['02:00:00:00:00:01', 'IED1']]));
    expect(flows(moved)).toEqual(['profinet-rt-IED1-PLC', 'udp-HOST-PLC', 'goose-IED1-PLC']);
    // without addresses or a map, nothing is matched: the message says how to match
    expect(() => importTraffic(JSON.parse(readFileSync(`${FX}/cell.json`, 'utf8')), { name: 'cell.pcapng', bytes }, new Map())).toThrow(/addresses/);
  });
});
