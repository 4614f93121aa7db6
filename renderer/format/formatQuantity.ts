/** Human figures for the UI: seconds, bit/s, bytes, fractions (matching the CLI's table). */

function si(value: number, units: [number, string][], digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return `0 ${units.find(([f]) => f === 1)?.[1] ?? units[0][1]}`;
  const abs = Math.abs(value);
  for (const [f, u] of units) if (abs >= f * 0.9995) return `${num(value / f, digits)} ${u}`;
  const [f, u] = units[units.length - 1];
  return `${num(value / f, digits)} ${u}`;
}

/** Significant digits without exponent notation or trailing zeros: 100, 15.7, 0.25. */
function num(v: number, digits: number): string {
  const abs = Math.abs(v);
  const d = abs >= 10 ** digits ? 0 : Math.max(0, digits - 1 - Math.floor(Math.log10(Math.max(abs, 1e-300))));
  return String(Number(v.toFixed(Math.min(d, 12))));
}

export function formatTime(s: number | null | undefined, digits = 3): string {
  if (s === null || s === undefined) return '—';
  return si(s, [[1, 's'], [1e-3, 'ms'], [1e-6, 'µs'], [1e-9, 'ns']], digits);
}

export function formatRate(bps: number | null | undefined, digits = 3): string {
  if (bps === null || bps === undefined) return '—';
  return si(bps, [[1e9, 'Gb/s'], [1e6, 'Mb/s'], [1e3, 'kb/s'], [1, 'b/s']], digits);
}

export function formatBytes(b: number): string {
  return si(b, [[1e9, 'GB'], [1e6, 'MB'], [1e3, 'kB'], [1, 'B']]);
}

export function formatPercent(f: number | null | undefined, digits = 1): string {
  if (f === null || f === undefined || !Number.isFinite(f)) return '—';
  const p = f * 100;
  return `${Math.abs(p) >= 10 || digits === 0 ? p.toFixed(0) : p.toFixed(digits)} %`;
}

export function formatCount(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)} k`;
  return String(n);
}

/** A criterion's value in its own unit. */
export function formatCriterion(name: string, v: number): string {
  if (name === 'latency' || name === 'jitter') return formatTime(v);
  if (name === 'throughput') return formatRate(v);
  return formatPercent(v, 2);
}
