/**
 * Random small TSN networks for the bounds property test (bounds.property.test.ts), on the trees
 * of boundsScenarios.ts.
 */
import fc from 'fast-check';
import { flowsOn, offset } from './boundsScenarios.ts';

/**
 * TSN networks: the same trees, on 100 Mb/s and 1 Gb/s links, with random 802.1Qbv gate
 * control lists (exclusive short windows for scheduled classes, a long window that every class's
 * frames fit, sometimes a window shared by a few classes; random base time and clock offset
 * bound), 802.1Qav idle slopes, 802.1Qbu express sets and minimum fragments — each alone or
 * combined on one port — and cut-through switches, FIFO or strict, also behind preempting ports
 * (whose preemptable frames they receive whole). Periodic flows use periods commensurate with
 * the cycles (the phase-aware case) and favour the scheduled classes.
 */
const CYCLES = [250, 500, 1000, 2000];

const gcl = fc.record({
  cycleUs: fc.constantFrom(...CYCLES),
  baseUs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 })),
  syncNs: fc.constantFrom(0, 0, 100, 1000),
  // exclusive windows for scheduled classes (microseconds, class)
  scheduled: fc.array(fc.tuple(fc.integer({ min: 8, max: 60 }), fc.integer({ min: 4, max: 7 })), { minLength: 0, maxLength: 3 }),
  // a window shared by a few classes
  shared: fc.option(fc.tuple(fc.integer({ min: 10, max: 80 }), fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 })), { nil: undefined }),
  // the long window: every class but, sometimes, the scheduled ones
  restExcludesScheduled: fc.boolean(),
});

const tsnNode = fc.record({
  gates: fc.option(gcl, { freq: 3, nil: undefined }),
  cbs: fc.option(fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 3, max: 40 })), { minLength: 1, maxLength: 2 }), {
    freq: 3,
    nil: undefined,
  }),
  preemption: fc.option(
    fc.record({ express: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }), minFragment: fc.constantFrom(64, 64, 128) }),
    { freq: 3, nil: undefined },
  ),
});

const tsnSwitch = fc.record({
  scheduler: fc.constantFrom('strict', 'strict', 'strict', 'fifo'),
  latencyNs: fc.constantFrom(0, 0, 500, 2000),
  cutThrough: fc.constantFrom(undefined, undefined, true, '14 B', '64 B'),
  tsn: fc.option(tsnNode, { freq: 3, nil: undefined }),
});

const tsnLink = fc.record({
  rate: fc.constantFrom('100 Mb/s', '100 Mb/s', '1 Gb/s'),
  delayNs: fc.integer({ min: 0, max: 2000 }),
  framing: fc.constantFrom<unknown>('ethernet', 'ethernet', 'ethernet', 'ppp', { overhead: '30 B', minFrame: '72 B', gap: '12 B' }),
});

const tsnFlow = fc.record({
  src: fc.nat(),
  dst: fc.oneof(fc.constant(0), fc.nat()),
  size: fc.oneof(fc.integer({ min: 40, max: 200 }), fc.integer({ min: 40, max: 1500 }), fc.integer({ min: 1500, max: 3000 })),
  priority: fc.oneof(fc.integer({ min: 4, max: 7 }), fc.integer({ min: 0, max: 7 }), fc.constant(undefined)),
  pattern: fc.oneof(
    fc.record({
      type: fc.constant('periodic'),
      periodUs: fc.oneof(fc.constantFrom(...CYCLES, 125), fc.integer({ min: 200, max: 4000 })),
      offsetUs: offset(1500),
    }),
    fc.record({ type: fc.constant('cbr'), kbps: fc.integer({ min: 100, max: 3000 }), offsetUs: offset(500) }),
    fc.record({
      type: fc.constant('burst'),
      periodUs: fc.constantFrom(2000, 4000),
      count: fc.integer({ min: 1, max: 4 }),
      spacingUs: fc.constantFrom(0, 20),
      offsetUs: offset(2000),
    }),
  ),
});

