/**
 * `simulate`'s trace: the per-packet outcomes and pcapng captures of `netloom run --trace-out` and
 * `--pcap-out`, written to streams the script gives, byte for byte what the CLI writes (before its
 * gzip). A stream whose buffer is full (its write() returned false) pauses the run until it drains,
 * so a slow stream never piles the trace up in memory.
 */
import pkg from '../package.json' with { type: 'json' };
import { checkNumber } from './options.ts';
import { type Model, TRACE_CSV_HEADER, TraceAskError, type TracedRun, traceTargets } from '../sim/api/index.ts';

/**
 * Where a trace is written: a Node Writable (fs.createWriteStream(…), zlib.createGzip() piped to a file, a
 * PassThrough read line by line), or anything whose write() returns false when it wants the writer to wait for 'drain'.
 * The streams are left open: end them once `simulate` has resolved.
 */
export interface TraceWritable {
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain' | 'error' | 'close', listener: (e?: unknown) => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: (e?: unknown) => void): unknown;
}

export interface TraceOptions {
  /**
   * each packet's outcome as CSV, one row per packet emitted in the window, every replication:
   * `replication,flow,seq,send_ns,size_bytes,recv_ns,delay_ns,dropped_at` (times in integer ns; a lost
   * packet has no arrival and names the port that dropped it), as `netloom run --trace-out` writes it
   */
  csv?: TraceWritable;
  /** the stream for each captured port's pcapng (the first replication's frames), given the port's name ("S1:2") */
  pcap?: (port: string) => TraceWritable;
  /** ports to capture, as `--pcap-ports` takes them: "NODE:k", "FROM>TO", a list, or "all-switch-egress" (the default) */
  ports?: string;
  /** trace packets emitted, and frames started, in [from, to) seconds (default: the whole run) */
  window?: [number, number];
  /** trace these flows only (default: every flow) */
  flows?: string[];
  /** bytes of the trace the streams may hold unwritten before the run waits for them to drain, besides one part (default 8 MiB) */
  windowBytes?: number;
}

/** What the run traces and where each part goes; throws a RangeError naming `options.trace.…` for a bad option. */
export function tracedRun(model: Model, o: TraceOptions): TracedRun {
  if (o.csv === undefined && o.pcap === undefined) throw new RangeError('options.trace: give csv (a stream for the outcomes) or pcap (a stream per port)');
  const [from, to] = o.window ?? [0, Infinity];
  if (o.window !== undefined && !(from >= 0 && to > from))
    throw new RangeError(`options.trace.window: expected [from, to] seconds with 0 ≤ from < to, got ${JSON.stringify(o.window)}`);
  checkNumber('trace.windowBytes', o.windowBytes, 'positive');
  let targets: ReturnType<typeof traceTargets>;
  try {
    targets = traceTargets(model, {
      packets: o.csv !== undefined,
      window: o.window,
      flows: o.flows,
      ports: o.pcap === undefined ? undefined : (o.ports ?? 'all-switch-egress'),
      application: `NetLoom ${pkg.version}`,
      windowBytes: o.windowBytes,
    });
  } catch (e) {
    if (e instanceof TraceAskError) throw new RangeError(`options.trace.${e.field}: ${e.message}`);
    throw e;
  }
  const pcaps = new Map(targets.pcaps.map((p) => [p.port, o.pcap!(p.label)]));
  o.csv?.write(TRACE_CSV_HEADER); // a full buffer is seen at the first part
  for (const p of targets.pcaps) pcaps.get(p.port)!.write(p.header);
  return {
    request: targets.request,
    output: () => ({
      csv: (text) => written(o.csv!, text),
      pcap: (port, bytes) => written(pcaps.get(port)!, bytes),
      end: () => {},
    }),
  };
}

/** Writes `chunk`; undefined when the stream takes more at once, else a promise that settles when it drains (rejects if it fails). */
function written(out: TraceWritable, chunk: string | Uint8Array): Promise<void> | undefined {
  if (out.write(chunk)) return undefined;
  return new Promise<void>((resolve, reject) => {
    const settle = (e?: unknown) => {
      out.removeListener('drain', settle);
      out.removeListener('error', settle);
      out.removeListener('close', settle);
      if (e instanceof Error) reject(e);
      else resolve();
    };
    out.once('drain', settle);
    out.once('error', settle);
    out.once('close', settle);
  });
}
