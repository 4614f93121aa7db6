/**
 * `run`'s trace flags: --trace-out FILE (.csv or .csv.gz), --pcap-out DIR, --pcap-ports,
 * --trace-window A..B and --trace-flows, checked against the compiled scenario before the run
 * (a bad one is a UsageError naming the flag), and what the worker pool is asked to trace.
 */
import { join } from 'node:path';
import { type Model, parseTraceWindow, TraceAskError, type TraceRequest, traceTargets } from '../sim/api/index.ts';
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

const FLAG_OF = { window: '--trace-window', flows: '--trace-flows', ports: '--pcap-ports' } as const;

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
  try {
    const window = str(flags, 'trace-window');
    const targets = traceTargets(model, {
      packets: csv !== undefined,
      window: window === undefined ? undefined : parseTraceWindow(window),
      flows: str(flags, 'trace-flows')
        ?.split(',')
        .map((s) => s.trim()),
      ports: dir === undefined ? undefined : (str(flags, 'pcap-ports') ?? 'all-switch-egress'),
      application: `NetLoom ${version}`,
    });
    const pcaps = targets.pcaps.map((p) => ({ port: p.port, file: join(dir!, p.name), header: p.header }));
    return { csv, pcaps, request: targets.request };
  } catch (e) {
    if (e instanceof TraceAskError) throw new UsageError(`${FLAG_OF[e.field]}: ${e.message}`);
    throw e;
  }
}

const str = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
