import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { applySchedule } from './applySchedule.ts';
import { synthesizeSchedule } from './synthesizeSchedule.ts';

/** A one-switch line; `fifo` gives the switch one queue and no TSN settings of its own. */
function scenario(fifo = false): ScenarioJson {
  const tsn = {
    ports: { L: { cbs: { '5': { idleSlope: '10 Mb/s' } } } },
    gates: { cycle: '1 ms', entries: [{ duration: '1 ms', open: 'all' as const }], maxEntries: 64 },
  };
  return {
    format: 'netloom.scenario/v1',
    name: 'apply',
    nodes: [
      { id: 'A', type: 'plc', nic: { txBuffer: 1 } },
      fifo
        ? { id: 'S', type: 'switch', switch: { latency: '1 us', scheduler: 'fifo' } }
        : { id: 'S', type: 'switch', switch: { latency: '1 us', scheduler: 'strict' }, tsn },
      { id: 'L', type: 'drive' },
    ],
    links: [
      { from: 'A', to: 'S', rate: '100 Mb/s' },
      { from: 'S', to: 'L', rate: '100 Mb/s' },
    ],
    flows: [{ id: 'c', from: 'A', to: 'L', size: '100 B', pattern: { type: 'periodic', period: '1 ms', offset: '3 us' }, requirement: { latency: '100 us' } }],
  };
}

describe('applySchedule', () => {
  it('puts each list on the node the port leaves, under its neighbour, and gives each flow its offset and class', () => {
    const input = scenario();
    const before = JSON.stringify(input);
    const s = synthesizeSchedule(loadScenario(input));
    expect(s.ok).toBe(true);
    const out = applySchedule(input, s) as unknown as { nodes: Record<string, any>[]; flows: Record<string, any>[] };
    expect(JSON.stringify(input)).toBe(before); // the input is left alone
    const sw = out.nodes[1];
    expect(sw.tsn.ports.L.cbs).toEqual({ '5': { idleSlope: '10 Mb/s' } }); // other settings of the port are kept
    expect(sw.tsn.ports.L.gates).toMatchObject({ cycle: '1 ms', baseTime: '0 s', maxEntries: 64 });
    expect(sw.tsn.ports.L.gates.entries[0]).toHaveProperty('open');
    expect(out.nodes[0].tsn.ports.S.gates.cycle).toBe('1 ms');
    expect(out.flows[0].priority).toBe(s.pcp);
    expect(out.flows[0].pattern.offset).toBe('0 s');
    // per-class queues and no transmit buffer where the gates need them
    expect(out.nodes[0].nic.txBuffer).toBe(0);
    expect(s.strictNodes).toEqual(['A']);
  });

  it('a one-queue (fifo) switch on a scheduled route gets per-class queues, so the result loads', () => {
    const input = scenario(true);
    const s = synthesizeSchedule(loadScenario(input));
    expect(s.ok).toBe(true);
    expect(s.strictNodes).toEqual(['A', 'S']);
    const out = applySchedule(input, s) as unknown as { nodes: Record<string, any>[] };
    expect(out.nodes[1].switch.scheduler).toBe('strict');
    expect(out.nodes[1].tsn.ports.L.gates.cycle).toBe('1 ms');
    expect(() => loadScenario(applySchedule(input, s))).not.toThrow();
  });

  it('the result loads, and its gates are the schedule’s to the picosecond', () => {
    const input = scenario();
    const s = synthesizeSchedule(loadScenario(input));
    const m = loadScenario(applySchedule(input, s));
    for (const p of s.ports) {
      const port = m.ports.find((q) => m.nodes[q.from].id === p.port.from && m.nodes[q.to].id === p.port.to)!;
      expect(port.tsn!.gates!.entries).toEqual(p.entries);
      expect(port.tsn!.gates!.cyclePs).toBe(p.cyclePs);
    }
  });

  it('refuses a schedule with conflicts', () => {
    const input = scenario();
    (input.flows[0].requirement as { latency: string }).latency = '1 us';
    const s = synthesizeSchedule(loadScenario(input));
    expect(s.ok).toBe(false);
    expect(() => applySchedule(input, s)).toThrow(/conflicts/);
  });
});
