/**
 * The addresses a capture's packets come from and go to, for the table in which the user maps each
 * to a node before its traffic is imported (the CLI's --map): MACs, and IPv4 addresses where the
 * frames carry them, with their packet counts and kinds. Each is proposed the node whose `addresses`
 * hold it, else the node whose id, label or description names it; the others are left for the user.
 * The host reads the file.
 */
import { decodeFrame } from '../io/pcap/decodeFrame.ts';
import { type CaptureFile, readCapture } from '../io/pcap/readCapture.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

export interface CaptureAddress {
  /** "02:00:00:00:00:10" or "10.0.0.3" */
  address: string;
  /** packets sent from it, and sent to it */
  sent: number;
  received: number;
  /** the frame kinds seen ("profinet-rt", "goose", "udp", …) */
  kinds: string[];
  /** the node whose `addresses` hold this address, or whose id, label or description names it, if one does */
  proposed?: string;
}

export function captureAddresses(scenario: ScenarioJson, file: CaptureFile): CaptureAddress[] {
  const capture = readCapture(file);
  const seen = new Map<string, { sent: number; received: number; kinds: Set<string> }>();
  const count = (address: string | undefined, kind: string, field: 'sent' | 'received') => {
    if (!address) return;
    let a = seen.get(address);
    if (!a) seen.set(address, (a = { sent: 0, received: 0, kinds: new Set() }));
    a[field]++;
    a.kinds.add(kind);
  };
  for (const p of capture.packets) {
    const f = decodeFrame(p.data, p.length, capture.linkType);
    if (!f) continue;
    // an IP packet is mapped by its IP (the frame's MAC is the next hop's); others by their MAC
    count(f.srcIp ?? f.src, f.kind, 'sent');
    count(f.dstIp ?? f.dst, f.kind, 'received');
  }
  const owner = new Map(scenario.nodes.flatMap((n) => (n.addresses ?? []).map((a) => [a.toLowerCase(), n.id] as const)));
  const named = (address: string) =>
    owner.get(address) ??
    scenario.nodes.find((n) => [n.id, n.label, n.description].some((t) => typeof t === 'string' && t.toLowerCase().includes(address)))?.id;
  return [...seen].map(([address, a]) => {
    const proposed = named(address);
    return { address, sent: a.sent, received: a.received, kinds: [...a.kinds].sort(), ...(proposed ? { proposed } : {}) };
  });
}
