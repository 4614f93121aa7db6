/**
 * A node's MAC or IP address as an inventory, LLDP or NetBox writes it, in the one form the
 * scenario keeps (`addresses` of a node): a MAC as six lower-case hex pairs joined by ":", written
 * "00-1B-1B-…", "00:1b:1b:…", "001b.1baa.bbcc" or "001b1baabbcc"; an IPv4 or IPv6 address without
 * its prefix length ("10.0.0.5/24" → "10.0.0.5"). Anything else is no address (undefined).
 */
const MAC_PAIRS = /^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/;
const MAC_DOTTED = /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/;
const MAC_BARE = /^[0-9a-f]{12}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function normalizeAddress(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  if (MAC_PAIRS.test(t)) return t.replaceAll('-', ':');
  if (MAC_DOTTED.test(t) || MAC_BARE.test(t)) return t.replaceAll('.', '').replace(/(..)(?!$)/g, '$1:');
  const ip = t.replace(/\/\d{1,3}$/, '');
  if (IPV4.test(ip)) return ip;
  if (isIpv6(ip)) return ip;
  return undefined;
}

/** Eight groups of 1–4 hex digits (the last two may be an IPv4 address), or fewer around one "::". */
function isIpv6(t: string): boolean {
  const halves = t.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  const last = groups.at(-1) ?? '';
  const words = IPV4.test(last) ? groups.length + 1 : groups.length;
  const hex = IPV4.test(last) ? groups.slice(0, -1) : groups;
  if (!hex.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? words < 8 : words === 8;
}

/** The addresses in a cell that may hold several ("10.0.0.5, 00:1b:…" or "a; b"), with the texts that are none. */
export function readAddresses(text: string): { addresses: string[]; rejected: string[] } {
  const addresses: string[] = [];
  const rejected: string[] = [];
  for (const part of text.split(/[\s,;|]+/).filter(Boolean)) {
    const a = normalizeAddress(part);
    if (a === undefined) rejected.push(part);
    else if (!addresses.includes(a)) addresses.push(a);
  }
  return { addresses, rejected };
}
