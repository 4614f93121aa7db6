/**
 * Random small plant networks for the bounds property test: a tree of switches with end
 * devices, periodic, CBR and burst flows with random sizes, priorities, framing, MTUs,
 * schedulers, MAC buffers and switch latencies. Sized so one simulation takes milliseconds.
 * Their TSN kin: tsnScenarios.ts.
 */
import fc from 'fast-check';

const RATES = ['10 Mb/s', '100 Mb/s', '1 Gb/s'];
const FRAMINGS: unknown[] = ['ethernet', 'ppp', { overhead: '30 B', minFrame: '72 B', gap: '12 B' }, { overhead: '0 B' }];

const node = fc.record({
  scheduler: fc.constantFrom('strict', 'strict', 'fifo'),
  txBuffer: fc.constantFrom(0, 0, 1, 2),
  latencyNs: fc.constantFrom(0, 0, 500, 2000, 7000),
});

const link = fc.record({
  rate: fc.constantFrom(...RATES),
  delayNs: fc.integer({ min: 0, max: 3000 }),
  framing: fc.constantFrom(...FRAMINGS),
  mtu: fc.constantFrom(undefined, undefined, 576, 1000),
});

const size = fc.oneof(
  fc.integer({ min: 40, max: 1500 }).map((b) => `${b} B`),
  fc.integer({ min: 1500, max: 4000 }).map((b) => `${b} B`),
  fc.tuple(fc.integer({ min: 40, max: 800 }), fc.integer({ min: 0, max: 1200 })).map(([a, d]) => ({ dist: 'uniform', min: `${a} B`, max: `${a + d} B` })),
  fc.array(fc.integer({ min: 40, max: 2000 }), { minLength: 1, maxLength: 3 }).map((vs) => ({ dist: 'empirical', values: vs.map((v) => `${v} B`) })),
);

/** offsets: often 0, so that sources line up their bursts (the worst case the bound must cover); periods often shared (phase-aware curves) */
export const offset = (max: number) => fc.oneof(fc.constant(0), fc.integer({ min: 0, max }));

const pattern = fc.oneof(
  fc.record({
    type: fc.constant('periodic'),
    periodUs: fc.oneof(fc.constantFrom(500, 1000, 2000), fc.integer({ min: 200, max: 5000 })),
    offsetUs: offset(3000),
  }),
  fc.record({ type: fc.constant('cbr'), kbps: fc.integer({ min: 100, max: 4000 }), offsetUs: offset(1000) }),
  fc.record({
    type: fc.constant('burst'),
    periodUs: fc.oneof(fc.constantFrom(2000, 4000), fc.integer({ min: 2000, max: 10000 })),
    count: fc.integer({ min: 1, max: 6 }),
    spacingUs: fc.constantFrom(0, 0, 20, 150),
    offsetUs: offset(3000),
  }),
);

// destinations: often device 0, so flows meet at its port
const flow = fc.record({
  src: fc.nat(),
  dst: fc.oneof(fc.constant(0), fc.nat()),
  size,
  priority: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  pattern,
});

/** The flows of a random network: endpoints taken modulo the devices (never a flow to itself), patterns in units. */
type RandomPattern = { type: string; periodUs?: number; kbps?: number; count?: number; spacingUs?: number; offsetUs: number };
export function flowsOn(flows: { src: number; dst: number; size: unknown; priority: number | undefined; pattern: RandomPattern }[], devices: number): object[] {
  return flows.map((f, i) => {
    const src = f.src % devices;
    let dst = f.dst % devices;
    if (dst === src) dst = (dst + 1) % devices;
    const p = f.pattern;
    const pat =
      p.type === 'periodic'
        ? { type: 'periodic', period: `${p.periodUs} us`, offset: `${p.offsetUs} us` }
        : p.type === 'cbr'
          ? { type: 'cbr', rate: `${p.kbps} kb/s`, offset: `${p.offsetUs} us` }
          : { type: 'burst', period: `${p.periodUs} us`, count: p.count, spacing: `${p.spacingUs} us`, offset: `${p.offsetUs} us` };
    return { id: `f${i}`, from: `D${src}`, to: `D${dst}`, size: f.size, ...(f.priority === undefined ? {} : { priority: f.priority }), pattern: pat };
  });
}

export const scenarioArb = fc
  .record({
    switches: fc.array(fc.tuple(node, fc.nat(), link), { minLength: 1, maxLength: 4 }),
    devices: fc.array(fc.tuple(node, fc.nat(), link), { minLength: 2, maxLength: 6 }),
    flows: fc.array(flow, { minLength: 1, maxLength: 6 }),
  })
  .map(({ switches, devices, flows }) => {
    const port = (n: { scheduler: string; txBuffer: number }) => ({ scheduler: n.scheduler, txBuffer: n.txBuffer, queueLimit: 100000 });
    const nodes: object[] = switches.map(([n], i) => ({ id: `S${i}`, type: 'switch', switch: { ...port(n), latency: `${n.latencyNs} ns` } }));
    const links: object[] = [];
    const linkOf = (from: string, to: string, l: (typeof devices)[number][2]) => ({
      from,
      to,
      rate: l.rate,
      delay: `${l.delayNs} ns`,
      framing: l.framing,
      ...(l.mtu ? { mtu: `${l.mtu} B` } : {}),
    });
    switches.forEach(([, parent, l], i) => i > 0 && links.push(linkOf(`S${i}`, `S${parent % i}`, l)));
    devices.forEach(([n, at, l], i) => {
      nodes.push({ id: `D${i}`, type: 'host', nic: port(n) });
      links.push(linkOf(`D${i}`, `S${at % switches.length}`, l));
    });
    const fs = flowsOn(flows, devices.length);
    return { format: 'netloom.scenario/v1', name: 'random', nodes, links, flows: fs, simulation: { duration: '60 ms', drain: '1 s', seed: 1 } };
  });

