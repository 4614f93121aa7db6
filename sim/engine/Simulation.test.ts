/**
 * The network and compute models on cases whose answer is known in closed form:
 * serialization time = wire bytes · 8 / rate, store-and-forward per hop, FIFO and strict
 * priority order, drop-tail limits, IPv4 fragmentation, batching.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../api/createSimApi.ts';
import { line } from './testScenario.ts';

const us = (x: number) => x * 1e-6;
const tx = (bytes: number, rate: number) => (bytes * 8) / rate;
const run = (s: object) => runScenario({ scenario: s });
const once = (size: string, extra: Record<string, unknown> = {}) => ({
  id: 'f',
  from: 'A',
  to: 'B',
  size,
  pattern: { type: 'trace', times: ['0 s'] },
  ...extra,
});

describe('links and switches', () => {
  it('Ethernet: 18 B header and FCS, 8 B preamble on the wire, store-and-forward at each hop', () => {
    const s = line({ switchLatency: '2 us' });
    s.flows.push(once('100 B'));
    const lat = run(s).flows[0].latency!;
    // each hop: (100 + 18 + 8) B at 100 Mb/s + 1 us propagation; plus the switch's 2 us
    expect(lat.max).toBeCloseTo(2 * (tx(126, 1e8) + us(1)) + us(2), 15);
  });

  it('Ethernet pads short frames to 64 B and adds a 4 B tag to priority frames', () => {
    const s = line();
    s.flows.push(once('20 B'), { ...once('100 B', { priority: 5 }), id: 'g', pattern: { type: 'trace', times: ['1 ms'] } });
    const r = run(s);
    expect(r.flows[0].latency!.max).toBeCloseTo(2 * (tx(64 + 8, 1e8) + us(1)), 15);
    expect(r.flows[1].latency!.max).toBeCloseTo(2 * (tx(100 + 22 + 8, 1e8) + us(1)), 15);
  });

  it('a frame behind another waits for it and its 12 B inter-frame gap', () => {
    const s = line();
    s.flows.push({ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'burst', period: '1 ms', count: 2 } });
    s.simulation.duration = '0.5 ms';
    const lat = run(s).flows[0].latency!;
    expect(lat.min).toBeCloseTo(2 * (tx(126, 1e8) + us(1)), 15);
    expect(lat.max).toBeCloseTo(lat.min + tx(126 + 12, 1e8), 15);
  });

  it('point-to-point framing adds 2 B and nothing else (ns-3 PointToPointNetDevice)', () => {
    const s = line({ framing: 'ppp' });
    s.flows.push(once('100 B'));
    expect(run(s).flows[0].latency!.max).toBeCloseTo(2 * (tx(102, 1e8) + us(1)), 15);
  });

  it('fragments packets above the MTU at the source (IPv4: 20 B header per fragment, 8-byte multiples)', () => {
    const s = line({ framing: 'ppp' });
    s.flows.push(once('4000 B'));
    // 3980 B of payload in 1480 + 1480 + 1020: frames of 1502, 1502, 1042 B back to back. On the second
    // hop the first two leave back to back from T1 + d, and the last, arriving earlier than the link
    // frees, follows them: its last bit arrives at 3·T1 + T3 + 2d.
    const f = run(s).flows[0];
    expect(f.delivered).toBe(1);
    expect(f.latency!.max).toBeCloseTo(3 * tx(1502, 1e8) + tx(1042, 1e8) + 2 * us(1), 12);
  });

  it('drops beyond the queue limit: a 10-packet burst at 10 Gb/s into a 100 Mb/s port holding 2', () => {
    const s = line({ queueLimit: 2 });
    s.flows.push({ id: 'f', from: 'A2', to: 'B', size: '1000 B', pattern: { type: 'burst', period: '1 ms', count: 10 } });
    const r = run(s);
    const f = r.flows[0];
    expect(f.sent).toBe(100);
    expect(f.lost).toBe(70); // per burst: one on the wire, two waiting, seven dropped
    expect(f.delivered + f.lost).toBe(f.sent);
    expect(r.links.find((l) => l.from === 'S' && l.to === 'B')!.drops).toBe(70);
  });

  it('strict priority serves the high class first; FIFO does not', () => {
    const make = (scheduler: string) => {
      const s = line({ scheduler });
      // low: 5 frames at t = 0 from A2 (10 Gb/s); high: 1 frame from A arriving at S while low ones wait
      s.flows.push({ id: 'low', from: 'A2', to: 'B', size: '1000 B', priority: 0, pattern: { type: 'burst', period: '1 ms', count: 5 } });
      s.flows.push({ id: 'high', from: 'A', to: 'B', size: '100 B', priority: 7, pattern: { type: 'trace', times: ['0 s'] } });
      s.simulation.duration = '0.5 ms';
      return run(s).flows[1].latency!.max;
    };
    const high = tx(130, 1e8) + us(1); // A→S, tagged
    const lowFrame = tx(1030, 1e8);
    // the high frame reaches S at 11.4 us, while the first low frame (started at ~1.8 us) is on the wire
    const lowStart = tx(1030, 1e10) + us(1);
    const strict = lowStart + lowFrame + tx(12, 1e8) + tx(130, 1e8) + us(1);
    expect(make('strict')).toBeCloseTo(strict, 12);
    expect(make('fifo')).toBeCloseTo(lowStart + 5 * (lowFrame + tx(12, 1e8)) + tx(130, 1e8) + us(1), 12);
    expect(high).toBeLessThan(strict);
  });

  it('a transmit buffer of one frame lets one more low-priority frame go before the high one (ns-3 semantics)', () => {
    const s = line({ txBuffer: 1 });
    s.flows.push({ id: 'low', from: 'A2', to: 'B', size: '1000 B', priority: 0, pattern: { type: 'burst', period: '1 ms', count: 5 } });
    s.flows.push({ id: 'high', from: 'A', to: 'B', size: '100 B', priority: 7, pattern: { type: 'trace', times: ['0 s'] } });
    s.simulation.duration = '0.5 ms';
    const lowStart = tx(1030, 1e10) + us(1);
    const slot = tx(1030 + 12, 1e8);
    expect(run(s).flows[1].latency!.max).toBeCloseTo(lowStart + 2 * slot + tx(130, 1e8) + us(1), 12);
  });

  it('the buffer is refilled after a packet that reaches the port as a transmission ends, not before (ns-3 semantics)', () => {
    // point-to-point framing: low frames of 1002 B, the high one 102 B. The first low frame reaches S at
    // 1.8016 us and leaves it until 81.9616 us; the high one, sent 9.16 us earlier from A, reaches S then
    const highAt = (sendPs: number) => {
      const s = line({ txBuffer: 1, framing: 'ppp' });
      s.flows.push({ id: 'low', from: 'A2', to: 'B', size: '1000 B', priority: 0, pattern: { type: 'burst', period: '1 ms', count: 5 } });
      s.flows.push({ id: 'high', from: 'A', to: 'B', size: '100 B', priority: 7, pattern: { type: 'trace', times: [sendPs], unit: 'ps' } });
      s.simulation.duration = '0.5 ms';
      return run(s).flows[1].latency!.max;
    };
    const slot = tx(1002, 1e8);
    const hop = tx(102, 1e8) + us(1);
    const txEnd = tx(1002, 1e10) + us(1) + slot;
    const exactly = Math.round((txEnd - hop) * 1e12);
    // it takes the buffer: only the frame the MAC had buffered goes before it
    expect(highAt(exactly)).toBeCloseTo(slot + 2 * hop, 12);
    // 1 ps later the buffer was refilled with the next low frame: it waits for that one too
    expect(highAt(exactly + 1)).toBeCloseTo(2 * slot + 2 * hop - 1e-12, 12);
  });
});

describe('accounting', () => {
  it('counts packets emitted from the warm-up on, and every one is delivered or lost', () => {
    const s = line();
    s.flows.push({ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '100 us' } });
    s.simulation = { duration: '10 ms', warmup: '2 ms', seed: 1 };
    const f = run(s).flows[0];
    expect(f.sent).toBe(80);
    expect(f.delivered + f.lost).toBe(80);
    expect(f.throughput).toBeCloseTo((80 * 100 * 8) / 8e-3, 6);
  });
});

describe('compute nodes', () => {
  const withGpu = (compute: Record<string, unknown>) => {
    const s = line();
    s.nodes[4].compute = compute;
    return s;
  };

  it('request/response latency: request path, service, response path', () => {
    const s = withGpu({ service: '3 ms' });
    s.flows.push({ id: 'q', from: 'A', to: 'GPU', size: '100 B', pattern: { type: 'trace', times: ['0 s'] }, response: { size: '200 B', to: 'B' } });
    const f = run(s).flows[0];
    const request = tx(126, 1e8) + us(1) + tx(126, 1e9) + us(1);
    const response = tx(226, 1e9) + us(1) + tx(226, 1e8) + us(1);
    expect(f.to).toBe('B');
    expect(f.latency!.max).toBeCloseTo(request + 3e-3 + response, 12);
  });

  it('batches up to max, each request beyond the first adding perItem; a lone request waits for the timeout', () => {
    const s = withGpu({ service: '2 ms', batch: { max: 4, timeout: '1 ms', perItem: '0.5 ms' } });
    s.flows.push({ id: 'four', from: 'A2', to: 'GPU', size: '100 B', pattern: { type: 'burst', period: '20 ms', count: 4 }, response: { size: '100 B' } });
    s.flows.push({ id: 'one', from: 'A', to: 'GPU', size: '100 B', pattern: { type: 'trace', times: ['10 ms'] }, response: { size: '100 B' } });
    s.simulation.duration = '15 ms';
    const r = run(s);
    const gpu = r.compute.find((c) => c.id === 'GPU')!;
    expect(gpu.jobs).toBe(5);
    expect(gpu.meanBatch).toBeCloseTo(2.5, 12); // one batch of 4, one of 1
    const one = r.flows[1].latency!.max;
    const path = 2 * (tx(126, 1e8) + us(1) + tx(126, 1e9) + us(1));
    expect(one).toBeCloseTo(path + 1e-3 + 2e-3, 12);
    expect(r.flows[0].latency!.min).toBeGreaterThan(2e-3 + 3 * 0.5e-3);
  });
});
