/**
 * The text of a trace file: each packet's send time and, optionally, its size. The host reads
 * the file (and gunzips it); this only parses text, in one pass.
 *
 * - One packet per line. Blank lines and `#` comments (whole-line or trailing) are skipped;
 *   CRLF line ends and a byte-order mark are fine.
 * - Columns are separated by commas, tabs, semicolons or spaces: the first line says which.
 * - An optional header line names the columns (any order, any case, quotes allowed):
 *   time: `time`, or tshark's `frame.time_relative` (seconds);
 *   size: `size`, tshark's `ip.len` (the IPv4 total length: exactly NetLoom's `size`, the IP
 *   packet handed to the link layer), or tshark's `frame.len` (the captured Ethernet II frame:
 *   NetLoom takes its 14 B header off; with both, `ip.len` is used).
 *   A unit may follow a name: `time [ms]`, `time (us)`, `time_us`, `size [B]`; it must agree with
 *   the scenario's `unit` when both are given.
 * - Without a header the first column is the send time and any others are ignored (the format
 *   before headers existed).
 * Every error names the line (and, with a header, the column).
 */
import { psFromSeconds } from '../core/SimTime.ts';

export type TimeUnit = 's' | 'ms' | 'us' | 'ns' | 'ps';
export const TIME_SCALE: Record<TimeUnit, number> = { s: 1, ms: 1e-3, us: 1e-6, ns: 1e-9, ps: 1e-12 };

/** Bytes of an Ethernet II header, taken off a captured `frame.len` (the capture holds no preamble or FCS). */
export const ETHERNET_HEADER = 14;

export interface TraceData {
  /** send times, picoseconds, non-decreasing */
  timesPs: Float64Array;
  /** each packet's size in bytes (the IP packet), when the file has a size column */
  sizes?: Float64Array;
  /** the column the sizes came from */
  sizeColumn?: string;
}

type Role = 'time' | 'size' | 'frame';
interface Column {
  name: string;
  role: Role;
  /** canonical unit: a TimeUnit for the time, 'B' for sizes */
  unit?: string;
}

const TIME_UNITS = new Map<string, TimeUnit>([
  ['s', 's'],
  ['ms', 'ms'],
  ['us', 'us'],
  ['µs', 'us'],
  ['μs', 'us'],
  ['ns', 'ns'],
  ['ps', 'ps'],
]);
const SIZE_UNITS = new Set(['B', 'byte', 'bytes']);
/** column names a header may use (lower case), with the unit their name implies */
const NAMES = new Map<string, { role: Role; unit?: string }>([
  ['time', { role: 'time' }],
  ['frame.time_relative', { role: 'time', unit: 's' }],
  ['size', { role: 'size' }],
  ['size_b', { role: 'size', unit: 'B' }],
  ['size_bytes', { role: 'size', unit: 'B' }],
  ['ip.len', { role: 'size', unit: 'B' }],
  ['frame.len', { role: 'frame', unit: 'B' }],
]);
for (const [u, unit] of TIME_UNITS) NAMES.set(`time_${u}`, { role: 'time', unit });
const KNOWN = 'time, frame.time_relative, size, ip.len or frame.len';

export function parseTraceFile(text: string, unit?: TimeUnit): TraceData | { error: string } {
  const times: number[] = [];
  const sizes: number[] = [];
  let sep: string | undefined; // ',', '\t', ';' or ' ' (runs of blanks); set by the first line
  let columns: Column[] | undefined; // from the header; undefined: no header, first column = time
  let timeAt = 0;
  let sizeAt = -1;
  let scale = TIME_SCALE[unit ?? 's'];
  let prevPs = 0;
  let lineNo = 0;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let hash = text.indexOf('#', start); // the next '#': looked up again only once passed, so the scan stays linear
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    if (hash >= 0 && hash < start) hash = text.indexOf('#', start);
    const line = text.slice(start, hash >= 0 && hash < end ? hash : end).trim(); // trim takes the \r of CRLF
    start = end + 1;
    if (line === '') continue;
    if (sep === undefined) {
      sep = line.includes(',') ? ',' : line.includes('\t') ? '\t' : line.includes(';') ? ';' : ' ';
      if (!isDecimal(unquote(firstField(line)))) {
        const header = readHeader(fields(line, sep, true), unit, lineNo);
        if ('error' in header) return header;
        ({ columns, timeAt, sizeAt, scale } = header);
        continue;
      }
    }
    const cells = columns ? fields(line, sep, false) : [firstField(line)];
    if (columns && cells.length !== columns.length)
      return { error: `line ${lineNo}: expected ${columns.length} columns (${columns.map((c) => c.name).join(', ')}), got ${cells.length}` };
    const t = unquote(cells[timeAt]);
    const v = isDecimal(t) ? Number(t) : NaN;
    if (!(v >= 0) || !Number.isFinite(v)) return { error: `${place(lineNo, columns, timeAt)}: expected a non-negative number, got ${show(t)}` };
    const ps = psFromSeconds(v * scale);
    if (ps < prevPs) return { error: `${place(lineNo, columns, timeAt)}: the time ${t} is before the previous packet's (send times must not decrease)` };
    prevPs = ps;
    times.push(ps);
    if (sizeAt >= 0) {
      const s = unquote(cells[sizeAt]);
      const frame = columns![sizeAt].role === 'frame';
      const bytes = (isDecimal(s) ? Number(s) : NaN) - (frame ? ETHERNET_HEADER : 0);
      if (!Number.isSafeInteger(bytes) || bytes < 1) {
        const expected = frame ? `a whole number of bytes above the ${ETHERNET_HEADER} B Ethernet header` : 'a whole number of bytes, at least 1';
        return { error: `${place(lineNo, columns, sizeAt)}: expected ${expected}, got ${show(s)}` };
      }
      sizes.push(bytes);
    }
  }
  const out: TraceData = { timesPs: Float64Array.from(times) };
  if (sizeAt >= 0) {
    out.sizes = Float64Array.from(sizes);
    out.sizeColumn = columns![sizeAt].name;
  }
  return out;
}