/**
 * Request/response flows through compute nodes (bounded service times, batching, model
 * queues), an 802.1CB redundant flow over a ring, trace and on-off sources with bounded
 * periods: the parts of the analysis the plain random networks above do not reach.
 */
export const computeScenarioArb = fc
  .record({
    base: scenarioArb,
    servers: fc.integer({ min: 1, max: 2 }),
    service: fc.oneof(
      fc.integer({ min: 10, max: 400 }).map((us) => `${us} us`),
      fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 300 })).map(([a, d]) => ({ dist: 'uniform', min: `${a} us`, max: `${a + d} us` })),
    ),
    batch: fc.option(
      fc.record({ max: fc.integer({ min: 2, max: 4 }), timeoutUs: fc.integer({ min: 0, max: 300 }), perItemUs: fc.integer({ min: 0, max: 50 }) }),
      { nil: undefined },
    ),
    link: fc.constantFrom('100 Mb/s', '1 Gb/s'),
    requests: fc.array(
      fc.record({
        gpu: fc.nat({ max: 1 }),
        model: fc.constantFrom(undefined, 'm1', 'm2'),
        ownBatch: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        src: fc.nat(),
        periodUs: fc.constantFrom(500, 1000, 1500, 2000),
        offsetUs: offset(1000),
        size: fc.integer({ min: 40, max: 2000 }),
        back: fc.nat(),
        priority: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    trace: fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: 1, maxLength: 30 }),
    onoff: fc.record({ onUs: fc.integer({ min: 100, max: 3000 }), offUs: fc.integer({ min: 100, max: 3000 }), kbps: fc.integer({ min: 100, max: 5000 }) }),
  })
  .map(({ base, servers, service, batch, link, requests, trace, onoff }) => {
    const devices = base.nodes.filter((n) => (n as { id: string }).id.startsWith('D')).length;
    // two compute nodes at the two ends of the switch tree: requests and responses crossing in
    // opposite directions make the ports depend on each other in a loop (the cyclic case)
    const switches = base.nodes.filter((n) => (n as { id: string }).id.startsWith('S')).length;
    const compute = { servers, service, ...(batch ? { batch: { max: batch.max, timeout: `${batch.timeoutUs} us`, perItem: `${batch.perItemUs} us` } } : {}) };
    const nodes: object[] = [
      ...base.nodes,
      { id: 'GPU0', type: 'compute', nic: { queueLimit: 100000 }, compute },
      { id: 'GPU1', type: 'compute', nic: { queueLimit: 100000 }, compute },
    ];
    const links = [...base.links, { from: 'GPU0', to: 'S0', rate: link, delay: '1 us' }, { from: 'GPU1', to: `S${switches - 1}`, rate: link, delay: '1 us' }];
    // a ring link where the tree allows one, so 802.1CB can find a second path; R0 and R1 hang off
    // its ends: their copies split at S0 and meet again at the last switch (relay elimination)
    if (switches >= 3) {
      links.push({ from: 'S0', to: `S${switches - 1}`, rate: '100 Mb/s', delay: '2 us' });
      nodes.push({ id: 'R0', type: 'io' }, { id: 'R1', type: 'io' });
      links.push({ from: 'R0', to: 'S0', rate: '100 Mb/s' }, { from: 'R1', to: `S${switches - 1}`, rate: '100 Mb/s' });
    }
    const flows = [
      ...base.flows,
      ...requests.map((r, i) => ({
        id: `req${i}`,
        from: `D${r.src % devices}`,
        to: `GPU${r.gpu}`,
        ...(r.model ? { model: r.model } : {}),
        ...(r.ownBatch ? { batch: { max: r.ownBatch, timeout: '50 us' } } : {}),
        size: `${r.size} B`,
        ...(r.priority === undefined ? {} : { priority: r.priority }),
        pattern: { type: 'periodic', period: `${r.periodUs} us`, offset: `${r.offsetUs} us` },
        response: { size: '200 B', to: `D${r.back % devices}` },
      })),
      {
        id: 'trace',
        from: 'D0',
        to: `D${devices - 1}`,
        size: '300 B',
        pattern: { type: 'trace', times: [...trace].sort((a, b) => a - b).map((us) => `${us} us`) },
      },
      // switch to switch: over the ring link and, disjoint from it, along the tree
      ...(switches >= 3
        ? [
            { id: 'redundant', from: 'S0', to: `S${switches - 1}`, size: '200 B', priority: 5, pattern: { type: 'periodic', period: '1 ms' }, frer: true },
            { id: 'relayed', from: 'R0', to: 'R1', size: '300 B', pattern: { type: 'periodic', period: '500 us', offset: '20 us' }, frer: true },
          ]
        : []),
      {
        id: 'onoff',
        from: `D${devices - 1}`,
        to: 'D0',
        size: '500 B',
        pattern: {
          type: 'onoff',
          rate: `${onoff.kbps} kb/s`,
          on: `${onoff.onUs} us`,
          off: { dist: 'uniform', min: `${onoff.offUs} us`, max: `${2 * onoff.offUs} us` },
        },
      },
    ];
    return { ...base, nodes, links, flows };
  });
