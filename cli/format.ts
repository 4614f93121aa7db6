/** Human-readable numbers (times, rates, fractions), tables, and whether to colour them. */
import { maxOf } from '../sim/api/index.ts';

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

export function time(s: number | null | undefined): string {
  if (s === null || s === undefined || Number.isNaN(s)) return '–';
  const a = Math.abs(s);
  if (a === 0) return '0 s';
  if (a >= 1) return `${s.toPrecision(4)} s`;
  if (a >= 1e-3) return `${(s * 1e3).toPrecision(4)} ms`;
  if (a >= 1e-6) return `${(s * 1e6).toPrecision(4)} us`;
  return `${(s * 1e9).toPrecision(4)} ns`;
}

export function rate(bps: number): string {
  if (bps >= 1e9) return `${(bps / 1e9).toPrecision(4)} Gb/s`;
  if (bps >= 1e6) return `${(bps / 1e6).toPrecision(4)} Mb/s`;
  if (bps >= 1e3) return `${(bps / 1e3).toPrecision(4)} kb/s`;
  return `${bps.toFixed(0)} b/s`;
}

export function percent(x: number | null): string {
  if (x === null) return '–';
  if (x < -9.99) return '< −999 %';
  return `${(x * 100).toFixed(Math.abs(x) < 0.1 ? 1 : 0)} %`;
}

export function count(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)} k`;
  return String(n);
}

/** A plain-text table: columns of figures aligned right, words (and the first column) left. */
export function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, maxOf(rows.map((r) => r[i].length))));
  const figures = head.map((_, i) => i > 0 && rows.every((r) => /^([-−+<>~$]?\d|–$|-$)/.test(r[i])));
  const line = (r: string[]) => r.map((c, i) => (figures[i] ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd();
  return [line(head), line(w.map((n) => '─'.repeat(n))), ...rows.map(line)].join('\n');
}
