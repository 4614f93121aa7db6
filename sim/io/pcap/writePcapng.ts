/**
 * pcapng blocks (draft-ietf-opsawg-pcapng), little-endian: a section header (SHB) and one
 * interface (IDB: Ethernet, or PPP for a point-to-point link) with if_tsresol = 9 (timestamps in
 * ns) open a file, then an enhanced packet block (EPB) per frame. A file is `pcapngHeader(…)` followed by any number of
 * `enhancedPackets(…)`, so a host can write it as it goes. Pure: bytes out, no file system.
 */
import { LINKTYPE_ETHERNET } from './decodeFrame.ts';

const SHB = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const IDB = 1;
const EPB = 6;
const OPT_END = 0;
const OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const IF_TSRESOL = 9;
/** frames are written whole: a snap length of 0 means "no limit" */
const SNAPLEN = 0;

const pad4 = (n: number) => (n + 3) & ~3;
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Options (code, value) as their bytes, ended by opt_endofopt. */
function options(list: [number, Uint8Array][]): Uint8Array {
  const out = new Uint8Array(list.reduce((n, [, v]) => n + 4 + pad4(v.length), 4));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [code, value] of list) {
    view.setUint16(at, code, true);
    view.setUint16(at + 2, value.length, true);
    out.set(value, at + 4);
    at += 4 + pad4(value.length);
  }
  view.setUint16(at, OPT_END, true);
  return out;
}

/** A block: type, total length, body, total length again. */
function block(type: number, body: Uint8Array): Uint8Array {
  const total = 12 + pad4(body.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, type, true);
  view.setUint32(4, total, true);
  out.set(body, 8);
  view.setUint32(total - 4, total, true);
  return out;
}

export interface PcapInterface {
  /** if_name, e.g. "S1:3" */
  name: string;
  /** if_description, e.g. "S1 → S2, 1 Gb/s" */
  description: string;
  /** shb_userappl, e.g. "NetLoom 0.4.0" */
  application: string;
  /** LINKTYPE_ETHERNET (the default) or LINKTYPE_PPP */
  linkType?: number;
}

/** The section header and the one interface (its link type, ns timestamps) a file's frames are on. */
export function pcapngHeader(iface: PcapInterface): Uint8Array {
  const shbOpts = options([[SHB_USERAPPL, utf8(iface.application)]]);
  const shb = new Uint8Array(16 + shbOpts.length);
  const s = new DataView(shb.buffer);
  s.setUint32(0, BYTE_ORDER_MAGIC, true);
  s.setUint16(4, 1, true); // major version
  s.setUint16(6, 0, true); // minor version
  s.setInt32(8, -1, true); // section length: not given
  s.setInt32(12, -1, true);
  shb.set(shbOpts, 16);
  const idbOpts = options([
    [IF_NAME, utf8(iface.name)],
    [IF_DESCRIPTION, utf8(iface.description)],
    [IF_TSRESOL, Uint8Array.of(9)],
  ]);
  const idb = new Uint8Array(8 + idbOpts.length);
  const i = new DataView(idb.buffer);
  i.setUint16(0, iface.linkType ?? LINKTYPE_ETHERNET, true);
  i.setUint32(4, SNAPLEN, true);
  idb.set(idbOpts, 8);
  return concat([block(SHB, shb), block(IDB, idb)]);
}

/** A packet's comment as its option bytes (made once, given to every enhancedPacket it marks). */
export const packetComment = (text: string): Uint8Array => options([[OPT_COMMENT, utf8(text)]]);

/** Bytes of the enhanced packet block of `frame` with `comment`'s option bytes. */
export const enhancedPacketLength = (frame: Uint8Array, comment?: Uint8Array): number => 32 + pad4(frame.length) + (comment?.length ?? 0);

/**
 * Writes into `out` at `at` the enhanced packet block of one frame captured whole at `timeNs` (an
 * integer) on interface 0, with its comment's option bytes (packetComment); returns where it ends.
 * Blocks of many frames go straight into one buffer, sized by enhancedPacketLength.
 */
export function writeEnhancedPacket(out: Uint8Array, at: number, timeNs: number, frame: Uint8Array, comment?: Uint8Array): number {
  const total = enhancedPacketLength(frame, comment);
  const v = new DataView(out.buffer, out.byteOffset + at, total);
  v.setUint32(0, EPB, true);
  v.setUint32(4, total, true);
  v.setUint32(8, 0, true); // interface 0
  v.setUint32(12, Math.floor(timeNs / 2 ** 32), true);
  v.setUint32(16, timeNs % 2 ** 32, true);
  v.setUint32(20, frame.length, true); // captured
  v.setUint32(24, frame.length, true); // on the wire (no FCS, as captures of Ethernet show it)
  out.set(frame, at + 28);
  out.fill(0, at + 28 + frame.length, at + 28 + pad4(frame.length));
  if (comment) out.set(comment, at + 28 + pad4(frame.length));
  v.setUint32(total - 4, total, true);
  return at + total;
}

/** One frame's enhanced packet block (writeEnhancedPacket into a buffer of its own). */
export function enhancedPacket(timeNs: number, frame: Uint8Array, comment?: Uint8Array): Uint8Array {
  const out = new Uint8Array(enhancedPacketLength(frame, comment));
  writeEnhancedPacket(out, 0, timeNs, frame, comment);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
