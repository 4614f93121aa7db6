/** Human-readable numbers for plain-text tables (the core's formatting, four digits kept so columns align), and whether to colour them. */
import { formatCount, formatPercent, formatRate, formatTime, maxOf } from '../sim/api/index.ts';

const COLUMN = { digits: 4, fixed: true, ascii: true, empty: '–' } as const;

/**
 * Whether to colour what goes to `stream`: FORCE_COLOR decides when set (as in Node: "0" or
 * "false" turns colour off, anything else on), then NO_COLOR (https://no-color.org: set and not
 * empty turns it off), then whether the stream is a terminal that is not "dumb".
 */
export function colorFor(stream: { isTTY?: boolean }, env: Record<string, string | undefined> = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export const time = (s: number | null | undefined): string => formatTime(s, COLUMN);
export const rate = (bps: number): string => formatRate(bps, COLUMN);
/** a fraction, or a margin ("< −999 %" far below its requirement) */
export const percent = (x: number | null): string => formatPercent(x, { floor: -9.99, empty: '–' });
export const count = formatCount;

/** A plain-text table: columns of figures aligned right, words (and the first column) left. */
export function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, maxOf(rows.map((r) => r[i].length))));
  const figures = head.map((_, i) => i > 0 && rows.every((r) => /^([-−+<>~$]?\d|–$|-$)/.test(r[i])));
  const line = (r: string[]) =>
    r
      .map((c, i) => (figures[i] ? c.padStart(w[i]) : c.padEnd(w[i])))
      .join('  ')
      .trimEnd();
  return [line(head), line(w.map((n) => '─'.repeat(n))), ...rows.map(line)].join('\n');
}
