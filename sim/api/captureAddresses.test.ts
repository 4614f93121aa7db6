import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/fixtures/import/thrown.ts';
import { captureAddresses } from './captureAddresses.ts';

const FX = 'test/fixtures/import/pcap';
const scenario = JSON.parse(readFileSync(`${FX}/cell.json`, 'utf8'));
const capture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`${FX}/${name}`)) });

describe('captureAddresses', () => {
  it('lists the addresses of make_captures.py frames with their counts: 10 PROFINET RT IO1 → PLC, 3 GOOSE to a multicast, 5 UDP by IP', () => {
    const rows = captureAddresses(scenario, capture('cell.pcapng'));
    const byAddress = Object.fromEntries(rows.map((r) => [r.address, [r.sent, r.received, r.kinds.join(' ')]]));
    expect(byAddress).toEqual({
      '02:00:00:00:00:01': [10, 0, 'profinet-rt'],
      '02:00:00:00:00:10': [0, 10, 'profinet-rt'],
      '02:00:00:00:00:02': [3, 0, 'goose'],
      '01:0c:cd:01:00:01': [0, 3, 'goose'],
      '10.0.0.3': [5, 0, 'udp'],
      '10.0.0.10': [0, 5, 'udp'],
    });
    expect(rows.every((r) => r.proposed === undefined)).toBe(true);
  });

  it('proposes the node whose id, label or description names the address', () => {
    const named = {
      ...scenario,
      nodes: scenario.nodes.map((n: { id: string }) => (n.id === 'IO1' ? { ...n, description: 'MAC 02:00:00:00:00:01, rack 3' } : n)),
    };
    const rows = captureAddresses(named, capture('cell.pcap'));
    expect(rows.filter((r) => r.proposed).map((r) => `${r.address}=${r.proposed}`)).toEqual(['02:00:00:00:00:01=IO1']);
  });

  it('proposes first the node whose addresses hold it', () => {
    const given = {
      ...scenario,
      nodes: scenario.nodes.map((n: { id: string }) =>
        n.id === 'HOST' ? { ...n, addresses: ['10.0.0.3'] } : n.id === 'IED1' ? { ...n, description: 'old IP 10.0.0.3' } : n,
      ),
    };
    const rows = captureAddresses(given, capture('cell.pcap'));
    expect(rows.filter((r) => r.proposed).map((r) => `${r.address}=${r.proposed}`)).toEqual(['10.0.0.3=HOST']);
  });

  it('a file that is no capture throws an ImportError naming it and the byte', () => {
    expect(thrown(() => captureAddresses(scenario, { name: 'notes.txt', bytes: new TextEncoder().encode('hello there') })).message).toMatch(
      /^notes\.txt:byte 0: file header: a pcap magic/,
    );
  });
});
