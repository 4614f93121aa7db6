/**
 * Sources a scenario may declare but no link could carry, and times or rates that vanish in
 * integer picoseconds: refused at load with the field's path, so a run that validates finishes.
 * The reference for "carries" is the wire time of the frames (802.3: header, FCS, tag, padding to
 * 64 B, preamble and gap), the same arithmetic as the engine's transmissions.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../api/createSimApi.ts';
import { loadScenario, validateScenario } from './load.ts';

const scenario = (pattern: Record<string, unknown>, size: unknown = '100 B', rate = '100 Mb/s') => ({
  format: 'netloom.scenario/v1',
  name: 'one link',
  nodes: [
    { id: 'A', type: 'plc' },
    { id: 'B', type: 'drive' },
  ],
  links: [{ from: 'A', to: 'B', rate, delay: '0 s' }],
  flows: [{ id: 'f', from: 'A', to: 'B', size, pattern }],
  simulation: { duration: '10 ms' },
});
const issues = (s: unknown) => validateScenario(s).map((i) => `${i.path}: ${i.message}`);

describe('offered load against the first link', () => {
  it('refuses a Poisson source above its link (it had no check), by rate and by interval', () => {
    expect(issues(scenario({ type: 'poisson', rate: '1 Gb/s' }))).toEqual(["flows[0].pattern.rate: 1 Gb/s is more than A's link carries (100 Mb/s)"]);
    // 100 B packets are 138 B on the wire: 80 Mb/s of them is 110.4 Mb/s
    expect(issues(scenario({ type: 'poisson', rate: '80 Mb/s' }))).toEqual([
      "flows[0].pattern.rate: 80 Mb/s of 100 B packets is 110.4 Mb/s on the wire with its framing, more than A's link carries (100 Mb/s)",
    ]);
    expect(issues(scenario({ type: 'poisson', interval: '10 us' }))).toEqual([
      "flows[0].pattern.interval: 80 Mb/s of 100 B packets is 110.4 Mb/s on the wire with its framing, more than A's link carries (100 Mb/s)",
    ]);
    expect(issues(scenario({ type: 'poisson', interval: '12 us' }))).toEqual([]); // 92 % of the link
  });

  it('refuses a Poisson gap that rounds to 0 ps (simulated time froze at 0 %)', () => {
    const s = scenario({ type: 'poisson', interval: '0.4 ps' }, '100 B', '1 Gb/s');
    expect(issues(s)).toEqual(['flows[0].pattern.interval: "0.4 ps" is shorter than 1 ps, the simulation\'s time step']);
  });

  it('checks a size distribution by its mean: an exponential size with a 10^15 B mean', () => {
    const s = scenario({ type: 'periodic', period: '1 s' }, { dist: 'exponential', mean: '1e15 B' });
    expect(issues(s)).toEqual([
      expect.stringMatching(
        /^flows\[0\]\.pattern\.period: the period 1 s is shorter than sending one 1000000000000000 B packet on A's link \(83140000 s at 100 Mb\/s\)$/,
      ),
    ]);
  });

  it('refuses bursts the link cannot send within their period: 10^15 packets, 10^9 fps', () => {
    expect(issues(scenario({ type: 'burst', period: '1 s', frame: '1e17 B' }))).toEqual([
      expect.stringMatching(
        /^flows\[0\]\.pattern\.frame: a burst of 1000000000000000 packets takes .* to send on A's link \(at 100 Mb\/s\), longer than its period 1 s$/,
      ),
    ]);
    expect(issues(scenario({ type: 'burst', fps: 1e9, count: 1 }))).toEqual([
      "flows[0].pattern.count: a burst of 1 packets takes 11.04 us to send on A's link (at 100 Mb/s), longer than its period 1 ns",
    ]);
    expect(issues(scenario({ type: 'burst', fps: 1e15, count: 1 }))).toEqual([
      "flows[0].pattern.fps: a burst every 0.001 ps is more often than the simulation's 1 ps time step",
    ]);
    // 30 fps of 100 kB frames in 1000 B packets: 100 packets of 1038 B on the wire, 8.3 ms per frame < 33 ms
    expect(issues(scenario({ type: 'burst', fps: 30, frame: '100 kB' }, '1000 B'))).toEqual([]);
  });

  it('refuses on/off sources whose on periods are too short to matter (each starts with a packet)', () => {
    expect(issues(scenario({ type: 'onoff', rate: '10 Mb/s', on: '1e-20 s', off: '1 ms' }))).toEqual([
      'flows[0].pattern.on: "1e-20 s" is shorter than 1 ps, the simulation\'s time step',
    ]);
    expect(issues(scenario({ type: 'onoff', rate: '10 Mb/s', on: '1 ps', off: '1 ps' }))).toEqual([
      'flows[0].pattern.on: on periods of 0.001 ns and off periods of 0.001 ns start 500 G packets/s ' +
        "(each on period starts with one): 552 Tb/s on the wire, more than A's link carries (100 Mb/s)",
    ]);
    expect(issues(scenario({ type: 'onoff', rate: '50 Mb/s', on: '1 ms', off: '1 ms' }))).toEqual([]);
  });

  it('counts framing for constant-rate sources too', () => {
    expect(issues(scenario({ type: 'cbr', rate: '100 Mb/s' }))).toEqual([
      "flows[0].pattern.rate: 100 Mb/s of 100 B packets is 138 Mb/s on the wire with its framing, more than A's link carries (100 Mb/s)",
    ]);
  });
});

describe('times and rates below the picosecond', () => {
  it('names every time and rate that would round to 0 ps', () => {
    const s = scenario({ type: 'periodic', period: '0.3 ps' }, '100 B', '20 Tb/s');
    expect(issues(s)).toEqual([
      'links[0].rate: "20 Tb/s" is so fast that one byte takes less than 1 ps, the simulation\'s time step',
      'flows[0].pattern.period: "0.3 ps" is shorter than 1 ps, the simulation\'s time step',
    ]);
  });
});

describe('packets that fill the MTU exactly', () => {
  it('counts a 1,481–1,500 B packet as one frame, as the engine sends it (was refused as two)', () => {
    // 1496 B + 18 B Ethernet + 20 B preamble and gap = 1534 B: 122.72 us at 100 Mb/s, within 125 us;
    // its latency is the frame up to its last bit, preamble included: 1522 B, 121.76 us
    const s = scenario({ type: 'periodic', period: '125 us' }, '1496 B');
    expect(issues(s)).toEqual([]);
    const r = runScenario({ scenario: s });
    expect(r.flows[0].sent).toBe(80);
    expect(r.flows[0].latency!.max).toBeCloseTo(121.76e-6, 12);
    // one byte more than the MTU is two fragments, 1500 B and 21 B (1538 + 84 B on the wire): refused at this period
    expect(issues(scenario({ type: 'periodic', period: '125 us' }, '1501 B'))).toEqual([
      "flows[0].pattern.period: the period 125 us is shorter than sending one 1501 B packet on A's link (129.8 us at 100 Mb/s)",
    ]);
    expect(loadScenario(scenario({ type: 'periodic', period: '130 us' }, '1501 B')).flows).toHaveLength(1);
  });
});
