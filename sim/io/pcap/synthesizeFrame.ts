/**
 * The Ethernet frame a simulated packet stands for, for a pcapng a person opens in Wireshark: a
 * stable MAC per node (derived from its id), an 802.1Q tag with the flow's PCP when the flow is
 * tagged (VLAN 0: priority-tagged, as NetLoom models no VLANs), and by the flow's kind either
 * PROFINET RT (EtherType 0x8892, FrameID, zeros, APDU status) or IPv4/UDP (valid header
 * checksum, UDP ports per flow, checksum 0 as IPv4 allows). The packet's `size` is what NetLoom's
 * link layer is handed (the IP packet, or the PROFINET payload); zeros fill it, and the frame is
 * padded to Ethernet's 60 bytes (the 4-byte FCS is not captured, as tcpdump shows frames).
 */

export interface FrameEnds {
  srcMac: Uint8Array;
  dstMac: Uint8Array;
  srcIp: Uint8Array;
  dstIp: Uint8Array;
  srcPort: number;
  dstPort: number;
  profinet: boolean;
}

const MIN_FRAME = 60;
const UDP_HEADERS = 28;
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_PROFINET = 0x8892;
/** IEEE 802 "local experimental" EtherType, for a packet too small to hold IPv4 and UDP headers */
const ETHERTYPE_EXPERIMENTAL = 0x88b5;
/** a cyclic RT_CLASS_1 FrameID (IEC 61158-6-10: 0x8000–0xBFFF) */
const PROFINET_FRAME_ID = 0x8000;

/** 32-bit FNV-1a of a string's UTF-16 units from `basis`. */
function fnv1a(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A locally administered unicast MAC (02:…) from a node's id: the same id gives the same MAC in every run. */
export function nodeMac(id: string): Uint8Array {
  const a = fnv1a(id, 0x811c9dc5);
  const b = fnv1a(id, 0x050c5d1f);
  return Uint8Array.of(0x02, a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255, b & 255);
}

/** 10.x.y.z from a node's index (unique in a scenario up to 16 M nodes; x.y.z = index + 1). */
export function nodeIp(index: number): Uint8Array {
  const n = index + 1;
  return Uint8Array.of(10, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
}

export const macText = (mac: Uint8Array) => Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join(':');

/** The frame of a `size`-byte packet between `ends`, tagged with `pcp` when `tagged`. */
export function synthesizeFrame(ends: FrameEnds, size: number, pcp: number, tagged: boolean): Uint8Array {
  const l2 = tagged ? 18 : 14;
  const frame = new Uint8Array(Math.max(MIN_FRAME, l2 + size));
  const v = new DataView(frame.buffer);
  frame.set(ends.dstMac, 0);
  frame.set(ends.srcMac, 6);
  if (tagged) {
    v.setUint16(12, ETHERTYPE_VLAN);
    v.setUint16(14, (pcp & 7) << 13);
  }
  const ip = !ends.profinet && size >= UDP_HEADERS;
  v.setUint16(l2 - 2, ends.profinet ? ETHERTYPE_PROFINET : ip ? ETHERTYPE_IPV4 : ETHERTYPE_EXPERIMENTAL);
  if (ends.profinet) {
    if (size >= 2) v.setUint16(l2, PROFINET_FRAME_ID);
    // APDU status: cycle counter 0, data status "primary, valid, run, station OK" (0x35), transfer status 0
    if (size >= 6) frame[l2 + size - 2] = 0x35;
    return frame;
  }
  if (ip) {
    frame[l2] = 0x45; // IPv4, 20-byte header
    frame[l2 + 1] = (pcp & 7) << 5; // DSCP CSn from the PCP
    v.setUint16(l2 + 2, size);
    v.setUint16(l2 + 6, 0x4000); // don't fragment
    frame[l2 + 8] = 64; // TTL
    frame[l2 + 9] = 17; // UDP
    frame.set(ends.srcIp, l2 + 12);
    frame.set(ends.dstIp, l2 + 16);
    v.setUint16(l2 + 10, ipv4Checksum(frame, l2));
    v.setUint16(l2 + 20, ends.srcPort);
    v.setUint16(l2 + 22, ends.dstPort);
    v.setUint16(l2 + 24, size - 20);
  }
  return frame;
}

/** The IPv4 header checksum (RFC 791) of the 20-byte header at `at` (its checksum field 0). */
export function ipv4Checksum(bytes: Uint8Array, at: number): number {
  let sum = 0;
  for (let i = 0; i < 20; i += 2) sum += (bytes[at + i] << 8) | bytes[at + i + 1];
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}
