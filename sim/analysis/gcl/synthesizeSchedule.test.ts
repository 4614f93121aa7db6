/**
 * Hand-checkable schedules. Most cases use a bare framing (no header, preamble or gap) at
 * 1 Gb/s, so a 125 B packet takes exactly 1 us on every link, with no cable delay and no
 * switch latency: a frame sent at t crosses hop k during [t + k us, t + (k + 1) us).
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import { ScheduleInputError } from './Schedule.ts';
import { synthesizeSchedule } from './synthesizeSchedule.ts';

const US = 1_000_000;

interface Flow {
  id: string;
  from: string;
  to: string;
  period: string;
  path?: string[];
  deadline?: string;
  size?: string;
  priority?: number;
}

function net(links: [string, string][], flows: Flow[], opts: { gap?: string; other?: object[] } = {}) {
  const ids = [...new Set(links.flat())];
  return {
    format: 'netloom.scenario/v1',
    name: 'hand',
    nodes: ids.map((id) => ({ id, type: id.startsWith('S') ? 'switch' : 'host', ...(id.startsWith('S') ? { switch: { latency: '0 s' } } : {}) })),
    links: links.map(([from, to]) => ({ from, to, rate: '1 Gb/s', framing: { overhead: '0 B', ...(opts.gap ? { gap: opts.gap } : {}) } })),
    flows: [
      ...flows.map((f) => ({
        id: f.id,
        from: f.from,
        to: f.to,
        size: f.size ?? '125 B',
        priority: f.priority ?? 7,
        pattern: { type: 'periodic', period: f.period },
        requirement: { latency: f.deadline ?? '1 ms' },
        ...(f.path ? { path: f.path } : {}),
      })),
      ...(opts.other ?? []),
    ],
  };
}

const star: [string, string][] = [
  ['A', 'S'],
  ['B', 'S'],
  ['C', 'S'],
  ['S', 'L'],
];

describe('synthesizeSchedule', () => {
  it('two flows on one port: the second is sent 1 us later so their windows on S→L follow each other', () => {
    const s = synthesizeSchedule(
      loadScenario(
        net(star, [
          { id: 'a', from: 'A', to: 'L', period: '10 us' },
          { id: 'b', from: 'B', to: 'L', period: '10 us' },
        ]),
      ),
    );
    expect(s.ok).toBe(true);
    expect(s.mode).toBe('no-wait');
    expect(s.flows.map((f) => [f.id, f.offsetPs, f.latencyPs])).toEqual([
      ['a', 0, 2 * US],
      ['b', 1 * US, 2 * US],
    ]);
    const sl = s.ports.find((p) => p.port.name === 'S→L')!;
    expect(sl.windows).toEqual([
      { flow: 'a', openPs: 1 * US, closePs: 2 * US },
      { flow: 'b', openPs: 2 * US, closePs: 3 * US },
    ]);
    // adjacent windows merge: other classes, PCP 7 for both frames, other classes
    expect(sl.entries).toEqual([
      { durationPs: 1 * US, mask: 0x7f },
      { durationPs: 2 * US, mask: 0x80 },
      { durationPs: 7 * US, mask: 0x7f },
    ]);
    expect(sl.utilization).toBeCloseTo(0.2, 12);
    expect(sl.longestOpeningPs).toBe(8 * US);
  });

  it('windows never overlap: with a 12 B gap the other classes close 96 ns before each window', () => {
    const s = synthesizeSchedule(
      loadScenario(
        net(
          star,
          [
            { id: 'a', from: 'A', to: 'L', period: '10 us' },
            { id: 'b', from: 'B', to: 'L', period: '10 us' },
          ],
          { gap: '12 B' },
        ),
      ),
    );
    // a holds S→L during [1 us − 96 ns, 2 us); b's reservation starts where a's ends: b sent at 1.096 us
    expect(s.flows.map((f) => f.offsetPs)).toEqual([0, 1_096_000]);
    const sl = s.ports.find((p) => p.port.name === 'S→L')!;
    expect(sl.entries).toEqual([
      { durationPs: 904_000, mask: 0x7f },
      { durationPs: 2_192_000, mask: 0x80 },
      { durationPs: 6_904_000, mask: 0x7f },
    ]);
    for (const p of s.ports) {
      const w = [...p.windows].sort((x, y) => x.openPs - y.openPs);
      for (let i = 1; i < w.length; i++) expect(w[i].openPs).toBeGreaterThanOrEqual(w[i - 1].closePs);
    }
  });

  it('a port cycle is the lcm of its flows’ periods, and a list longer than the switch holds is a conflict on that port', () => {
    const scenario = net(star, [
      { id: 'a', from: 'A', to: 'L', period: '10 us' },
      { id: 'b', from: 'B', to: 'L', period: '20 us' },
    ]);
    const s = synthesizeSchedule(loadScenario(scenario));
    const sl = s.ports.find((p) => p.port.name === 'S→L')!;
    expect(sl.cyclePs).toBe(20 * US);
    // a at [1, 2) and [11, 12), b right after a's first: [2, 3)
    expect(sl.entries.map((e) => e.durationPs / US)).toEqual([1, 2, 8, 1, 8]);
    const limited = synthesizeSchedule(loadScenario(scenario), { maxEntries: 4 });
    expect(limited.ok).toBe(false);
    expect(limited.conflicts).toEqual([
      expect.objectContaining({ kind: 'gcl-too-long', entries: 5, maxEntries: 4, flows: ['a', 'b'], ports: [expect.objectContaining({ name: 'S→L' })] }),
    ]);
    const m = loadScenario(scenario);
    const perPort = synthesizeSchedule(m, { maxEntries: (p) => (m.nodes[p.from].id === 'S' && m.nodes[p.to].id === 'L' ? 4 : undefined) });
    expect(perPort.conflicts.map((c) => c.ports[0].name)).toEqual(['S→L']);
  });

  it('two flows sharing two ports at different distances conflict whatever their offsets; bounded waiting resolves it', () => {
    const links: [string, string][] = [
      ['A', 'S1'],
      ['B', 'S1'],
      ['S1', 'S2'],
      ['S2', 'S3'],
      ['S2', 'S5'],
      ['S5', 'S3'],
      ['S3', 'S4'],
      ['S4', 'L1'],
      ['S4', 'L2'],
    ];
    // each frame takes 1 us of each 2 us period on S1→S2 and S3→S4: on S1→S2 b must be 1 us after f,
    // on S3→S4 (one hop further for b) then 2 us ≡ 0 after it — the same window
    const flows = [
      { id: 'f', from: 'A', to: 'L1', period: '2 us', path: ['A', 'S1', 'S2', 'S3', 'S4', 'L1'] },
      { id: 'g', from: 'B', to: 'L2', period: '2 us', path: ['B', 'S1', 'S2', 'S5', 'S3', 'S4', 'L2'] },
    ];
    const s = synthesizeSchedule(loadScenario(net(links, flows)));
    expect(s.ok).toBe(false);
    expect(s.conflicts).toHaveLength(1);
    const c = s.conflicts[0];
    expect(c.kind).toBe('pair');
    expect(new Set(c.flows)).toEqual(new Set(['f', 'g']));
    expect(c.ports.length).toBeGreaterThan(0);
    for (const p of c.ports) expect(['S1→S2', 'S3→S4']).toContain(p.name);
    expect(c.message).toMatch(/cannot both be scheduled/);

    const waiting = synthesizeSchedule(loadScenario(net(links, flows)), { maxWaitPs: 1 * US });
    expect(waiting.ok).toBe(true);
    expect(waiting.mode).toBe('bounded-wait');
    const f = waiting.flows.find((x) => x.id === 'f')!;
    // g goes first (more hops) at offset 0; f is sent 1 us later and waits 1 us at S2 for S3→S4 to be free
    expect(f.offsetPs).toBe(1 * US);
    expect(f.hops.map((h) => h.waitPs)).toEqual([0, 0, 1 * US, 0, 0]);
    expect(f.latencyPs).toBe(6 * US);
  });

  it('a flow whose path alone exceeds its deadline is named with its path’s hops', () => {
    const s = synthesizeSchedule(
      loadScenario(
        net(star, [
          { id: 'slow', from: 'A', to: 'L', period: '10 us', deadline: '1.5 us' },
          { id: 'ok', from: 'B', to: 'L', period: '10 us' },
        ]),
      ),
    );
    expect(s.ok).toBe(false);
    expect(s.conflicts).toEqual([expect.objectContaining({ kind: 'too-slow', flows: ['slow'], latencyPs: 2 * US, deadlinePs: 1.5 * US })]);
    expect(s.conflicts[0].ports.map((p) => p.name)).toEqual(['A→S', 'S→L']);
    expect(s.conflicts[0].message).toBe('flow slow cannot meet its 1.5 us deadline even alone: its path takes 2 us without any waiting (A→S 1 us, S→L 1 us)');
  });

  it('a port the flows need more than 100 % of is overbooked whatever the offsets', () => {
    const three = ['A', 'B', 'C'].map((n) => ({ id: n.toLowerCase(), from: n, to: 'L', period: '2 us' }));
    const s = synthesizeSchedule(loadScenario(net(star, three)));
    expect(s.conflicts).toEqual([expect.objectContaining({ kind: 'overbooked', flows: ['a', 'b', 'c'], utilization: 1.5 })]);
    expect(s.conflicts[0].ports[0].name).toBe('S→L');
  });

  it('only periodic flows with a latency requirement and the highest priority are time-critical by default', () => {
    const s = synthesizeSchedule(
      loadScenario(
        net(
          star,
          [
            { id: 'a', from: 'A', to: 'L', period: '10 us' },
            { id: 'low', from: 'B', to: 'L', period: '10 us', priority: 3 },
          ],
          {
            other: [{ id: 'bulk', from: 'C', to: 'L', size: '125 B', priority: 0, pattern: { type: 'poisson', rate: '10 Mb/s' } }],
          },
        ),
      ),
    );
    expect(s.flows.map((f) => f.id)).toEqual(['a']);
    expect(s.pcp).toBe(7);
  });

  it('another flow in the scheduled class on a scheduled port: the schedule moves to a free class, or names the flow', () => {
    const other = [{ id: 'rogue', from: 'C', to: 'L', size: '125 B', priority: 7, pattern: { type: 'poisson', rate: '10 Mb/s' } }];
    const moved = synthesizeSchedule(loadScenario(net(star, [{ id: 'a', from: 'A', to: 'L', period: '10 us' }], { other })));
    expect(moved.ok).toBe(true);
    expect(moved.pcp).toBe(6);
    expect(moved.warnings[0]).toMatch(/PCP 7 is also used by rogue/);
    const pinned = synthesizeSchedule(loadScenario(net(star, [{ id: 'a', from: 'A', to: 'L', period: '10 us' }], { other })), { pcp: 7 });
    expect(pinned.conflicts).toEqual([
      expect.objectContaining({ kind: 'class-shared', flows: ['rogue'], pcp: 7, ports: [expect.objectContaining({ name: 'S→L' })] }),
    ]);
  });

  it('flows it cannot schedule are said, each with its reason', () => {
    const scenario = net(star, [{ id: 'a', from: 'A', to: 'L', period: '20 us' }]);
    (scenario.flows[0] as Record<string, unknown>).size = { dist: 'normal', mean: '100 B', std: '10 B' };
    const s = synthesizeSchedule(loadScenario(scenario));
    expect(s.conflicts).toEqual([expect.objectContaining({ kind: 'unsupported', flows: ['a'] })]);
    expect(s.conflicts[0].message).toMatch(/no largest value/);
  });

  it('refuses a hyperperiod past the limit, naming the periods', () => {
    const s = synthesizeSchedule(
      loadScenario(
        net(star, [
          { id: 'a', from: 'A', to: 'L', period: '997 us' },
          { id: 'b', from: 'B', to: 'L', period: '1 ms' },
        ]),
      ),
      { maxHyperperiodPs: 100e9 },
    );
    expect(s.conflicts).toEqual([expect.objectContaining({ kind: 'hyperperiod', limitPs: 100e9 })]);
    expect(s.conflicts[0].message).toMatch(/997 us, 1 ms/);
  });

  it('bad requests are input errors: an unknown flow, a flow that is not periodic, nothing to schedule', () => {
    const m = loadScenario(
      net(star, [{ id: 'a', from: 'A', to: 'L', period: '10 us' }], {
        other: [{ id: 'p', from: 'C', to: 'L', size: '125 B', pattern: { type: 'poisson', rate: '1 Mb/s' } }],
      }),
    );
    expect(() => synthesizeSchedule(m, { flows: ['nope'] })).toThrow(ScheduleInputError);
    expect(() => synthesizeSchedule(m, { flows: ['p'] })).toThrow(/poisson, not periodic/);
    expect(() => synthesizeSchedule(m, { minPriority: 8 })).toThrow(/priority 8 or more/);
  });

  it('a clock error of ±100 ns opens each window 100 ns early and closes it 100 ns late; the latency stays exact', () => {
    const exact = synthesizeSchedule(loadScenario(net(star, [{ id: 'a', from: 'A', to: 'L', period: '10 us' }])));
    const sloppy = synthesizeSchedule(loadScenario(net(star, [{ id: 'a', from: 'A', to: 'L', period: '10 us' }])), { syncErrorPs: 100_000 });
    expect(sloppy.flows[0].latencyPs).toBe(exact.flows[0].latencyPs);
    expect(sloppy.ports.map((p) => p.windows[0].closePs - p.windows[0].openPs)).toEqual([1_200_000, 1_200_000]);
    expect(sloppy.syncErrorPs).toBe(100_000);
  });
});