type Gcl = {
  cycleUs: number;
  baseUs: number;
  syncNs: number;
  scheduled: [number, number][];
  shared: [number, number[]] | undefined;
  restExcludesScheduled: boolean;
};
type TsnNode = { gates: Gcl | undefined; cbs: [number, number][] | undefined; preemption: { express: number[]; minFragment: number } | undefined };

function tsnBlock(t: TsnNode): object | undefined {
  const out: Record<string, unknown> = {};
  if (t.gates) {
    const g = t.gates;
    const entries: { duration: string; open: number[] | 'all' }[] = [];
    let used = 0;
    const scheduled = [...new Set(g.scheduled.map(([, c]) => c))];
    for (const [us, c] of g.scheduled) {
      entries.push({ duration: `${us} us`, open: [c] });
      used += us;
    }
    if (g.shared) {
      entries.push({ duration: `${g.shared[0]} us`, open: [...new Set(g.shared[1])] });
      used += g.shared[0];
    }
    const rest = g.cycleUs - used;
    // the long window holds any frame of 1542 B at 100 Mb/s (123.4 us)
    if (rest < 150) entries.splice(0, entries.length);
    const open = g.restExcludesScheduled && scheduled.length > 0 && entries.length > 0 ? [0, 1, 2, 3, 4, 5, 6, 7].filter((c) => !scheduled.includes(c)) : 'all';
    entries.push({ duration: `${entries.length > 0 ? rest : g.cycleUs} us`, open });
    out.gates = { cycle: `${g.cycleUs} us`, baseTime: `${g.baseUs} us`, syncError: `${g.syncNs} ns`, entries };
  }
  if (t.cbs) {
    const cbs: Record<string, { idleSlope: string }> = {};
    for (const [c, mbps] of t.cbs) cbs[String(c)] = { idleSlope: `${mbps} Mb/s` };
    out.cbs = cbs;
  }
  if (t.preemption) {
    const express = [...new Set(t.preemption.express)];
    if (express.length < 8) out.preemption = { express, minFragment: `${t.preemption.minFragment} B` };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const tsnTreeArb = fc
  .record({
    switches: fc.array(fc.tuple(tsnSwitch, fc.nat(), tsnLink), { minLength: 1, maxLength: 4 }),
    devices: fc.array(fc.tuple(fc.option(tsnNode, { freq: 2, nil: undefined }), fc.nat(), tsnLink), { minLength: 2, maxLength: 6 }),
    flows: fc.array(tsnFlow, { minLength: 1, maxLength: 6 }),
  })
  .map(({ switches, devices, flows }) => {
    const nodes: object[] = switches.map(([n], i) => {
      const tsn = n.tsn && tsnBlock(n.tsn);
      // TSN needs the 8 class queues (the loader refuses it on a FIFO node)
      return {
        id: `S${i}`,
        type: 'switch',
        switch: {
          scheduler: tsn ? 'strict' : n.scheduler,
          queueLimit: 100000,
          latency: `${n.latencyNs} ns`,
          ...(n.cutThrough === undefined ? {} : { cutThrough: n.cutThrough }),
        },
        ...(tsn ? { tsn } : {}),
      };
    });
    const links: object[] = [];
    const linkOf = (from: string, to: string, l: (typeof devices)[number][2]) => ({ from, to, rate: l.rate, delay: `${l.delayNs} ns`, framing: l.framing });
    switches.forEach(([, parent, l], i) => i > 0 && links.push(linkOf(`S${i}`, `S${parent % i}`, l)));
    devices.forEach(([t, at, l], i) => {
      const tsn = t && tsnBlock(t);
      nodes.push({ id: `D${i}`, type: 'host', nic: { queueLimit: 100000 }, ...(tsn ? { tsn } : {}) });
      links.push(linkOf(`D${i}`, `S${at % switches.length}`, l));
    });
    const fs = flowsOn(
      flows.map((f) => ({ ...f, size: `${f.size} B` })),
      devices.length,
    );
    // 200 ms: periods that are not multiples of a cycle sweep across it (a 40 ms run missed counterexamples 200 ms found)
    return { format: 'netloom.scenario/v1', name: 'random tsn', nodes, links, flows: fs, simulation: { duration: '200 ms', drain: '1 s', seed: 1 } };
  });

/**
 * A converging star, where TSN ports meet their hardest cases: 100 Mb/s hosts into a cut-through
 * switch whose 1 Gb/s TSN egress (frames may wait there for their tails) feeds one listener,
 * directly or over a second switch; up to 8 flows of any classes, express ones below preemptable
 * ones too, periods that are fractions and multiples of the cycle or CBR up to 20 Mb/s.
 */
const tsnStarArb = fc
  .record({
    tsn: tsnNode,
    hostTsn: fc.boolean(),
    cutThrough: fc.constantFrom('14 B', '64 B', '200 B'),
    secondHop: fc.option(fc.record({ tsn: fc.boolean(), cutThrough: fc.boolean() }), { nil: undefined }),
    flows: fc.array(
      fc.record({
        host: fc.integer({ min: 1, max: 4 }),
        size: fc.oneof(fc.integer({ min: 40, max: 300 }), fc.integer({ min: 40, max: 1500 })),
        priority: fc.integer({ min: 0, max: 7 }),
        pattern: fc.oneof(
          fc.record({ periodUs: fc.constantFrom(125, 250, 500, 1000, 2000), offsetUs: offset(2000) }),
          fc.record({ kbps: fc.integer({ min: 200, max: 20000 }), offsetUs: offset(2000) }),
        ),
      }),
      { minLength: 2, maxLength: 8 },
    ),
  })
  .map(({ tsn: t, hostTsn, cutThrough, secondHop, flows }) => {
    const tsn = tsnBlock(t);
    const block = tsn ? { tsn } : {};
    const nodes: object[] = [
      { id: 'S0', type: 'switch', switch: { queueLimit: 100000, cutThrough }, ...block },
      { id: 'D0', type: 'host' },
      ...[1, 2, 3, 4].map((i) => ({ id: `D${i}`, type: 'host', nic: { queueLimit: 100000 }, ...(hostTsn && i % 2 === 1 ? block : {}) })),
    ];
    const links: object[] = [1, 2, 3, 4].map((i) => ({ from: `D${i}`, to: 'S0', rate: '100 Mb/s', delay: '100 ns' }));
    if (secondHop) {
      nodes.push({
        id: 'S1',
        type: 'switch',
        switch: { queueLimit: 100000, ...(secondHop.cutThrough ? { cutThrough: '64 B' } : {}) },
        ...(secondHop.tsn ? block : {}),
      });
      links.push({ from: 'S0', to: 'S1', rate: '1 Gb/s', delay: '200 ns' }, { from: 'S1', to: 'D0', rate: '100 Mb/s', delay: '0 ns' });
    } else links.push({ from: 'S0', to: 'D0', rate: '1 Gb/s', delay: '0 ns' });
    const fs = flows.map((f, i) => ({
      id: `f${i}`,
      from: `D${f.host}`,
      to: 'D0',
      size: `${f.size} B`,
      priority: f.priority,
      pattern:
        'periodUs' in f.pattern
          ? { type: 'periodic', period: `${f.pattern.periodUs} us`, offset: `${f.pattern.offsetUs} us` }
          : { type: 'cbr', rate: `${f.pattern.kbps} kb/s`, offset: `${f.pattern.offsetUs} us` },
    }));
    return { format: 'netloom.scenario/v1', name: 'random tsn star', nodes, links, flows: fs, simulation: { duration: '200 ms', drain: '1 s', seed: 1 } };
  });

export const tsnScenarioArb = fc.oneof(tsnTreeArb, tsnStarArb);
