/**
 * A port or link speed as inventories and switch CLIs write it → bit/s: "1G", "1000 Mb/s",
 * "1 Gbps", "10GE", "1GbE", "1000BASE-T", "10GBASE-SR", "100M", "FE". A bare number has no unit;
 * the caller says which one its format means (NetBox: kbit/s), or gets undefined.
 */
const PREFIX: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12 };

export function parseSpeed(text: string, bareUnit?: number): number | undefined {
  const t = text.trim().toLowerCase().replace(/,/g, '');
  if (t === 'fe') return 1e8;
  if (t === 'ge' || t === 'gbe' || t === 'gige') return 1e9;
  let m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:ig)?\s*base[-\s]?[a-z0-9]+$/.exec(t); // IEEE names (lldpd's MAU types too: 10GigBaseCX4): Mb/s unless prefixed
  if (m) return Number(m[1]) * (m[2] === '' ? 1e6 : PREFIX[m[2]]);
  m = /^(\d+(?:\.\d+)?)\s*(g|gig|m)b?e$/.exec(t); // 10GE, 1GbE, 100ME
  if (m) return Number(m[1]) * (m[2] === 'm' ? 1e6 : 1e9);
  m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:b|bit|bits)?\s*(?:\/\s*s|ps|\/sec|per second)?$/.exec(t);
  if (!m) return undefined;
  if (m[2] === '' && !/[a-z/]/.test(t)) return bareUnit === undefined ? undefined : Number(m[1]) * bareUnit;
  return Number(m[1]) * PREFIX[m[2]];
}

/** bit/s → the scenario's unit text, in the largest unit that keeps it whole: 1e9 → "1 Gb/s", 2.5e9 → "2500 Mb/s". */
export function rateText(bps: number): string {
  for (const [unit, f] of [
    ['Tb/s', 1e12],
    ['Gb/s', 1e9],
    ['Mb/s', 1e6],
    ['kb/s', 1e3],
  ] as const)
    if (bps >= f && Number.isInteger(Math.round(bps) / f)) return `${Math.round(bps) / f} ${unit}`;
  return `${Math.round(bps)} b/s`;
}
