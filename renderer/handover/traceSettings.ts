/**
 * Record per-packet trace: the dialog's fields (window, flows, pcapng ports) checked against the
 * compiled scenario as `netloom run --trace-window/--trace-flows/--pcap-ports` checks its flags
 * (cli/traceFlags.ts), and what the worker pool is asked to trace. A bad field comes back as a
 * message naming it; the run does not start.
 */
import { type Model, parsePorts, parseQuantity, pcapHeaderOf, portLabels, type TraceRequest, traceOptions } from '../../sim/api/index.ts';

export interface TraceFields {
  /** record each packet's outcome (the .csv.gz) */
  packets: boolean;
  /** "FROM..TO" such as "2 ms..6 ms"; empty: the whole run */
  window: string;
  /** flow ids, comma-separated; empty: every flow */
  flows: string;
  /** capture frames (pcapng) on these ports */
  capture: boolean;
  /** "all-switch-egress", or NODE:k and FROM>TO, comma-separated */
  ports: string;
}

export const DEFAULT_TRACE_FIELDS: TraceFields = { packets: true, window: '', flows: '', capture: false, ports: 'all-switch-egress' };

export interface PcapTarget {
  port: number;
  /** file name, as `--pcap-out DIR` names it in DIR */
  name: string;
  header: Uint8Array;
}

export interface TracePlan {
  packets: boolean;
  pcaps: PcapTarget[];
  /** what replication r traces: packets in every one, frames in the first only (as the command line) */
  request(replication: number): TraceRequest | undefined;
}

export type TraceField = 'window' | 'flows' | 'ports' | 'what';
export type Planned = { ok: true; plan: TracePlan } | { ok: false; field: TraceField; message: string };

const bad = (field: TraceField, message: string): Planned => ({ ok: false, field, message });

/** "A..B" → [A, B] in seconds, or the reason it is not one. */
export function parseWindow(text: string): [number, number] | string {
  const ends = text.split('..');
  if (ends.length !== 2) return `expected FROM..TO such as "2 ms..6 ms", got ${JSON.stringify(text)}`;
  const times: number[] = [];
  for (const t of ends) {
    try {
      times.push(parseQuantity(t.trim(), 'time'));
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  const [from, to] = times;
  return from >= 0 && to > from ? [from, to] : `expected 0 ≤ FROM < TO, got ${JSON.stringify(text)}`;
}

export function traceRequest(model: Model, fields: TraceFields, application: string): Planned {
  if (!fields.packets && !fields.capture) return bad('what', 'choose the per-packet outcomes, the pcapng capture, or both');
  const window = fields.window.trim() === '' ? undefined : parseWindow(fields.window.trim());
  if (typeof window === 'string') return bad('window', window);
  const flows = fields.flows.trim() === '' ? undefined : fields.flows.split(',').map((s) => s.trim());
  let ports: number[] = [];
  if (fields.capture) {
    try {
      ports = parsePorts(model, fields.ports.trim() || 'all-switch-egress');
    } catch (e) {
      return bad('ports', (e as Error).message);
    }
    if (ports.length === 0) return bad('ports', 'the scenario has no switch, so no switch egress port to capture; name ports as NODE:k');
  }
  const base: TraceRequest = { packets: fields.packets, window, flows };
  try {
    traceOptions(model, base);
  } catch (e) {
    return bad('flows', (e as Error).message);
  }
  const labels = portLabels(model);
  const taken = new Set<string>();
  const pcaps = ports.map((port) => {
    let name = labels[port].replace(/[^A-Za-z0-9._-]/g, '_');
    if (taken.has(name)) name += `-${port}`;
    taken.add(name);
    return { port, name: `${name}.pcapng`, header: pcapHeaderOf(model, port, application) };
  });
  return {
    ok: true,
    plan: { packets: fields.packets, pcaps, request: (r) => (!fields.packets && r > 0 ? undefined : { ...base, ports: r === 0 ? ports : [] }) },
  };
}
