/**
 * The 5G cell model against its own closed forms: a packet waits for the next slot (slot =
 * 1 ms / 2^μ, 3GPP TS 38.211) and, on a dynamic uplink, the scheduling request and grant; it
 * then takes its air time at the cell's capacity; HARQ retransmits a failed transmission after
 * the round trip, and a packet failing all n transmissions is lost (probability BLERⁿ).
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/api/index.ts';

const US = 1e-6;
function cell(settings: Record<string, unknown>, devices = 1, pattern: object = { type: 'periodic', period: '1 ms', offset: '0.1 ms' }, duration = '2 s') {
  return {
    format: 'netloom.scenario/v1',
    name: 'private 5G cell',
    nodes: [
      { id: 'GNB', type: '5g-cell', cell: settings },
      { id: 'PLC', type: 'plc' },
      ...Array.from({ length: devices }, (_, i) => ({ id: `AGV${i}`, type: 'agv' })),
    ],
    links: [
      { from: 'GNB', to: 'PLC', rate: '1 Gb/s', delay: '0 s' },
      ...Array.from({ length: devices }, (_, i) => ({ from: `AGV${i}`, to: 'GNB', rate: '1 Gb/s', medium: 'wireless', delay: '0 s' })),
    ],
    flows: Array.from({ length: devices }, (_, i) => ({ id: `telemetry-${i}`, from: `AGV${i}`, to: 'PLC', size: '100 B', pattern })),
    simulation: { duration, seed: 1 },
  };
}
// 100 B + 36 B of MAC framing over the air; 100 + 18 + 8 B on the 1 Gb/s wire to the PLC
const air = (capacity: number) => (136 * 8) / capacity;
const wire = (126 * 8) / 1e9;

describe('5G cell', () => {
  it('URLLC, configured grant: wait for the next 0.25 ms slot, air time, core latency — the same for every packet', () => {
    const f = runScenario({ scenario: cell({ profile: 'urllc', bler: 0 }) }).flows[0];
    const expected = 150 * US + air(100e6) + 100 * US + wire; // sent 0.1 ms into a slot
    expect(f.latency!.min).toBeCloseTo(expected, 12);
    expect(f.latency!.max).toBeCloseTo(expected, 12);
  });

  it('eMBB, dynamic grant: the scheduling request and grant add 4 slots of 0.5 ms; HARQ adds 8-slot round trips', () => {
    const f = runScenario({ scenario: cell({ profile: 'embb' }) }).flows[0];
    const first = 400 * US + 4 * 500 * US + air(200e6) + 500 * US + wire;
    expect(f.latency!.min).toBeCloseTo(first, 12);
    expect(f.latency!.max).toBeCloseTo(first + 3 * (8 * 500 * US + air(200e6)), 12); // three retransmissions at most, each on the air again
    expect(f.latency!.mean).toBeGreaterThan(first + 0.1 * 4e-3 * 0.9); // about one in ten needs one
  });

  it('HARQ: with BLER 0.3 and 2 transmissions, 9 % of packets are lost (binomial, 4 standard deviations)', () => {
    const f = runScenario({ scenario: cell({ profile: 'urllc', bler: 0.3, maxTransmissions: 2 }, 1, undefined, '5 s') }).flows[0];
    expect(Math.abs(f.lost / f.sent - 0.09)).toBeLessThan(4 * Math.sqrt((0.09 * 0.91) / f.sent));
  });

  it('the devices of a cell share its uplink: two at 60 Mb/s into 100 Mb/s queue, one at 30 Mb/s does not', () => {
    const sat = runScenario({ scenario: cell({ profile: 'urllc', bler: 0 }, 2, { type: 'cbr', rate: '60 Mb/s' }, '0.5 s') });
    expect(sat.flows[0].latency!.max).toBeGreaterThan(10e-3);
    const light = runScenario({ scenario: cell({ profile: 'urllc', bler: 0 }, 1, { type: 'cbr', rate: '30 Mb/s' }, '0.5 s') });
    expect(light.flows[0].latency!.max).toBeLessThan(0.25e-3 + 2 * air(100e6) + 100 * US + wire + 1e-9);
  });
});
