/**
 * Network-calculus bounds on scenarios built to be textbook cases, each checked three ways:
 * the analysis gives the closed form, the simulator never exceeds it, and the simulator
 * reaches it (these cases are built so the worst case happens), to the nanosecond.
 * Point-to-point framing (2 B, no preamble or gap) keeps the arithmetic readable: a 998 B
 * packet is a 1000 B frame, 80 us at 100 Mb/s and 8 us at 1 Gb/s.
 */
import { describe, expect, it } from 'vitest';
import { bound, both, simMax } from './boundsAndSim.ts';

const us = 1e-6;

describe('textbook cases, analysed and simulated', () => {
  // Le Boudec & Thiran, Network Calculus (LNCS 2050), Theorem 1.4.2: a flow with arrival curve
  // γ_{r,b} through a server offering β_{R,T} waits at most T + b/R. Three sources send a
  // 1000 B frame each at the same instant every millisecond over their own 1 Gb/s links into a
  // 100 Mb/s port: b = 3 frames = 24 kbit, R = 100 Mb/s, T = 0, plus 8 us on the first link.
  it('single server: 8 us + b/R = 8 + 240 = 248 us, reached by the frame served last', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'single server',
      nodes: [
        { id: 'SW', type: 'switch' },
        { id: 'A', type: 'io' },
        { id: 'B', type: 'io' },
        { id: 'C', type: 'io' },
        { id: 'PLC', type: 'plc' },
      ],
      links: [
        ...['A', 'B', 'C'].map((d) => ({ from: d, to: 'SW', rate: '1 Gb/s', framing: 'ppp' })),
        { from: 'SW', to: 'PLC', rate: '100 Mb/s', framing: 'ppp' },
      ],
      flows: ['A', 'B', 'C'].map((d) => ({ id: d, from: d, to: 'PLC', size: '998 B', pattern: { type: 'periodic', period: '1 ms' } })),
      simulation: { duration: '20 ms' },
    };
    const { bounds, sim } = both(scenario);
    const closedForm = 8 * us + (3 * 8000) / 100e6;
    for (const id of ['A', 'B', 'C']) {
      expect(bound(bounds, id).delay).toBeGreaterThanOrEqual(closedForm);
      expect(bound(bounds, id).delay! - closedForm).toBeLessThan(1e-9);
      expect(simMax(sim, id)).toBeLessThanOrEqual(bound(bounds, id).delay!);
    }
    expect(Math.max(...['A', 'B', 'C'].map((id) => simMax(sim, id)))).toBeCloseTo(closedForm, 12);
    expect(bound(bounds, 'A').dominant).toBe('SW→PLC');
  });

  // Pay bursts only once (Le Boudec & Thiran Section 1.4.3, Theorem 1.4.6): a burst of 10
  // frames crosses four 100 Mb/s store-and-forward hops. Concatenating the hops, it pays its
  // burst once, 10 × 80 us, plus one frame per further hop (the packetizer, Section 1.7):
  // 800 + 3 × 80 = 1040 us, which is exactly when the last frame of the burst arrives.
  it('tandem: a 10-frame burst over 4 hops pays its burst once: 800 + 3 × 80 = 1040 us', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'tandem',
      nodes: [
        { id: 'CAM', type: 'camera' },
        { id: 'S1', type: 'switch' },
        { id: 'S2', type: 'switch' },
        { id: 'S3', type: 'switch' },
        { id: 'GPU', type: 'compute' },
      ],
      links: [
        { from: 'CAM', to: 'S1', rate: '100 Mb/s', framing: 'ppp' },
        { from: 'S1', to: 'S2', rate: '100 Mb/s', framing: 'ppp' },
        { from: 'S2', to: 'S3', rate: '100 Mb/s', framing: 'ppp' },
        { from: 'S3', to: 'GPU', rate: '100 Mb/s', framing: 'ppp' },
      ],
      flows: [{ id: 'frame', from: 'CAM', to: 'GPU', size: '998 B', pattern: { type: 'burst', period: '10 ms', count: 10 } }],
      simulation: { duration: '50 ms' },
    };
    const { bounds, sim } = both(scenario);
    const f = bound(bounds, 'frame');
    expect(f.method).toBe('pay bursts only once');
    expect(f.pboo! - 1040 * us).toBeGreaterThanOrEqual(0);
    expect(f.pboo! - 1040 * us).toBeLessThan(1e-9);
    expect(simMax(sim, 'frame')).toBeCloseTo(1040 * us, 12);
    // why: the burst term (800 us) at the first port, one frame of store-and-forward at each other
    expect(f.hops.map((h) => h.contribution! / us).map(Math.round)).toEqual([800, 80, 80, 80]);
  });

  // Non-preemptive strict priority (Le Boudec & Thiran Section 1.3.2): the high class is
  // guaranteed [C t − l_max^L]⁺, so a high-priority frame waits at most one low-priority frame
  // and its own: (l_L + b_H)/C. The control frame is timed to reach the switch 1 ns after a
  // 1502 B low-priority frame started: 0.816 us on its 1 Gb/s link + (1502 + 102) B at 100 Mb/s.
  it('strict priority: the control frame waits one lower-priority frame: 0.816 + 128.32 = 129.136 us', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'priority',
      nodes: [
        { id: 'SW', type: 'switch' },
        { id: 'CTRL', type: 'plc' },
        { id: 'BULK', type: 'host' },
        { id: 'DRIVE', type: 'drive' },
      ],
      links: [
        { from: 'CTRL', to: 'SW', rate: '1 Gb/s', framing: 'ppp' },
        { from: 'BULK', to: 'SW', rate: '1 Gb/s', framing: 'ppp' },
        { from: 'SW', to: 'DRIVE', rate: '100 Mb/s', framing: 'ppp' },
      ],
      flows: [
        { id: 'bulk', from: 'BULK', to: 'DRIVE', size: '1500 B', priority: 0, pattern: { type: 'periodic', period: '1 ms' } },
        // bulk starts on SW→DRIVE at 12.016 us; control reaches SW at 11.201 + 0.816 = 12.017 us
        { id: 'ctrl', from: 'CTRL', to: 'DRIVE', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '1 ms', offset: '11.201 us' } },
      ],
      simulation: { duration: '20 ms' },
    };
    const { bounds, sim } = both(scenario);
    const f = bound(bounds, 'ctrl');
    const closedForm = 0.816 * us + ((1502 + 102) * 8) / 100e6;
    expect(f.delay! - closedForm).toBeGreaterThanOrEqual(0);
    expect(f.delay! - closedForm).toBeLessThan(1e-9);
    expect(f.hops[1].blocking).toBeCloseTo((1502 * 8) / 100e6, 9);
    expect(f.hops[1].interferers).toEqual({ higher: 0, same: 0, lower: 1 });
    expect(bounds.ports.find((p) => p.port === f.hops[1].port)!.classes).toEqual([
      { priority: 7, flows: ['ctrl'] },
      { priority: 0, flows: ['bulk'] },
    ]);
    expect(simMax(sim, 'ctrl')).toBeLessThanOrEqual(f.delay!);
    expect(f.delay! - simMax(sim, 'ctrl')).toBeLessThan(1.01e-9); // the 1 ns of the timing
  });

  // A request/response through a compute node with a constant 2 ms service (no batching): the
  // node adds at most 2 S (one request in service, then its own), the simulation S. The
  // response's burst grows by its rate × the jitter before it (the node's 4 − 2 ms at 200/s is
  // 0.4 of a response), which costs 0.4 × 0.8 us on its first link.
  it('request/response: the compute node adds at most 2 S; the bound holds and says where', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'inference',
      nodes: [
        { id: 'SW', type: 'switch' },
        { id: 'CAM', type: 'camera' },
        { id: 'GPU', type: 'compute', compute: { service: '2 ms' } },
      ],
      links: [
        { from: 'CAM', to: 'SW', rate: '1 Gb/s', framing: 'ppp' },
        { from: 'GPU', to: 'SW', rate: '1 Gb/s', framing: 'ppp' },
      ],
      flows: [{ id: 'infer', from: 'CAM', to: 'GPU', size: '998 B', pattern: { type: 'periodic', period: '5 ms' }, response: { size: '98 B' } }],
      simulation: { duration: '50 ms' },
    };
    const { bounds, sim } = both(scenario);
    const f = bound(bounds, 'infer');
    const network = 2 * 8 * us + 2 * 0.8 * us;
    expect(f.compute?.delay).toBeCloseTo(4e-3, 9);
    expect(f.delay! - (network + 4e-3)).toBeGreaterThanOrEqual(0.32 * us);
    expect(f.delay! - (network + 4e-3)).toBeLessThan(0.33 * us);
    expect(f.minDelay).toBeCloseTo(network + 2e-3, 8);
    expect(f.dominant).toBe('compute GPU');
    expect(simMax(sim, 'infer')).toBeCloseTo(network + 2e-3, 8);
  });

  // A port loaded to exactly 1 is stable: two sources each send a 1000 B frame (8 us at 1 Gb/s)
  // every 16 us at the same instant into one 1 Gb/s port. Theorem 1.4.2 with b = 2 frames, R = the
  // port: 8 us on the first link + b/R = 16 us = 24 us, which the frame served second reaches.
  // It was reported "overloaded: 1000 Mb/s for 1000 Mb/s" (a picosecond of slack in every frame's
  // long-term rate).
  it('a port loaded to exactly 1: 8 us + b/R = 8 + 16 = 24 us, not "overloaded"', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'load one',
      nodes: [
        { id: 'SW', type: 'switch' },
        { id: 'A', type: 'io' },
        { id: 'B', type: 'io' },
        { id: 'PLC', type: 'plc' },
      ],
      links: [...['A', 'B'].map((d) => ({ from: d, to: 'SW', rate: '1 Gb/s', framing: 'ppp' })), { from: 'SW', to: 'PLC', rate: '1 Gb/s', framing: 'ppp' }],
      flows: ['A', 'B'].map((d) => ({ id: d, from: d, to: 'PLC', size: '998 B', pattern: { type: 'periodic', period: '16 us' } })),
      simulation: { duration: '2 ms' },
    };
    const { bounds, sim } = both(scenario);
    for (const id of ['A', 'B']) {
      const f = bound(bounds, id);
      expect(f.reason).toBeNull();
      expect(f.delay! - 24 * us).toBeGreaterThanOrEqual(0);
      expect(f.delay! - 24 * us).toBeLessThan(1e-9);
      expect(simMax(sim, id)).toBeLessThanOrEqual(f.delay!);
    }
    expect(Math.max(simMax(sim, 'A'), simMax(sim, 'B'))).toBeCloseTo(24 * us, 12);
  });
});
