import { describe, expect, it } from 'vitest';
import { runScenario } from '../api/index.ts';
import { loadScenario } from '../scenario/index.ts';
import { computeBounds } from './computeBounds.ts';

const simMax = (scenario: object, id: string) => runScenario({ scenario }).flows.find((f) => f.id === id)!.latency!.max;

/** A ring of three switches, a controller on S0 and a drive on S2: two disjoint paths between them. */
function ring(extra: { nodes?: object[]; flows?: object[]; links?: object[] } = {}) {
  return {
    format: 'netloom.scenario/v1',
    name: 'ring',
    nodes: [
      { id: 'S0', type: 'switch' },
      { id: 'S1', type: 'switch' },
      { id: 'S2', type: 'switch' },
      { id: 'PLC', type: 'plc' },
      { id: 'DRV', type: 'drive' },
      { id: 'CAM', type: 'camera' },
      ...(extra.nodes ?? []),
    ],
    links: [
      { from: 'S0', to: 'S1', rate: '100 Mb/s' },
      { from: 'S1', to: 'S2', rate: '100 Mb/s' },
      { from: 'S2', to: 'S0', rate: '100 Mb/s' },
      { from: 'PLC', to: 'S0', rate: '100 Mb/s' },
      { from: 'DRV', to: 'S2', rate: '100 Mb/s' },
      { from: 'CAM', to: 'S1', rate: '100 Mb/s' },
      ...(extra.links ?? []),
    ],
    flows: [
      {
        id: 'ctrl',
        from: 'PLC',
        to: 'DRV',
        size: '100 B',
        priority: 6,
        pattern: { type: 'periodic', period: '1 ms' },
        requirement: { latency: '1 ms', loss: 0 },
      },
      ...(extra.flows ?? []),
    ],
    simulation: { duration: '50 ms' },
  };
}

