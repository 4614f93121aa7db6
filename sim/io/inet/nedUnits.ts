/**
 * Figures as NED and omnetpp.ini write them: a number and its unit, exact where the figure is a
 * whole number of the unit (OMNeT++ reads `500ns`, `100Mbps`, `72B`).
 */

const TIME_UNITS: readonly [string, number][] = [
  ['s', 1e12],
  ['ms', 1e9],
  ['us', 1e6],
  ['ns', 1e3],
  ['ps', 1],
];

/** An integer picosecond time in the largest unit that writes it exactly: 500000 → "500ns". */
export function nedTime(ps: number): string {
  const t = Math.round(ps);
  if (t === 0) return '0s';
  for (const [unit, per] of TIME_UNITS) if (t % per === 0) return `${t / per}${unit}`;
  return `${t}ps`;
}

const RATE_UNITS: readonly [string, number][] = [
  ['Gbps', 1e9],
  ['Mbps', 1e6],
  ['kbps', 1e3],
];

/** A rate in bit/s in the largest unit that writes it exactly: 1e8 → "100Mbps". */
export function nedRate(bps: number): string {
  const r = Math.round(bps);
  for (const [unit, per] of RATE_UNITS) if (r !== 0 && r % per === 0) return `${r / per}${unit}`;
  return `${r}bps`;
}

/** Whole bytes: "72B". */
export function nedBytes(bytes: number): string {
  return `${Math.round(bytes)}B`;
}

/** A string literal of NED and ini: quotes and backslashes escaped. */
export function nedString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}

/** Text put in a `//` or `#` comment: one line. */
export function commentText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}
