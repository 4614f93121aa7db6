/**
 * A capture file's packets, from its bytes: pcap (both byte orders, µs and ns magic) and pcapng
 * (section header, interface description with if_tsresol, enhanced and simple packet blocks, both
 * byte orders). No well-kept JavaScript reader exists, so this one is small and strict: a truncated
 * or corrupt file throws naming the file, the byte offset, the block and what was expected there.
 * Pure: bytes in, packets out (times in ns from the first packet).
 */
import { ImportError } from '../ImportError.ts';

export interface CapturedPacket {
  /** ns after the capture's first packet */
  time: number;
  /** the frame's length on the wire as captured (orig_len), without FCS for LINKTYPE_ETHERNET */
  length: number;
  /** the captured bytes (at most the snap length) */
  data: Uint8Array;
  /** simple packet blocks carry no time: this one's is its predecessor's */
  untimed?: boolean;
}

export interface Capture {
  format: 'pcap' | 'pcapng';
  /** LINKTYPE of the (first) interface: 1 is Ethernet */
  linkType: number;
  packets: CapturedPacket[];
}

export interface CaptureFile {
  name: string;
  bytes: Uint8Array;
}

const PCAP_US = 0xa1b2c3d4;
const PCAP_NS = 0xa1b23c4d;
const SHB = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

