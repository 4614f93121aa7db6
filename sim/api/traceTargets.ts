/**
 * What a traced run is asked for, checked against the compiled scenario and said once for `netloom run
 * --trace-*`/`--pcap-*`, the library's `simulate({ trace })` and the app's Record per-packet trace: the
 * window "FROM..TO", the flows, the ports to capture (default: every switch's egress), each capture's
 * file name and pcapng section header, and what each replication traces (packets in every one, frames in
 * the first only). A bad value throws a TraceAskError naming the field; each host words it as its own
 * flag, option or dialog field.
 */
import type { Model } from '../scenario/model.ts';
import { parseQuantity } from '../scenario/units.ts';
import { parsePorts, pcapHeaderOf, portLabels, type TraceRequest, traceOptions } from './traceRun.ts';

export type TraceField = 'window' | 'flows' | 'ports';

export class TraceAskError extends Error {
  constructor(
    readonly field: TraceField,
    message: string,
  ) {
    super(message);
  }
}

export interface TraceAsk {
  /** record each packet's outcome (the CSV) */
  packets: boolean;
  window?: [number, number];
  flows?: string[];
  /** ports to capture as "NODE:k", "FROM>TO", a list, or "all-switch-egress"; undefined: capture nothing */
  ports?: string;
  /** the pcapng's writing application, e.g. "NetLoom 0.1.0" */
  application: string;
  windowBytes?: number;
}

export interface PcapTarget {
  port: number;
  /** the port's name, "S1:2" */
  label: string;
  /** its file's name, as `--pcap-out DIR` names it in DIR */
  name: string;
  header: Uint8Array;
}

export interface TraceTargets {
  pcaps: PcapTarget[];
  /** what replication r traces: packets in every one, frames in the first only */
  request(replication: number): TraceRequest | undefined;
}

/** "A..B" (times in any unit, e.g. "0s..0.1s" or "2 ms..6 ms") → [A, B] in seconds. */
export function parseTraceWindow(text: string): [number, number] {
  const ends = text.split('..');
  if (ends.length !== 2) throw new TraceAskError('window', `expected FROM..TO such as "0s..0.1s", got ${JSON.stringify(text)}`);
  const [from, to] = ends.map((t) => {
    try {
      return parseQuantity(t.trim(), 'time');
    } catch (e) {
      throw new TraceAskError('window', e instanceof Error ? e.message : String(e));
    }
  });
  if (!(from >= 0) || !(to > from)) throw new TraceAskError('window', `expected 0 ≤ FROM < TO, got ${JSON.stringify(text)}`);
  return [from, to];
}

export function traceTargets(model: Model, ask: TraceAsk): TraceTargets {
  let ports: number[] = [];
  if (ask.ports !== undefined) {
    try {
      ports = parsePorts(model, ask.ports.trim() || 'all-switch-egress');
    } catch (e) {
      throw new TraceAskError('ports', (e as Error).message);
    }
    if (ports.length === 0) throw new TraceAskError('ports', 'the scenario has no switch, so no switch egress port to capture; name ports as NODE:k');
  }
  const base: TraceRequest = {
    packets: ask.packets,
    window: ask.window,
    flows: ask.flows,
    ...(ask.windowBytes === undefined ? {} : { windowBytes: ask.windowBytes }),
  };
  try {
    traceOptions(model, base);
  } catch (e) {
    throw new TraceAskError('flows', (e as Error).message);
  }
  const labels = portLabels(model);
  const taken = new Set<string>();
  const pcaps = ports.map((port) => {
    let name = labels[port].replace(/[^A-Za-z0-9._-]/g, '_');
    if (taken.has(name)) name += `-${port}`;
    taken.add(name);
    return { port, label: labels[port], name: `${name}.pcapng`, header: pcapHeaderOf(model, port, ask.application) };
  });
  return { pcaps, request: (r) => (!ask.packets && r > 0 ? undefined : { ...base, ports: r === 0 ? ports : [] }) };
}
