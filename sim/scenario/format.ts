/**
 * Figures as people read them — times, rates, sizes, money, fractions, counts — written once for
 * every host (the CLI's tables, the app's views, the core's messages). Quantities come out in the
 * units `parseQuantity` reads ("17.1 µs", "1.25 Gb/s", "1500 B"), so a printed figure parses back
 * to the value it shows, at the precision shown. Numbers go through Intl.NumberFormat ("en-US").
 */

export interface FigureOptions {
  /** significant digits (default 3) */
  digits?: number;
  /** keep trailing zeros, so a column of figures aligns ("60.40 us"); default: drop them ("60.4 µs") */
  fixed?: boolean;
  /** "us" instead of "µs" (plain-text terminals and files) */
  ascii?: boolean;
  /** what stands for a missing figure (null, undefined, NaN); default "—" */
  empty?: string;
}

type Scale = readonly (readonly [factor: number, unit: string])[];

const TIME: Scale = [
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
];
const RATE: Scale = [
  [1e12, 'Tb/s'],
  [1e9, 'Gb/s'],
  [1e6, 'Mb/s'],
  [1e3, 'kb/s'],
  [1, 'b/s'],
];
const SIZE: Scale = [
  [1e9, 'GB'],
  [1e6, 'MB'],
  [1e3, 'kB'],
  [1, 'B'],
];

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(o: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(o);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('en-US', o)));
  return f;
}

/**
 * `v` to `digits` significant digits, without exponent or grouping, and unless `fixed` without
 * trailing zeros: 100, 15.7, 0.25. The digits of a whole number are kept (12345, not 12300): an
 * axis tick at 125 µs reads 125 µs even at two digits.
 */
function significant(v: number, digits: number, fixed: boolean): string {
  const whole = Math.floor(Math.log10(Math.abs(v))) + 1;
  const max = Math.min(21, Math.max(digits, whole));
  return numberFormat({ minimumSignificantDigits: fixed ? max : 1, maximumSignificantDigits: max, useGrouping: false }).format(v);
}

function scaled(value: number | null | undefined, scale: Scale, base: number, o: FigureOptions): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return o.empty ?? '—';
  const digits = o.digits ?? 3;
  const name = (unit: string) => (o.ascii ? unit.replace('µ', 'u') : unit);
  if (value === 0) return `0 ${name(scale[base][1])}`;
  const abs = Math.abs(value);
  // the largest unit the figure reaches once rounded (999.96 µs reads 1 ms, not 1000 µs)
  const bump = o.fixed ? 1 : 1 - 5 * 10 ** -(digits + 1);
  const [factor, unit] = scale.find(([f]) => abs >= f * bump) ?? scale[scale.length - 1];
  return `${significant(value / factor, digits, o.fixed ?? false)} ${name(unit)}`;
}

/** Seconds: "17.1 µs", "15.7 ms", "0 s". */
export function formatTime(seconds: number | null | undefined, o: FigureOptions = {}): string {
  return scaled(seconds, TIME, 0, o);
}

/** Bits per second: "96 Mb/s", "1.25 Gb/s". */
export function formatRate(bps: number | null | undefined, o: FigureOptions = {}): string {
  return scaled(bps, RATE, 4, o);
}

/** Bytes: "1.5 kB", "64 B". */
export function formatSize(bytes: number | null | undefined, o: FigureOptions = {}): string {
  return scaled(bytes, SIZE, 3, o);
}

/** Money in whole units: "$30,000" in USD (a real minus before the sign), "30,000 EUR" otherwise. */
export function formatMoney(amount: number, currency = 'USD'): string {
  if (!Number.isFinite(amount)) return '—';
  const n = numberFormat({ maximumFractionDigits: 0 }).format(Math.abs(Math.round(amount)));
  const minus = Math.round(amount) < 0 ? '−' : '';
  return currency === 'USD' ? `${minus}$${n}` : `${minus === '' ? '' : '-'}${n} ${currency}`;
}

export interface PercentOptions {
  /** decimals below 10 % (default 1); 10 % and more are whole */
  decimals?: number;
  /** a real minus "−" instead of "-" */
  minus?: boolean;
  /** below this fraction, "< −999 %" (a margin far off its requirement) */
  floor?: number;
  empty?: string;
}

/** A fraction as a percentage: "74 %", "5.2 %", "−50 %". */
export function formatPercent(fraction: number | null | undefined, o: PercentOptions = {}): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return o.empty ?? '—';
  if (o.floor !== undefined && fraction < o.floor) return '< −999 %';
  const p = fraction * 100 || 0; // no "-0.0 %"
  const decimals = Math.abs(p) >= 10 ? 0 : (o.decimals ?? 1);
  const text = numberFormat({ minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(p);
  return `${o.minus ? text.replace('-', '−') : text} %`;
}

/** A requirement's margin as the CLI and the planner show it: "74 %", "5.2 %", "−50 %", "< −999 %". */
export function formatMargin(m: number | null | undefined, empty = '—'): string {
  return formatPercent(m, { minus: true, floor: -9.99, empty });
}

/** A large count, short: "4.72 M", "268.1 k", "9999". */
export function formatCount(n: number): string {
  const two = (x: number) => numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(x);
  if (n >= 1e9) return `${two(n / 1e9)} G`;
  if (n >= 1e6) return `${two(n / 1e6)} M`;
  if (n >= 1e4) return `${numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(n / 1e3)} k`;
  return String(n);
}

/** Picosecond times (gate schedules): exact for files ("250 us"), short for people ("12.34 us"); kept beside the kernel, which names times in its messages. */
export { exactPs, percent, shortPs } from '../core/formatPs.ts';