export function readCapture(f: CaptureFile): Capture {
  const v = new DataView(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
  const fail = (offset: number, block: string, expected: string): never => {
    throw new ImportError(f.name, `byte ${offset}`, `${block}: ${expected}`);
  };
  if (f.bytes.length < 4) fail(0, 'file header', `a pcap or pcapng magic number (4 bytes), the file has ${f.bytes.length}`);
  const le = v.getUint32(0, true);
  const be = v.getUint32(0, false);
  if (le === SHB || be === SHB) return readPcapng(v, fail);
  const little = le === PCAP_US || le === PCAP_NS;
  if (!little && be !== PCAP_US && be !== PCAP_NS)
    fail(0, 'file header', `a pcap magic (a1b2c3d4, a1b23c4d, either byte order) or a pcapng section header (0a0d0d0a), not ${hex(be)}`);
  return readPcap(v, little, (little ? le : be) === PCAP_NS ? 1 : 1000, fail);
}

type Fail = (offset: number, block: string, expected: string) => never;

function readPcap(v: DataView, little: boolean, nsPerTick: number, fail: Fail): Capture {
  if (v.byteLength < 24) fail(0, 'pcap global header', `24 bytes, the file has ${v.byteLength}`);
  const linkType = v.getUint32(20, little) & 0xffff;
  const packets: CapturedPacket[] = [];
  let first: bigint | undefined;
  for (let at = 24; at < v.byteLength; ) {
    const record = `pcap record ${packets.length + 1}`;
    if (at + 16 > v.byteLength) fail(at, record, `a 16-byte record header, ${v.byteLength - at} bytes left`);
    const sub = v.getUint32(at + 4, little);
    if (sub >= 1e9 / nsPerTick) fail(at + 4, record, `a fraction of a second below ${1e9 / nsPerTick}, not ${sub}`);
    const ts = BigInt(v.getUint32(at, little)) * 1_000_000_000n + BigInt(sub * nsPerTick);
    const caplen = v.getUint32(at + 8, little);
    const length = v.getUint32(at + 12, little);
    if (caplen > length) fail(at + 8, record, `a captured length (${caplen}) at most the original length (${length})`);
    if (at + 16 + caplen > v.byteLength) fail(at + 16, record, `${caplen} captured bytes, ${v.byteLength - at - 16} left (a truncated capture)`);
    first ??= ts;
    packets.push({ time: Number(ts - first), length, data: new Uint8Array(v.buffer, v.byteOffset + at + 16, caplen) });
    at += 16 + caplen;
  }
  return { format: 'pcap', linkType, packets };
}

function readPcapng(v: DataView, fail: Fail): Capture {
  let little = true;
  /** each interface of the current section: link type and ns per timestamp unit (a fraction for finer ones) */
  let interfaces: { linkType: number; unitsPerSecond: bigint }[] = [];
  let linkType: number | undefined;
  const packets: CapturedPacket[] = [];
  let first: bigint | undefined;
  for (let at = 0; at < v.byteLength; ) {
    if (at + 12 > v.byteLength) fail(at, 'pcapng block', `a 12-byte block header and trailer, ${v.byteLength - at} bytes left (a truncated capture)`);
    let type = v.getUint32(at, little);
    if (v.getUint32(at, true) === SHB) {
      const magic = v.getUint32(at + 8, true);
      if (magic !== BYTE_ORDER_MAGIC && v.getUint32(at + 8, false) !== BYTE_ORDER_MAGIC)
        fail(at + 8, 'section header block', `the byte-order magic 1a2b3c4d, not ${hex(magic)}`);
      little = magic === BYTE_ORDER_MAGIC;
      type = SHB;
      interfaces = [];
    }
    const name = BLOCKS[type] ?? `block type ${hex(type)}`;
    const total = v.getUint32(at + 4, little);
    if (total < 12 || total % 4 !== 0) fail(at + 4, name, `a block length of 12 or more, a multiple of 4, not ${total}`);
    if (at + total > v.byteLength) fail(at + 4, name, `${total} bytes, ${v.byteLength - at} left (a truncated capture)`);
    if (v.getUint32(at + total - 4, little) !== total) fail(at + total - 4, name, `the block length ${total} repeated at its end`);
    const body = at + 8;
    const end = at + total - 4;
    if (type === 1) {
      if (end - body < 8) fail(body, name, 'link type, reserved and snap length (8 bytes)');
      const ifLink = v.getUint16(body, little);
      linkType ??= ifLink;
      interfaces.push({ linkType: ifLink, unitsPerSecond: tsresol(v, body + 8, end, little, fail) });
    } else if (type === 6 || type === 3) {
      const head = type === 6 ? 20 : 4;
      if (end - body < head) fail(body, name, `a ${head}-byte packet header`);
      const iface = type === 6 ? v.getUint32(body, little) : 0;
      if (iface >= interfaces.length) fail(body, name, `an interface described before it (${interfaces.length} so far), not interface ${iface}`);
      const length = v.getUint32(body + head - 4, little);
      const caplen = type === 6 ? v.getUint32(body + 12, little) : Math.min(length, end - body - head);
      if (body + head + caplen > end) fail(body + 12, name, `${caplen} captured bytes inside the block, ${end - body - head} there`);
      let time: number;
      let untimed: true | undefined;
      if (type === 6) {
        const ticks = (BigInt(v.getUint32(body + 4, little)) << 32n) | BigInt(v.getUint32(body + 8, little));
        const ns = (ticks * 1_000_000_000n) / interfaces[iface].unitsPerSecond;
        first ??= ns;
        time = Number(ns - first);
      } else {
        time = packets.length > 0 ? packets[packets.length - 1].time : 0;
        untimed = true;
      }
      packets.push({ time, length, data: new Uint8Array(v.buffer, v.byteOffset + body + head, caplen), ...(untimed ? { untimed } : {}) });
    }
    at += total;
  }
  return { format: 'pcapng', linkType: linkType ?? 1, packets };
}

const BLOCKS: Record<number, string> = {
  [SHB]: 'section header block',
  1: 'interface description block',
  3: 'simple packet block',
  6: 'enhanced packet block',
};

/** the if_tsresol option (code 9): 10^-n or, with the top bit set, 2^-n seconds; default µs */
function tsresol(v: DataView, at: number, end: number, little: boolean, fail: Fail): bigint {
  while (at + 4 <= end) {
    const code = v.getUint16(at, little);
    const len = v.getUint16(at + 2, little);
    if (code === 0) break;
    if (at + 4 + len > end) fail(at, 'interface description block', `option ${code} of ${len} bytes inside the block`);
    if (code === 9) {
      const r = v.getUint8(at + 4);
      const exp = BigInt(r & 0x7f);
      if ((r & 0x80 ? exp : exp * 4n) > 64n) fail(at + 4, 'interface description block', `an if_tsresol finer than 2^-64 s, not ${r}`);
      return r & 0x80 ? 1n << exp : 10n ** exp;
    }
    at += 4 + Math.ceil(len / 4) * 4;
  }
  return 1_000_000n;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');
