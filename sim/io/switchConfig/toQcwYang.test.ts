import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { synthesizeSchedule } from '../../analysis/gcl/synthesizeSchedule.ts';
import { toQcwYang } from './toQcwYang.ts';

const model = loadScenario({
  format: 'netloom.scenario/v1',
  name: 'yang',
  nodes: [
    { id: 'PLC', type: 'plc' },
    { id: 'SW1', type: 'switch' },
    { id: 'DRV', type: 'drive' },
  ],
  links: [
    { from: 'PLC', to: 'SW1', rate: '1 Gb/s' },
    { from: 'SW1', to: 'DRV', rate: '1 Gb/s' },
  ],
  flows: [{ id: 'c', from: 'PLC', to: 'DRV', size: '100 B', priority: 6, pattern: { type: 'periodic', period: '250 us' }, requirement: { latency: '50 us' } }],
});

describe('toQcwYang', () => {
  const s = synthesizeSchedule(model);
  const doc = toQcwYang(s, model);

  it('one document per device, one interface per scheduled egress port, named after the neighbour', () => {
    expect(doc.modules).toContain('ieee802-dot1q-sched@2023-10-22');
    expect(doc.devices.map((d) => [d.node, d.type])).toEqual([
      ['PLC', 'plc'],
      ['SW1', 'switch'],
    ]);
    const iface = doc.devices[1].data['ietf-interfaces:interfaces'].interface[0] as Record<string, any>;
    expect(iface.name).toBe('to-DRV');
    expect(iface.type).toBe('iana-if-type:ethernetCsmacd');
    expect(iface.description).toMatch(/SW1 towards DRV \(link SW1-DRV, 1000 Mb\/s\)/);
  });

  it('the gate parameter table: entries in ns summing to the cycle, a reduced rational cycle time, PTP base time 0', () => {
    const port = s.ports.find((p) => p.port.from === 'SW1')!;
    const table = (doc.devices[1].data['ietf-interfaces:interfaces'].interface[0] as Record<string, any>)['ieee802-dot1q-bridge:bridge-port'][
      'ieee802-dot1q-sched-bridge:gate-parameter-table'
    ];
    expect(table['gate-enabled']).toBe(true);
    expect(table['config-change']).toBe(true);
    expect(table['admin-gate-states']).toBe(255);
    expect(table['admin-cycle-time']).toEqual({ numerator: 1, denominator: 4000 }); // 250 us
    expect(table['admin-base-time']).toEqual({ seconds: '0', nanoseconds: 0 });
    const entries = table['admin-control-list']['gate-control-entry'];
    expect(entries.map((e: { index: number }) => e.index)).toEqual(port.entries.map((_, i) => i));
    expect(entries.every((e: Record<string, unknown>) => e['operation-name'] === 'ieee802-dot1q-sched:set-gate-states')).toBe(true);
    expect(entries.reduce((a: number, e: Record<string, number>) => a + e['time-interval-value'], 0)).toBe(250_000);
    expect(entries.map((e: Record<string, number>) => e['gate-states-value'])).toEqual(port.entries.map((e) => e.mask));
    expect(entries.some((e: Record<string, number>) => e['gate-states-value'] === 0x40)).toBe(true); // PCP 6 alone
  });

  it('refuses times that are not whole nanoseconds rather than round them', () => {
    const odd = {
      ...s,
      ports: s.ports.map((p) => ({
        ...p,
        entries: [
          { durationPs: 1500, mask: 0x40 },
          { durationPs: p.cyclePs - 1500, mask: 0xbf },
        ],
      })),
    };
    expect(() => toQcwYang(odd, model)).toThrow(/not a whole number of nanoseconds/);
  });
});
