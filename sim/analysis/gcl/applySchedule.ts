/**
 * The scenario with a schedule applied: each scheduled port's gate control list goes into
 * `tsn.ports.<neighbour>.gates` of the node it leaves (other settings there are kept), and
 * each scheduled flow gets its send offset and the scheduled class as priority; nodes the
 * schedule needs per-class queues on get scheduler "strict" and no transmit buffer. The input
 * is not modified.
 */
import type { ScenarioJson } from '../../scenario/schema.ts';
import { exactPs } from '../../core/formatPs.ts';
import type { Schedule } from './Schedule.ts';

type Json = Record<string, unknown>;

export function applySchedule(scenario: ScenarioJson, schedule: Schedule): ScenarioJson {
  if (!schedule.ok) throw new Error('the schedule has conflicts: there is nothing to apply');
  const out = JSON.parse(JSON.stringify(scenario)) as ScenarioJson;
  const nodes = out.nodes as unknown as Json[];
  for (const id of schedule.strictNodes) {
    const node = nodes.find((n) => n.id === id);
    // the settings the compiler reads: the switch block, else the NIC's
    const settings = (node?.switch ?? node?.nic) as Json | undefined;
    if (!settings) continue;
    if (settings.scheduler === 'fifo') settings.scheduler = 'strict';
    if (typeof settings.txBuffer === 'number' && settings.txBuffer > 0) settings.txBuffer = 0;
  }
  for (const p of schedule.ports) {
    const node = nodes.find((n) => n.id === p.port.from);
    if (!node) throw new Error(`the scenario has no node "${p.port.from}": was the schedule made for another one?`);
    const tsn = (node.tsn ??= {}) as Json;
    const byNeighbour = (tsn.ports ??= {}) as Record<string, Json>;
    const port = (byNeighbour[p.port.to] ??= {});
    const previous = (port.gates ?? tsn.gates) as Json | undefined;
    port.gates = {
      cycle: exactPs(p.cyclePs),
      baseTime: exactPs(p.basePs),
      entries: p.entries.map((e) => ({
        duration: exactPs(e.durationPs),
        open: e.mask === 0xff ? 'all' : [0, 1, 2, 3, 4, 5, 6, 7].filter((c) => (e.mask >> c) & 1),
      })),
      ...(previous?.maxEntries !== undefined ? { maxEntries: previous.maxEntries } : {}),
      ...(schedule.syncErrorPs > 0 ? { syncError: exactPs(schedule.syncErrorPs) } : {}),
    };
  }
  const flows = out.flows as unknown as Json[];
  for (const f of schedule.flows) {
    const flow = flows.find((x) => x.id === f.id);
    if (!flow) throw new Error(`the scenario has no flow "${f.id}": was the schedule made for another one?`);
    flow.priority = schedule.pcp;
    (flow.pattern as Json).offset = exactPs(f.offsetPs);
  }
  return out;
}
