/** Picosecond times as text: exact quantities for scenario files, short ones for people. */

const UNITS: [string, number][] = [
  ['s', 1e12],
  ['ms', 1e9],
  ['us', 1e6],
  ['ns', 1e3],
];

/** The exact time in the largest unit that holds it as a whole number ("250 us", "12336 ns", "7 ps"). */
export function exactPs(ps: number): string {
  if (ps === 0) return '0 s';
  for (const [unit, scale] of UNITS) if (ps % scale === 0) return `${ps / scale} ${unit}`;
  return `${ps} ps`;
}

/** A readable time with up to 4 significant digits ("12.34 us"). */
export function shortPs(ps: number): string {
  const a = Math.abs(ps);
  if (a === 0) return '0 s';
  for (const [unit, scale] of UNITS) if (a >= scale) return `${+(ps / scale).toPrecision(4)} ${unit}`;
  return `${+(ps / 1e3).toPrecision(4)} ns`;
}

export function percent(x: number): string {
  return `${(x * 100).toFixed(x < 0.1 ? 2 : 1)} %`;
}
