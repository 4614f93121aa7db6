/**
 * The frame a simulated packet stands for, for a pcapng a person opens in Wireshark. On an
 * Ethernet link: a stable MAC per node (derived from its id), an 802.1Q tag with the flow's PCP
 * when the flow is tagged (VLAN 0: priority-tagged, as NetLoom models no VLANs), and by the flow's
 * `protocol` PROFINET RT (EtherType 0x8892: FrameID, zeros, APDU status), GOOSE or SV (0x88B8,
 * 0x88BA: APPID, length, reserved), PTP (0x88F7: a version 2 header) or IPv4 with UDP or TCP (valid
 * header checksum, the flow's ports, UDP checksum 0 as IPv4 allows). The packet's `size` is what
 * NetLoom's link layer is handed (the IP packet, or the payload after the EtherType); zeros fill
 * it, and the frame is padded to Ethernet's 60 bytes (the 4-byte FCS is not captured, as tcpdump
 * shows frames). On a PPP link (LINKTYPE_PPP, as ns-3's point-to-point links capture): the 2-byte
 * PPP protocol ns-3 writes, 0x0021, then the IP packet; frames that are not IP are bridged
 * (BCP, RFC 3518: protocol 0x0031, 2 bytes of flags and MAC type, the Ethernet frame unpadded).
 */
import type { FlowProtocol } from '../../scenario/schema.ts';

export interface FrameEnds {
  srcMac: Uint8Array;
  dstMac: Uint8Array;
  srcIp: Uint8Array;
  dstIp: Uint8Array;
  srcPort: number;
  dstPort: number;
  protocol: FlowProtocol;
}

const MIN_FRAME = 60;
const IP_HEADER = 20;
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPES: Partial<Record<FlowProtocol, number>> = { 'profinet-rt': 0x8892, goose: 0x88b8, sv: 0x88ba, ptp: 0x88f7 };
/** IEEE 802 "local experimental" EtherType, for a packet too small to hold IPv4 and UDP (or TCP) headers */
const ETHERTYPE_EXPERIMENTAL = 0x88b5;
/** a cyclic RT_CLASS_1 FrameID (IEC 61158-6-10: 0x8000–0xBFFF) */
const PROFINET_FRAME_ID = 0x8000;
/** transport header bytes after IPv4's 20 */
const TRANSPORT = { udp: 8, tcp: 20 } as const;
const PPP_IPV4 = 0x0021;
const PPP_BRIDGED = 0x0031;
/** BCP's second byte: MAC type 1, IEEE 802.3/Ethernet with canonical addresses (RFC 3518 §5.1); flags 0: no LAN FCS */
const BCP_ETHERNET = 0x0001;

/** Dynamic ports (RFC 6335: 49152–65535) but the two Wireshark 4.0's UDP dissectors claim (Elasticsearch 54328, ssyncp 60001): 16,382 */
const PORTS = Array.from({ length: 65536 - 49152 }, (_, i) => 49152 + i).filter((p) => p !== 54328 && p !== 60001);

/**
 * Flow `index`'s UDP/TCP source and destination ports: the source counts through PORTS, the
 * destination counts its rounds, so no two flows below 16,382² (268 M) share a pair, let alone a tuple.
 */
export function flowPorts(index: number): [number, number] {
  return [PORTS[index % PORTS.length], PORTS[Math.floor(index / PORTS.length) % PORTS.length]];
}

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