describe('the bounds report', () => {
  it('explains a bound port by port: contributions add up to it, interferers are named', () => {
    const s = ring({ flows: [{ id: 'video', from: 'CAM', to: 'PLC', size: '1400 B', pattern: { type: 'cbr', rate: '20 Mb/s' } }] });
    const b = computeBounds(loadScenario(s));
    const ctrl = b.flows.find((f) => f.id === 'ctrl')!;
    expect(ctrl.hops.reduce((t, h) => t + h.contribution!, 0)).toBeCloseTo(ctrl.delay!, 12);
    expect(ctrl.guaranteed).toBe(true);
    expect(b.summary).toEqual({ flows: 2, bounded: 2, unbounded: 0, guaranteed: 1, notGuaranteed: 0 });
    // each hop counts the streams it competes with, and its port names them by class
    for (const h of ctrl.hops) {
      const port = b.ports.find((p) => p.port === h.port)!;
      const n = (keep: (p: number | null) => boolean) => port.classes.filter((c) => keep(c.priority)).reduce((t, c) => t + c.flows.length, 0);
      if (h.scheduler === 'fifo') expect(h.interferers).toEqual({ higher: 0, same: n(() => true) - 1, lower: 0 });
      else expect(h.interferers).toEqual({ higher: n((p) => p! > h.priority), same: n((p) => p === h.priority) - 1, lower: n((p) => p! < h.priority) });
      expect(port.classes.flatMap((c) => c.flows)).toContain('ctrl');
    }
    expect(simMax(s, 'ctrl')).toBeLessThanOrEqual(ctrl.delay!);
  });

  it('802.1CB: copies load the redundant route; copies meeting at a relay are bounded by the slower route', () => {
    const s = ring({ flows: [{ id: 'ctrl2', from: 'PLC', to: 'DRV', size: '100 B', pattern: { type: 'periodic', period: '1 ms' }, frer: true }] });
    const b = computeBounds(loadScenario(s));
    const f = b.flows.find((x) => x.id === 'ctrl2')!;
    // PLC→S0→S2→DRV and PLC→S0→S1→S2→DRV rejoin at S2, where the first copy goes on
    expect(f.redundancy?.rule).toMatch(/meet at a relay/);
    const routeBound = (dir: string) => f.hops.filter((h) => h.direction === dir).reduce((t, h) => t + h.contribution!, 0);
    expect(f.delay).toBeCloseTo(Math.max(routeBound('request'), routeBound('copy')), 12);
    expect(f.hops.filter((h) => h.direction === 'copy').map((h) => `${h.from}→${h.to}`)).toEqual(['PLC→S0', 'S0→S1', 'S1→S2', 'S2→DRV']);
    expect(b.ports.find((p) => p.from === 'S1' && p.to === 'S2')!.classes).toEqual([{ priority: 0, flows: ['ctrl2 (copy 1)'] }]);
    expect(simMax(s, 'ctrl2')).toBeLessThanOrEqual(f.delay!);
  });

  it('802.1CB to a dual-homed listener: the first copy is bounded by the faster route that never loses a frame', () => {
    const s = ring({
      links: [{ from: 'DRV', to: 'S1', rate: '100 Mb/s' }],
      flows: [
        {
          id: 'ctrl2',
          from: 'PLC',
          to: 'DRV',
          size: '100 B',
          pattern: { type: 'periodic', period: '1 ms' },
          frer: {
            paths: [
              ['PLC', 'S0', 'S2', 'DRV'],
              ['PLC', 'S0', 'S1', 'DRV'],
            ],
          },
        },
      ],
    });
    const b = computeBounds(loadScenario(s));
    const f = b.flows.find((x) => x.id === 'ctrl2')!;
    expect(f.redundancy?.rule).toMatch(/never loses a frame/);
    expect(simMax(s, 'ctrl2')).toBeLessThanOrEqual(f.delay!);
  });

  it('a lossy link on the way: loss cannot be guaranteed', () => {
    const s = ring();
    (s.links[3] as { loss?: number }).loss = 1e-6;
    const ctrl = computeBounds(loadScenario(s)).flows[0];
    expect(ctrl.checks.find((c) => c.criterion === 'loss')).toMatchObject({ holds: false, bound: null });
    expect(ctrl.guaranteed).toBe(false);
  });

  it('bounds TSN ports and cut-through switches, naming each mechanism; radio links stay unbounded, with the reason', () => {
    // S0 gates, shapes and preempts towards S2 (the ctrl route PLC→S0→S2→DRV); S2 forwards cut-through
    const tsn = ring({
      flows: [
        { id: 'bulk', from: 'PLC', to: 'DRV', size: '1400 B', priority: 1, pattern: { type: 'cbr', rate: '10 Mb/s' } },
        { id: 'alarm', from: 'PLC', to: 'DRV', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '2 ms', offset: '30 us' } },
      ],
    });
    (tsn.nodes[0] as { tsn?: object }).tsn = {
      gates: {
        cycle: '1 ms',
        entries: [
          { duration: '100 us', open: [6] },
          { duration: '900 us', open: [0, 1, 2, 3, 4, 5, 7] },
        ],
      },
      cbs: { 1: { idleSlope: '20 Mb/s' } },
      preemption: { express: [6, 7], minFragment: '64 B' },
    };
    (tsn.nodes[2] as { switch?: object }).switch = { cutThrough: true };
    const b = computeBounds(loadScenario(tsn));
    for (const f of b.flows) {
      expect(f.status).toBe('bounded');
      expect(simMax(tsn, f.id)).toBeLessThanOrEqual(f.delay!);
    }
    for (const m of ['802.1Qbv', '802.1Qav', '802.1Qbu', 'cut-through']) expect(b.method.some((line) => line.startsWith(m))).toBe(true);
    const hop = (id: string, from: string) => b.flows.find((f) => f.id === id)!.hops.find((h) => h.from === from)!;
    expect(hop('ctrl', 'S0').tsn).toEqual(['802.1Qbv', '802.1Qav', '802.1Qbu']);
    const sources = (id: string, from: string) => new Set(hop(id, from).terms.map((t) => t.source));
    // class 6 in its exclusive window: the gate, where in the cycle its frames arrive; express into the cut-through S2
    for (const m of ['802.1Qbv', 'phase', 'cut-through']) expect(sources('ctrl', 'S0')).toContain(m);
    // express class 7 shares its window with preemptable class 1: it waits for one fragment, not a whole frame
    expect(hop('alarm', 'S0').terms.find((t) => t.source === '802.1Qbu')!.term).toMatch(/one fragment/);
    // gated, shaped, preemptable class 1, handed to S2 whole (no cut-through term)
    expect(sources('bulk', 'S0')).toEqual(new Set(['802.1Qbv', '802.1Qav', '802.1Qbu']));
    expect(b.ports.find((p) => p.from === 'S0' && p.to === 'S2')!.tsn).toEqual(['802.1Qbv', '802.1Qav', '802.1Qbu']);

    // a Wi-Fi hop: random backoff and retries, no deterministic bound
    const wifi = ring({
      nodes: [
        { id: 'AP', type: 'wifi-ap', wifi: {} },
        { id: 'AGV', type: 'sensor' },
      ],
      links: [
        { from: 'AP', to: 'S1', rate: '1 Gb/s' },
        { from: 'AGV', to: 'AP', rate: '54 Mb/s', medium: 'wireless' },
      ],
      flows: [{ id: 'agv', from: 'AGV', to: 'PLC', size: '200 B', pattern: { type: 'periodic', period: '10 ms' } }],
    });
    const agv = computeBounds(loadScenario(wifi)).flows.find((f) => f.id === 'agv')!;
    expect(agv.status).toBe('unbounded');
    expect(agv.reason).toMatch(/^AGV→AP uses Wi-Fi channel access .*no deterministic bound/);
  });

  it('model queues at a compute node: bounded together (any head may go first), and sound', () => {
    const s = ring({
      nodes: [{ id: 'GPU', type: 'compute', compute: { service: '300 us', batch: { max: 4, timeout: '200 us' } } }],
      links: [{ from: 'GPU', to: 'S1', rate: '1 Gb/s' }],
      flows: [
        {
          id: 'detect',
          from: 'CAM',
          to: 'GPU',
          size: '1000 B',
          model: 'yolo',
          pattern: { type: 'periodic', period: '2 ms' },
          response: { size: '100 B', to: 'PLC' },
        },
        {
          id: 'classify',
          from: 'DRV',
          to: 'GPU',
          size: '200 B',
          model: 'resnet',
          batch: { max: 1 },
          pattern: { type: 'periodic', period: '1 ms', offset: '100 us' },
          response: { size: '100 B' },
        },
      ],
    });
    const b = computeBounds(loadScenario(s));
    expect(b.compute.map((c) => c.requests)).toEqual([['detect'], ['classify']]);
    for (const id of ['detect', 'classify']) {
      const f = b.flows.find((x) => x.id === id)!;
      expect(f.status).toBe('bounded');
      expect(f.dominant).toBe('compute GPU');
      expect(simMax(s, id)).toBeLessThanOrEqual(f.delay!);
    }
  });
});
