/**
 * A trace pattern compiled: its send times (inline or from a file the host read) and, when the
 * file has a size column, each packet's size. The flow's `size` is then the empirical
 * distribution of those sizes, so bounds, estimates and the planner see their mean and maximum,
 * while the engine sends the trace's sizes packet by packet, in order.
 */
import { psFromSeconds } from '../core/SimTime.ts';
import type { Dist } from './fields.ts';
import type { ParsedFlow } from './schema.ts';
import { parseTraceFile, TIME_SCALE } from './traceFile.ts';

type TracePattern = Extract<ParsedFlow['pattern'], { type: 'trace' }>;

export interface CompiledTrace {
  timesPs: Float64Array;
  sizes?: Float64Array;
  /** the empirical distribution of `sizes` */
  size?: Dist;
  sizeColumn?: string;
}

/**
 * As many distinct sizes as IPv4 packets can have (a capture never has more); it also keeps `distMax`,
 * which spreads the values into one call, far from V8's limit on arguments.
 */
export const MAX_DISTINCT_SIZES = 65_535;

export function compileTrace(
  p: TracePattern,
  at: string,
  files: Readonly<Record<string, string>>,
  err: (path: string, message: string) => void,
): CompiledTrace | undefined {
  if ((p.times === undefined) === (p.file === undefined)) return void err(at, 'give the trace either "times" or "file"');
  if (p.times) {
    const scale = TIME_SCALE[p.unit ?? 's'];
    const timesPs = Float64Array.from(p.times, (t) => psFromSeconds(typeof t === 'number' ? t * scale : t));
    for (let k = 1; k < timesPs.length; k++)
      if (timesPs[k] < timesPs[k - 1]) return void err(`${at}.times[${k}]`, `send times must not decrease (entry ${k + 1} is before entry ${k})`);
    return { timesPs };
  }
  const name = p.file!;
  // own properties only: a file named "constructor" or "__proto__" is a missing file like any other
  const text = Object.hasOwn(files, name) ? files[name] : undefined;
  if (typeof text !== 'string') return void err(`${at}.file`, `cannot read "${name}" next to the scenario`);
  const parsed = parseTraceFile(text, p.unit);
  if ('error' in parsed) return void err(`${at}.file`, `${name} ${parsed.error}`);
  if (!parsed.sizes) return { timesPs: parsed.timesPs };
  const counts = new Map<number, number>();
  for (const s of parsed.sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size > MAX_DISTINCT_SIZES)
    return void err(`${at}.file`, `${name} has ${counts.size} different packet sizes; at most ${MAX_DISTINCT_SIZES} (as many as IPv4 packets can have)`);
  const values = [...counts.keys()].sort((a, b) => a - b);
  const size: Dist = { dist: 'empirical', values, weights: values.map((v) => counts.get(v)!) };
  return { timesPs: parsed.timesPs, sizes: parsed.sizes, size, sizeColumn: parsed.sizeColumn };
}

/** The flow's packet size: its own `size`, or the trace file's sizes; undefined (and an issue) when neither or both. */
export function traceFlowSize(f: ParsedFlow, trace: CompiledTrace | undefined, at: string, err: (path: string, message: string) => void): Dist | undefined {
  if (trace?.size && f.size)
    return void err(`${at}.size`, `the trace file gives each packet's size (column "${trace.sizeColumn}"): leave "size" out, or the column`);
  if (f.size) return f.size;
  if (trace?.size) return trace.size;
  if (f.pattern.type !== 'trace') return void err(`${at}.size`, 'missing; expected the packet size, like "100 B", or a distribution');
  // a trace that failed has its issue already
  if (trace)
    err(
      `${at}.size`,
      `missing; expected the packet size, like "100 B" (${f.pattern.file ? 'the trace file has no size column' : 'inline times carry no sizes'})`,
    );
  return undefined;
}
