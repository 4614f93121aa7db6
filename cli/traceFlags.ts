/**
 * `run`'s trace flags: --trace-out FILE (.csv or .csv.gz), --pcap-out DIR, --pcap-ports,
 * --trace-window A..B and --trace-flows, checked against the compiled scenario before the run
 * (a bad one is a UsageError naming the flag), and what the worker pool is asked to trace.
 */
import { join } from 'node:path';
import { type Model, parsePorts, parseQuantity, pcapHeaderOf, portLabels, type TraceRequest, traceOptions, UnitParseError } from '../sim/api/index.ts';
import type { Output } from './outputs.ts';
import type { PcapTarget } from './TraceFiles.ts';
import { UsageError } from './UsageError.ts';

type Flags = Record<string, string | boolean | undefined>;

export interface TracePlan {
  csv: string | undefined;
  pcaps: PcapTarget[];
  /** what replication r traces: packets in every one, frames in the first only */
  request(replication: number): TraceRequest | undefined;
}

/** The files the trace flags name, for checkOutputs (before the scenario is read). */
export function traceOutputs(flags: Flags): Output[] {
  return [{ flag: '--trace-out', file: typeof flags['trace-out'] === 'string' ? flags['trace-out'] : undefined }];
}

/** The trace the flags ask for, or undefined when they ask for none. */
export function tracePlan(flags: Flags, model: Model, version: string): TracePlan | undefined {
  const csv = str(flags, 'trace-out');
  const dir = str(flags, 'pcap-out');
  if (csv === undefined && dir === undefined) {
    for (const f of ['trace-window', 'trace-flows', 'pcap-ports'])
      if (flags[f] !== undefined) throw new UsageError(`--${f}: needs --trace-out FILE or --pcap-out DIR`);
    return undefined;
  }
  if (csv === '-') throw new UsageError('--trace-out: expected a file name; the trace is not written to standard output');
  if (dir === undefined && flags['pcap-ports'] !== undefined) throw new UsageError('--pcap-ports: needs --pcap-out DIR');
  const window = windowOf(str(flags, 'trace-window'));
  const flows = str(flags, 'trace-flows')
    ?.split(',')
    .map((s) => s.trim());
  let ports: number[] = [];
  if (dir !== undefined) {
    try {
      ports = parsePorts(model, str(flags, 'pcap-ports') ?? 'all-switch-egress');
    } catch (e) {
      throw new UsageError(`--pcap-ports: ${(e as Error).message}`);
    }
    if (ports.length === 0) throw new UsageError('--pcap-ports: the scenario has no switch, so no switch egress port to capture; name ports as NODE:k');
  }
  const base: TraceRequest = { packets: csv !== undefined, window, flows };
  try {
    traceOptions(model, base);
  } catch (e) {
    throw new UsageError(`--trace-flows: ${(e as Error).message}`);
  }
  const labels = portLabels(model);
  const taken = new Set<string>();
  const pcaps = ports.map((port) => {
    let name = labels[port].replace(/[^A-Za-z0-9._-]/g, '_');
    if (taken.has(name)) name += `-${port}`;
    taken.add(name);
    return { port, file: join(dir!, `${name}.pcapng`), header: pcapHeaderOf(model, port, `NetLoom ${version}`) };
  });
  return {
    csv,
    pcaps,
    request: (r) => (csv === undefined && r > 0 ? undefined : { ...base, ports: r === 0 ? ports : [] }),
  };
}

const str = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

/** "A..B" (times, e.g. "0s..0.1s" or "2 ms..5 ms") → [A, B] in seconds. */
function windowOf(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const ends = text.split('..');
  if (ends.length !== 2) throw new UsageError(`--trace-window: expected FROM..TO such as "0s..0.1s", got ${JSON.stringify(text)}`);
  const [from, to] = ends.map((t) => {
    try {
      return parseQuantity(t.trim(), 'time');
    } catch (e) {
      throw new UsageError(`--trace-window: ${e instanceof UnitParseError ? e.message : String(e)}`);
    }
  });
  if (!(from >= 0) || !(to > from)) throw new UsageError(`--trace-window: expected 0 ≤ FROM < TO, got ${JSON.stringify(text)}`);
  return [from, to];
}
