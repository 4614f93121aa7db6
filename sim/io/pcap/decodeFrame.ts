/**
 * An Ethernet frame's addresses and kind: MACs, the 802.1Q PCP when tagged, the EtherType named
 * (PROFINET RT, GOOSE, SV, PTP, IPv4 with UDP or TCP ports), and the size NetLoom's link layer is handed
 * (the frame less its 14 B header and 4 B VLAN tag; a capture holds no FCS on LINKTYPE_ETHERNET).
 * LINKTYPE_PPP (9, as ns-3's point-to-point links write) has no MACs: a 2 B protocol, then IPv4,
 * or a bridged Ethernet frame (BCP, RFC 3518: protocol 0x0031, 2 B of flags and MAC type).
 */
export interface Frame {
  src: string;
  dst: string;
  pcp?: number;
  etherType: number;
  /** "profinet-rt", "goose", "sv", "ptp", "udp", "tcp", "ipv4", or "ethertype-88cc" */
  kind: string;
  srcIp?: string;
  dstIp?: string;
  /** UDP or TCP source and destination ports */
  ports?: [number, number];
  /** bytes handed to the link layer */
  size: number;
}

const KINDS: Record<number, string> = { 0x8892: 'profinet-rt', 0x88b8: 'goose', 0x88ba: 'sv', 0x88f7: 'ptp', 0x0800: 'ipv4' };

/** IP protocol numbers: UDP 17, TCP 6 */
const TRANSPORTS: Record<number, string> = { 17: 'udp', 6: 'tcp' };

export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_PPP = 9;
const PPP_BRIDGED = 0x0031;
/** BCP: MAC type 1 (IEEE 802.3/Ethernet), and the flag of a LAN FCS carried (RFC 3518 §5.1) */
const BCP_ETHERNET = 1;
const BCP_LAN_FCS = 0x80;

/** The frame, or undefined when fewer bytes than its link header were captured. */
export function decodeFrame(data: Uint8Array, length: number, linkType = LINKTYPE_ETHERNET): Frame | undefined {
  const u16 = (at: number) => (data[at] << 8) | data[at + 1];
  let etherType: number;
  let header: number;
  let pcp: number | undefined;
  let src = '';
  let dst = '';
  if (linkType === LINKTYPE_PPP) {
    header = data[0] === 0xff && data[1] === 0x03 ? 4 : 2; // address and control bytes, when present (RFC 1662)
    if (data.length < header) return undefined;
    if (u16(header - 2) === PPP_BRIDGED && data[header + 1] === BCP_ETHERNET) {
      // bridged Ethernet: the frame after BCP's 2 bytes, as on an Ethernet link (an FCS, when flagged, counted in its size)
      const bridged = decodeFrame(data.subarray(header + 2), length - header - 2);
      if (bridged && data[header] & BCP_LAN_FCS) bridged.size -= 4;
      return bridged;
    }
    etherType = u16(header - 2) === 0x0021 ? 0x0800 : u16(header - 2);
  } else {
    if (data.length < 14) return undefined;
    const mac = (at: number) => Array.from(data.subarray(at, at + 6), (b) => b.toString(16).padStart(2, '0')).join(':');
    [src, dst, etherType, header] = [mac(6), mac(0), u16(12), 14];
    if (etherType === 0x8100 && data.length >= 18) {
      pcp = data[14] >> 5;
      etherType = u16(16);
      header = 18;
    }
  }
  const frame: Frame = {
    src,
    dst,
    etherType,
    kind: KINDS[etherType] ?? `ethertype-${etherType.toString(16).padStart(4, '0')}`,
    size: length - header,
  };
  if (pcp !== undefined) frame.pcp = pcp;
  if (etherType === 0x0800 && data.length >= header + 20) {
    const ip = (at: number) => Array.from(data.subarray(at, at + 4)).join('.');
    frame.srcIp = ip(header + 12);
    frame.dstIp = ip(header + 16);
    const ihl = (data[header] & 0x0f) * 4;
    const transport = TRANSPORTS[data[header + 9]];
    if (transport && data.length >= header + ihl + 4) {
      frame.kind = transport;
      frame.ports = [u16(header + ihl), u16(header + ihl + 2)];
    }
  }
  return frame;
}