/** The Ethernet frame (or with `ppp` the PPP frame) of a `size`-byte packet between `ends`, tagged with `pcp` when `tagged`. */
export function synthesizeFrame(ends: FrameEnds, size: number, pcp: number, tagged: boolean, ppp = false): Uint8Array {
  const transport = ends.protocol === 'udp' || ends.protocol === 'tcp' ? ends.protocol : undefined;
  const ip = transport !== undefined && size >= IP_HEADER + TRANSPORT[transport];
  if (ppp && ip) {
    const frame = new Uint8Array(2 + size);
    new DataView(frame.buffer).setUint16(0, PPP_IPV4);
    writeIp(frame, 2, ends, size, pcp, transport);
    return frame;
  }
  const l2 = tagged ? 18 : 14;
  const at = ppp ? 4 : 0;
  const frame = new Uint8Array(at + (ppp ? l2 + size : Math.max(MIN_FRAME, l2 + size)));
  const v = new DataView(frame.buffer);
  if (ppp) {
    v.setUint16(0, PPP_BRIDGED);
    v.setUint16(2, BCP_ETHERNET);
  }
  frame.set(ends.dstMac, at);
  frame.set(ends.srcMac, at + 6);
  if (tagged) {
    v.setUint16(at + 12, ETHERTYPE_VLAN);
    v.setUint16(at + 14, (pcp & 7) << 13);
  }
  const payload = at + l2;
  v.setUint16(payload - 2, ip ? ETHERTYPE_IPV4 : (ETHERTYPES[ends.protocol] ?? ETHERTYPE_EXPERIMENTAL));
  if (ip) writeIp(frame, payload, ends, size, pcp, transport);
  else if (ends.protocol === 'profinet-rt') {
    if (size >= 2) v.setUint16(payload, PROFINET_FRAME_ID);
    // APDU status: cycle counter 0, data status "primary, valid, run, station OK" (0x35), transfer status 0
    if (size >= 6) frame[payload + size - 2] = 0x35;
  } else if ((ends.protocol === 'goose' || ends.protocol === 'sv') && size >= 8) {
    // APPID (IEC 61850-8-1 Annex C: GOOSE 0x0000–0x3FFF, SV 0x4000–0x7FFF), length of APPID to the end, reserved
    v.setUint16(payload, ends.protocol === 'sv' ? 0x4000 : 0x0001);
    v.setUint16(payload + 2, size);
    // the PDU (goosePdu [APPLICATION 1], savPdu [APPLICATION 0]) holding its first field, zeros, to fill the rest
    writeBerPdu(frame, payload + 8, size - 8, ends.protocol === 'sv' ? 0x60 : 0x61);
  } else if (ends.protocol === 'ptp' && size >= 34) {
    frame[payload + 1] = 2; // versionPTP 2, messageType 0 (Sync)
    v.setUint16(payload + 2, size);
  }
  return frame;
}

const berLength = (n: number) => (n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 255]);

/** A BER `tag` of `total` bytes at `at` holding one context-specific [0] of zeros (nothing when total is under 4). */
function writeBerPdu(frame: Uint8Array, at: number, total: number, tag: number) {
  for (let inner = total - 4; inner >= 0; inner--) {
    const element = [0x80, ...berLength(inner)];
    const head = [tag, ...berLength(element.length + inner), ...element];
    if (head.length + inner === total) return frame.set(head, at);
  }
}

/** Sets the sequence number of `frame` (one synthesizeFrame made, with `ppp` as made) when it holds TCP; returns its payload bytes (0 otherwise). */
export function setTcpSequence(frame: Uint8Array, ppp: boolean, seq: number): number {
  const v = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const ip = ppp ? (v.getUint16(0) === PPP_IPV4 ? 2 : -1) : v.getUint16(12) === ETHERTYPE_VLAN ? 18 : 14;
  if (ip < 0 || v.getUint16(ip - 2) !== (ppp ? PPP_IPV4 : ETHERTYPE_IPV4) || frame[ip + 9] !== 6) return 0;
  v.setUint32(ip + 24, seq >>> 0);
  return v.getUint16(ip + 2) - IP_HEADER - TRANSPORT.tcp;
}

/** The IPv4 header and the UDP or TCP header of a `size`-byte packet at `at`. */
function writeIp(frame: Uint8Array, at: number, ends: FrameEnds, size: number, pcp: number, transport: 'udp' | 'tcp') {
  const v = new DataView(frame.buffer);
  frame[at] = 0x45; // IPv4, 20-byte header
  frame[at + 1] = (pcp & 7) << 5; // DSCP CSn from the PCP
  v.setUint16(at + 2, size);
  v.setUint16(at + 6, 0x4000); // don't fragment
  frame[at + 8] = 64; // TTL
  frame[at + 9] = transport === 'udp' ? 17 : 6;
  frame.set(ends.srcIp, at + 12);
  frame.set(ends.dstIp, at + 16);
  v.setUint16(at + 10, ipv4Checksum(frame, at));
  v.setUint16(at + 20, ends.srcPort);
  v.setUint16(at + 22, ends.dstPort);
  if (transport === 'udp') v.setUint16(at + 24, size - IP_HEADER);
  else {
    frame[at + 32] = 5 << 4; // data offset: 20 bytes
    frame[at + 33] = 0x18; // PSH, ACK
    v.setUint16(at + 34, 0xffff); // window
  }
}

/** The IPv4 header checksum (RFC 791) of the 20-byte header at `at` (its checksum field 0). */
export function ipv4Checksum(bytes: Uint8Array, at: number): number {
  let sum = 0;
  for (let i = 0; i < 20; i += 2) sum += (bytes[at + i] << 8) | bytes[at + i + 1];
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}
