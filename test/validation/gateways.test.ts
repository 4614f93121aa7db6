/**
 * Smart gateways and polled fieldbus segments against closed forms computed here:
 * - the transaction times of Modbus RTU (Modbus over Serial Line V1.02 §2.5.1.1: 11-bit
 *   characters, t3.5 silences), PROFIBUS DP (IEC 61158-4-3: TSYN 33 bits, SD1/SD2 telegrams,
 *   TSDR) and CAN (Davis, Burns, Bril, Lukkien 2007, eq. 1, worst-case stuffing), exactly;
 * - the data age behind a polled segment: a device's data waits for its poll, uniform on
 *   [0, cycle) when its emissions fall at every phase of the cycle, so its mean is cycle/2
 *   (checked within 3 standard errors) and its maximum below the cycle;
 * - a gateway's conversion (per message + per byte, FIFO servers) and its publishing cycle, to
 *   the picosecond;
 * - bounds (sim/analysis/gatewayHops.ts): one periodic flow per device waits at most a full
 *   cycle for its poll, then its transaction; the gateway holds a message at most its
 *   conversion times the messages ahead per server, then its publishing cycle; every simulated
 *   latency lies within [min, bound];
 * - bad input refused with its JSON path.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runScenario, validateScenario } from '../../sim/api/index.ts';
import { both, bound, simMax } from './boundsAndSim.ts';

const ETH = ((64 + 8) * 8) / 100e6 + 1e-6; // a small packet over 100 Mb/s Ethernet (64 B frame + 8 B preamble to its last bit) and 1 µs of cable
const GOLDEN = 1.6180339887; // a period of cycle · φ puts the emissions at every phase of the cycle, never two in one cycle

interface Device {
  id: string;
  address?: number;
  size: string;
  period: string;
}

function segment(fieldbus: Record<string, unknown>, rate: string, devices: Device[], gateway?: Record<string, unknown>, duration = '100 s') {
  return {
    format: 'netloom.scenario/v1',
    name: 'fieldbus segment',
    nodes: [
      ...devices.map((d) => ({ id: d.id, type: 'sensor' })),
      { id: 'GW', type: 'gateway', ...(gateway ? { gateway } : {}) },
      { id: 'EDGE', type: 'compute' },
    ],
    links: [
      ...devices.map((d) => ({
        from: d.id,
        to: 'GW',
        rate,
        delay: '0 s',
        fieldbus: { ...fieldbus, ...(d.address !== undefined ? { address: d.address } : {}) },
      })),
      { from: 'GW', to: 'EDGE', rate: '100 Mb/s', delay: '1 us' },
    ],
    flows: devices.map((d) => ({ id: d.id, from: d.id, to: 'EDGE', size: d.size, pattern: { type: 'periodic', period: d.period } })),
    simulation: { duration, drain: '1 s' },
  };
}

const run = (scenario: unknown) => runScenario({ scenario });
const latency = (r: ReturnType<typeof runScenario>, id: string) => r.flows.find((f) => f.id === id)!.latency!;
const ps = (s: number) => Math.round(s * 1e12);

describe('a polled device’s transaction, exactly (its data emitted at its poll)', () => {
  it('Modbus RTU at 19200 baud: devices in address order, each in its slot', () => {
    const r = run(
      segment({ protocol: 'modbus-rtu', cycle: '100 ms', turnaround: '1 ms' }, '19.2 kb/s', [
        { id: 'B', address: 7, size: '4 B', period: '100 ms' },
        { id: 'A', address: 3, size: '8 B', period: '100 ms' },
      ]),
    );
    // A (address 3) first: request 8 + response 5 + 8 characters of 11 bits, 2 silences of 3.5 characters, 1 ms turnaround
    const a = (21 * 11) / 19200 + (2 * 3.5 * 11) / 19200 + 1e-3;
    // B polled when A's poll ends: 8 + 5 + 4 characters
    const b = (17 * 11) / 19200 + (2 * 3.5 * 11) / 19200 + 1e-3;
    expect(ps(latency(r, 'A').max)).toBe(ps(a) + ps(ETH));
    expect(ps(latency(r, 'A').min)).toBe(ps(a) + ps(ETH));
    expect(ps(latency(r, 'B').max)).toBe(ps(a) + ps(b) + ps(ETH));
  });
  it('PROFIBUS DP at 1.5 Mbit/s: TSYN + SD1 request + TSDR + SD2 response', () => {
    const r = run(segment({ protocol: 'profibus-dp', cycle: '2 ms', stationDelay: 30 }, '1.5 Mb/s', [{ id: 'A', size: '16 B', period: '2 ms' }]));
    expect(ps(latency(r, 'A').max)).toBe(ps((33 + 11 * (6 + 9 + 16) + 30) / 1.5e6) + ps(ETH));
  });
  it('CAN at 500 kbit/s: the 8-byte frame with worst-case stuffing, 135 bits (160 with 29-bit identifiers)', () => {
    const std = run(segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '8 B', period: '10 ms' }]));
    expect(ps(latency(std, 'A').max)).toBe(ps(135 / 500e3) + ps(ETH));
    const ext = run(segment({ protocol: 'can', cycle: '10 ms', frame: 'extended' }, '500 kb/s', [{ id: 'A', size: '8 B', period: '10 ms' }]));
    expect(ps(latency(ext, 'A').max)).toBe(ps(160 / 500e3) + ps(ETH));
  });
});

describe('the data age behind a polled segment', () => {
  it('the wait for the poll is uniform on [0, cycle): mean cycle/2 within 3 standard errors, max below the cycle', () => {
    const cycle = 50e-3;
    const r = run(
      segment(
        { protocol: 'modbus-rtu', cycle: '50 ms' },
        '19.2 kb/s',
        [
          { id: 'A', size: '8 B', period: '50 ms' },
          { id: 'B', size: '4 B', period: `${cycle * GOLDEN * 1e3} ms` },
        ],
        undefined,
        '200 s',
      ),
    );
    // B's slot starts when A's ends, at the same offset in every cycle: the wait for it is uniform whatever the offset
    const fixed = (17 * 11 + 2 * 3.5 * 11) / 19200 + ETH;
    const l = latency(r, 'B');
    const n = r.flows.find((f) => f.id === 'B')!.delivered;
    expect(n).toBeGreaterThan(2000);
    const se = cycle / Math.sqrt(12) / Math.sqrt(n); // standard error of a uniform mean
    expect(Math.abs(l.mean - (cycle / 2 + fixed))).toBeLessThan(3 * se);
    expect(l.std).toBeCloseTo(cycle / Math.sqrt(12), 3);
    expect(l.max).toBeLessThanOrEqual(cycle + fixed);
    expect(l.min).toBeGreaterThanOrEqual(fixed - 1e-12);
  });
  it('Poisson arrivals: the slotted queue’s closed form within the 95 % interval of 10 replications', () => {
    // one message per poll, FIFO: the backlog L after a poll follows L' = (L + A − 1)⁺ with A ~ Poisson(ρ), ρ = λ·cycle, so
    // E[L] = ρ²/(2(1 − ρ)) (squaring the recursion, as for the M/D/1 embedded chain: Kleinrock, Queueing Systems I, §5.6);
    // a message waits the rest of its cycle (cycle/2), then one cycle per message ahead: E[L] + ρ/2 of them
    const cycle = 10e-3;
    const rho = cycle / 50e-3;
    const wait = cycle / 2 + cycle * (rho ** 2 / (2 * (1 - rho)) + rho / 2);
    const s = segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '8 B', period: '1 s' }], undefined, '100 s');
    s.flows[0].pattern = { type: 'poisson', interval: '50 ms' } as never;
    const r = runScenario({ scenario: s }, { replications: 10 });
    const l = latency(r, 'A');
    const [lo, hi] = l.ci95!.mean;
    expect(r.flows[0].delivered).toBeGreaterThan(15000);
    expect(Math.abs(l.mean - (wait + 135 / 500e3 + ETH))).toBeLessThan((hi - lo) / 2);
  });
  it('two messages in one cycle: the second takes the next poll', () => {
    const r = run(segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '8 B', period: '5 ms' }], undefined, '1 s'));
    // emitted at 0 and 5 ms: polled at 0 and at 10 ms (one frame per poll), then every 10 ms, falling behind
    expect(latency(r, 'A').min).toBeCloseTo(135 / 500e3 + ETH, 12);
    expect(latency(r, 'A').max).toBeGreaterThan(0.4);
  });
});

function gatewayLine(gateway: Record<string, unknown> | undefined, flows: { id: string; from: string; size: string; period: string; offset?: string }[]) {
  return {
    format: 'netloom.scenario/v1',
    name: 'gateway line',
    nodes: [
      { id: 'P1', type: 'plc' },
      { id: 'P2', type: 'plc' },
      { id: 'GW', type: 'gateway', ...(gateway ? { gateway } : {}) },
      { id: 'EDGE', type: 'compute' },
    ],
    links: [
      { from: 'P1', to: 'GW', rate: '100 Mb/s', delay: '1 us' },
      { from: 'P2', to: 'GW', rate: '100 Mb/s', delay: '1 us' },
      { from: 'GW', to: 'EDGE', rate: '100 Mb/s', delay: '1 us' },
    ],
    flows: flows.map((f) => ({
      id: f.id,
      from: f.from,
      to: 'EDGE',
      size: f.size,
      pattern: { type: 'periodic', period: f.period, ...(f.offset ? { offset: f.offset } : {}) },
    })),
    simulation: { duration: '1 s', drain: '1 s' },
  };
}

describe('a gateway’s conversion', () => {
  const one = [{ id: 'f', from: 'P1', size: '100 B', period: '10 ms' }];
  it('adds per message + per byte, to the picosecond', () => {
    const plain = latency(run(gatewayLine(undefined, one)), 'f').max;
    const r = run(gatewayLine({ protocol: 'opcua', perMessage: '150 us', perByte: '10 ns' }, one));
    expect(ps(latency(r, 'f').max) - ps(plain)).toBe(150e6 + 100 * 10e3);
    expect(r.gateways).toEqual([{ id: 'GW', protocol: 'opcua', conversions: 100, meanWait: 0, maxWait: 0, meanHeld: 151e-6, maxHeld: 151e-6 }]);
  });
  it('serves in FIFO order: with one server the second of two simultaneous messages waits one conversion, with two neither waits', () => {
    const two = [...one, { id: 'g', from: 'P2', size: '100 B', period: '10 ms' }];
    const gw = { protocol: 'modbus-tcp', perMessage: '200 us' };
    const single = run(gatewayLine(gw, two)).gateways![0];
    expect(single.maxWait).toBeCloseTo(200e-6, 15);
    expect(single.meanWait).toBeCloseTo(100e-6, 15);
    expect(run(gatewayLine({ ...gw, servers: 2 }, two)).gateways![0].maxWait).toBe(0);
  });
  it('over replications: conversions add up, the largest wait is the largest of any', () => {
    const two = [...one, { id: 'g', from: 'P2', size: '100 B', period: '10 ms' }];
    const scenario = gatewayLine({ protocol: 'modbus-tcp', perMessage: '200 us' }, two);
    const single = run(scenario).gateways![0];
    const three = runScenario({ scenario }, { replications: 3 }).gateways![0];
    expect(three.conversions).toBe(3 * single.conversions);
    expect(three.maxWait).toBe(single.maxWait);
    expect(three.meanWait).toBeCloseTo(single.meanWait, 15);
  });
  it('with a cycle, publishes at the next cycle boundary', () => {
    const hop = ((8 + 100 + 18) * 8) / 100e6; // 100 B: preamble 8 B + a 118 B frame to its last bit
    const r = run(
      gatewayLine({ protocol: 'opcua', perMessage: '100 us', cycle: '1 ms' }, [{ id: 'f', from: 'P1', size: '100 B', period: '10 ms', offset: '2 ms' }]),
    );
    // emitted at 2 ms, at the gateway 2 ms + hop + 1 µs, converted by 2.1 ms + …, published at 3 ms: 1 ms + the last hop
    expect(ps(latency(r, 'f').max)).toBe(ps(1e-3) + ps(hop + 1e-6));
    expect(r.gateways![0].maxHeld).toBeCloseTo(1e-3 - hop - 1e-6, 12);
  });
});

describe('bounds of polled segments and converting gateways', () => {
  it('one periodic flow behind a polled device: bound = cycle + its transaction + the Ethernet hop, exactly', () => {
    const { bounds, sim } = both(
      segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '8 B', period: `${10 * GOLDEN} ms` }], undefined, '20 s'),
    );
    const b = bound(bounds, 'A');
    // the Ethernet hop's share is the analysis's own (its frame, ps rounding); the fieldbus share is a full cycle + 135 bits at 500 kbit/s
    const ethernet = b.hops[1].contribution!;
    expect(b.delay).toBeCloseTo(10e-3 + 135 / 500e3 + ethernet, 12);
    expect(simMax(sim, 'A')).toBeLessThanOrEqual(b.delay!);
    expect(simMax(sim, 'A')).toBeGreaterThan(b.delay! - 0.2e-3); // the phases come within 0.2 ms of the worst
    expect(sim.flows[0].latency!.min).toBeGreaterThanOrEqual(b.minDelay);
  });
  it('the example smart gateway: every flow within [min, bound], the gateway’s conversion and cycle in the bound', () => {
    const scenario = JSON.parse(readFileSync(new URL('../../scenarios/examples/smart-gateway.json', import.meta.url), 'utf8'));
    const { bounds, sim } = both(scenario);
    for (const f of sim.flows) {
      const b = bound(bounds, f.id);
      expect(b.status, f.id).toBe('bounded');
      expect(f.latency!.max, f.id).toBeLessThanOrEqual(b.delay!);
      expect(f.latency!.min, f.id).toBeGreaterThanOrEqual(b.minDelay);
    }
    const terms = bound(bounds, 'io1-inputs').hops[0].terms.map((t) => t.source);
    expect(terms).toEqual(['fieldbus', 'fieldbus', 'gateway', 'gateway']);
  });
  it('a device shared with a flow whose arrivals have no bound: no bound for either, saying why', () => {
    const s = segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '8 B', period: '50 ms' }], undefined, '1 s');
    s.flows.push({ id: 'burst', from: 'A', to: 'GW', size: '8 B', pattern: { type: 'poisson', rate: '100 b/s' } as never }); // shares only the fieldbus with A
    const { bounds } = both(s);
    expect(bound(bounds, 'A').status).toBe('unbounded');
    expect(bound(bounds, 'A').reason).toMatch(/the arrivals of burst at A have no bound, and it shares the polls or the converter/);
  });
  it('more messages than polls: unbounded, saying why', () => {
    const { bounds } = both(segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '8 B', period: '5 ms' }], undefined, '1 s'));
    expect(bound(bounds, 'A').status).toBe('unbounded');
    expect(bound(bounds, 'A').reason).toMatch(/A has 2 messages per 10 ms poll cycle to send, more than one per poll/);
  });
});

describe('bad input names its place', () => {
  const issues = (s: unknown) => validateScenario(s).map((i) => `${i.path}: ${i.message}`);
  const base = () => segment({ protocol: 'profibus-dp', cycle: '2 ms' }, '1.5 Mb/s', [{ id: 'A', size: '16 B', period: '2 ms' }]);
  it('a fieldbus link that does not touch a gateway', () => {
    const s = base();
    s.nodes[1].type = 'switch';
    expect(issues(s)).toContain('links[0].fieldbus: a fieldbus link must touch a gateway (its bus master): neither "A" nor "GW" is one');
  });
  it('a rate the protocol does not run at, and a field of another protocol', () => {
    const s = base();
    s.links[0].rate = '1 Mb/s';
    (s.links[0] as { fieldbus: Record<string, unknown> }).fieldbus.turnaround = '1 ms';
    expect(issues(s)).toEqual([
      'links[0].rate: profibus-dp runs at 9.6, 19.2, 45.45, 93.75, 187.5, 500, 1500, 3000, 6000, 12000 kb/s, got 1000 kb/s',
      'links[0].fieldbus.turnaround: "turnaround" applies to modbus-rtu, this is profibus-dp',
    ]);
  });
  it('a fieldbus link that is wireless, or under TSN settings', () => {
    const s = base();
    (s.links[0] as Record<string, unknown>).medium = 'wireless';
    expect(issues(s)).toEqual(['links[0].medium: a fieldbus link is a wire (RS-485, CAN): it cannot be wireless']);
    const t = base();
    (t.nodes[0] as Record<string, unknown>).tsn = { cbs: { 6: { idleSlope: '100 kb/s' } } };
    expect(issues(t)).toEqual(['links[0].fieldbus: a fieldbus link is timed by its polls: TSN settings of "A" or "GW" cannot apply to it']);
  });
  it('a message larger than one packet through a converting gateway (no fieldbus on the way)', () => {
    const s = gatewayLine({ protocol: 'opcua', perMessage: '100 us' }, [{ id: 'f', from: 'P1', size: '4000 B', period: '10 ms' }]);
    expect(issues(s)).toEqual(['flows[0].size: the gateway "GW" converts whole messages: they must fit one packet (1500 B on this route)']);
  });
  it('a cycle too short for the segment’s polls', () => {
    const s = segment({ protocol: 'modbus-rtu', cycle: '20 ms' }, '9.6 kb/s', [
      { id: 'A', size: '4 B', period: '1 s' },
      { id: 'B', size: '4 B', period: '1 s' },
    ]);
    expect(issues(s)).toEqual(['links[0].fieldbus.cycle: segment GW/modbus-rtu needs 55 ms to poll its 2 device(s) once, more than its cycle of 20 ms']);
  });
  it('more data than one poll carries, a write to a device, gateway settings on a switch', () => {
    const s = segment({ protocol: 'can', cycle: '10 ms' }, '500 kb/s', [{ id: 'A', size: '12 B', period: '10 ms' }]);
    s.flows.push({ id: 'w', from: 'EDGE', to: 'A', size: '2 B', pattern: { type: 'periodic', period: '10 ms' } });
    s.nodes.push({ id: 'SW', type: 'switch', gateway: { protocol: 'opcua', perMessage: '1 ms' } } as never);
    expect(issues(s)).toEqual([
      'nodes[3].gateway: only a gateway converts protocols, this is a switch',
      "flows[0].size: one can poll carries at most 8 B, this flow's messages over A-GW reach 12 B",
      'flows[1]: it crosses the fieldbus link A-GW from the gateway to the device: writes to fieldbus devices are not modelled yet',
    ]);
  });
});