const place = (lineNo: number, columns: Column[] | undefined, k: number) =>
  columns ? `line ${lineNo}, column ${k + 1} (${columns[k].name})` : `line ${lineNo}`;

type Header = { columns: Column[]; timeAt: number; sizeAt: number; scale: number };

function readHeader(cells: string[], unit: TimeUnit | undefined, lineNo: number): Header | { error: string } {
  const columns: Column[] = [];
  const at: Record<Role, number> = { time: -1, size: -1, frame: -1 };
  for (let k = 0; k < cells.length; k++) {
    const { name, unit: given } = splitUnit(unquote(cells[k]));
    const here = `line ${lineNo}, column ${k + 1}`;
    const known = NAMES.get(name.toLowerCase());
    if (!known) return { error: `${here}: unknown column ${show(name)} (a header names its columns: ${KNOWN}; a file without a header has the time first)` };
    let u = known.unit;
    if (given !== undefined) {
      const canonical = known.role === 'time' ? TIME_UNITS.get(given) : SIZE_UNITS.has(given) ? 'B' : undefined;
      if (canonical === undefined)
        return { error: `${here}: unknown unit ${show(given)} for ${name} (${known.role === 'time' ? 's, ms, us, ns or ps' : 'sizes are in bytes, "B"'})` };
      if (u !== undefined && canonical !== u) return { error: `${here}: ${name} is in ${u}, the header says ${show(given)}` };
      u = canonical;
    }
    if (at[known.role] >= 0)
      return {
        error:
          `${here}: a second ${known.role === 'frame' ? 'frame.len' : known.role} column ` +
          `(${show(name)}; column ${at[known.role] + 1} is ${show(columns[at[known.role]].name)})`,
      };
    at[known.role] = k;
    columns.push({ name, role: known.role, unit: u });
  }
  if (at.time < 0) return { error: `line ${lineNo}: the header has no time column (name one "time" or "frame.time_relative")` };
  const headerUnit = columns[at.time].unit as TimeUnit | undefined;
  if (headerUnit !== undefined && unit !== undefined && headerUnit !== unit)
    return { error: `line ${lineNo}: the header gives ${columns[at.time].name} in ${headerUnit}, the scenario's "unit" says ${unit}` };
  // ip.len (or size) is the IP packet itself; frame.len only when the capture gives nothing better
  return { columns, timeAt: at.time, sizeAt: at.size >= 0 ? at.size : at.frame, scale: TIME_SCALE[headerUnit ?? unit ?? 's'] };
}

/** `time [ms]`, `time (ms)` → name and unit; a bare name has no unit. */
function splitUnit(cell: string): { name: string; unit?: string } {
  const close = cell.charAt(cell.length - 1);
  const open = close === ']' ? cell.lastIndexOf('[') : close === ')' ? cell.lastIndexOf('(') : -1;
  if (open <= 0) return { name: cell };
  return { name: cell.slice(0, open).trim(), unit: cell.slice(open + 1, -1).trim() };
}

/** The first field of a line without a header, split as before headers existed: at any of , tab space ; */
function firstField(line: string): string {
  let i = 0;
  while (i < line.length && !isSeparator(line.charCodeAt(i))) i++;
  return line.slice(0, i);
}

function isSeparator(c: number): boolean {
  return c === 44 || c === 9 || c === 32 || c === 59;
}

/** The cells of a line; with blanks as the separator a header's `[unit]` stays with its name. */
function fields(line: string, sep: string, header: boolean): string[] {
  if (sep !== ' ') {
    const cells = line.split(sep);
    for (let k = 0; k < cells.length; k++) cells[k] = cells[k].trim();
    return cells;
  }
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isBlank(line.charCodeAt(i))) i++;
    const from = i;
    while (i < line.length && !isBlank(line.charCodeAt(i))) i++;
    if (i === from) break;
    const word = line.slice(from, i);
    if (header && out.length > 0 && (word.startsWith('[') || word.startsWith('('))) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out;
}

const isBlank = (c: number) => c === 32 || c === 9;

function unquote(cell: string): string {
  return cell.length >= 2 && cell.charCodeAt(0) === 34 && cell.charCodeAt(cell.length - 1) === 34 ? cell.slice(1, -1).trim() : cell;
}

/** A plain decimal number (sign, digits, point, exponent), scanned without a regular expression. */
export function isDecimal(s: string): boolean {
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const intEnd = skipDigits(s, i);
  let end = intEnd;
  if (s[end] === '.') end = skipDigits(s, end + 1);
  if (end - i - (end > intEnd ? 1 : 0) === 0) return false; // no digit before or after the point
  if (s[end] === 'e' || s[end] === 'E') {
    i = s[end + 1] === '+' || s[end + 1] === '-' ? end + 2 : end + 1;
    end = skipDigits(s, i);
    if (end === i) return false;
  }
  return end === s.length;
}

function skipDigits(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

const show = (s: string) => JSON.stringify(s.length > 24 ? `${s.slice(0, 24)}…` : s);
