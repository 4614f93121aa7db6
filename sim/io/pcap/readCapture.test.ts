/**
 * The capture reader on files text2pcap wrote (test/fixtures/import/pcap, times known from
 * make_captures.py) and on byte layouts built here from the pcap and pcapng specifications
 * (big-endian, if_tsresol, simple packet blocks), and each kind of truncated or corrupt file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../test/fixtures/import/thrown.ts';
import { readCapture } from './readCapture.ts';

const FX = 'test/fixtures/import/pcap';
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`${FX}/${name}`)) });
/** make_captures.py's send times, µs: PROFINET k ms + jitter, GOOSE, UDP */
const JITTER = [0, 2, -1, 3, 0, 1, -2, 0, 2, 1];
const TIMES_US = [...JITTER.map((j, k) => 1000 * k + j), 500, 2500, 6500, ...[0, 1, 2, 3, 4].map((k) => 250 + 2000 * k)].sort((a, b) => a - b);

/** bytes from 32-bit words, in either byte order, and raw byte runs */
function words(little: boolean, ...parts: (number | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const p of parts) {
    if (Array.isArray(p)) out.push(...p);
    else {
      const b = [(p >>> 24) & 255, (p >>> 16) & 255, (p >>> 8) & 255, p & 255];
      out.push(...(little ? b.reverse() : b));
    }
  }
  return new Uint8Array(out);
}
const FRAME = [...Array(12).fill(2), 0x88, 0x92, ...Array(46).fill(0)]; // 60 B

describe('readCapture', () => {
  it.each(['cell.pcap', 'cell.ns.pcap', 'cell.pcapng'])('%s (text2pcap): 18 packets at the times written, with their lengths', (name) => {
    const c = readCapture(fixture(name));
    expect(c.linkType).toBe(1);
    expect(c.packets.map((p) => p.time)).toEqual(TIMES_US.map((t) => t * 1000));
    expect(new Set(c.packets.map((p) => p.length))).toEqual(new Set([64, 120, 142]));
  });

  it('big-endian pcap with the nanosecond magic', () => {
    const file = words(false, 0xa1b23c4d, 0x00020004, 0, 0, 65535, 1, 10, 5, 60, 60, FRAME, 10, 1_000_005, 60, 64, FRAME);
    const c = readCapture({ name: 'be.pcap', bytes: file });
    expect(c.packets.map((p) => [p.time, p.length, p.data.length])).toEqual([
      [0, 60, 60],
      [1_000_000, 64, 60],
    ]);
  });

  it("big-endian pcapng: if_tsresol 10^-9 and 2^-10, and a simple packet block at its predecessor's time", () => {
    const shb = words(false, 0x0a0d0d0a, 28, 0x1a2b3c4d, 0x00010000, 0xffffffff, 0xffffffff, 28);
    const idb = (resol: number) => words(false, 1, 32, 0x00010000, 65535, 0x00090001, [resol, 0, 0, 0], 0, 32);
    const epb = (iface: number, low: number) => words(false, 6, 92, iface, 0, low, 60, 60, FRAME, 92);
    const spb = words(false, 3, 76, 60, FRAME, 76);
    const c = readCapture({ name: 'be.pcapng', bytes: new Uint8Array([...shb, ...idb(9), ...idb(0x8a), ...epb(0, 1000), ...epb(1, 1024 * 2), ...spb]) });
    // 1000 ns, then 2048 / 2^10 s = 2 s
    expect(c.packets.map((p) => [p.time, p.untimed ?? false])).toEqual([
      [0, false],
      [2e9 - 1000, false],
      [2e9 - 1000, true],
    ]);
  });

  it('truncated or corrupt: file, byte offset, block and what was expected', () => {
    const pcap = readFileSync(`${FX}/cell.pcap`);
    expect(thrown(() => readCapture({ name: 'x.pcap', bytes: new Uint8Array(pcap.subarray(0, pcap.length - 10)) })).message).toMatch(
      /^x\.pcap:byte \d+: pcap record 18: \d+ captured bytes, \d+ left \(a truncated capture\)$/,
    );
    expect(thrown(() => readCapture({ name: 'x.pcap', bytes: new Uint8Array([1, 2, 3, 4, 5]) })).message).toBe(
      'x.pcap:byte 0: file header: a pcap magic (a1b2c3d4, a1b23c4d, either byte order) or a pcapng section header (0a0d0d0a), not 01020304',
    );
    const ng = new Uint8Array(readFileSync(`${FX}/cell.pcapng`));
    expect(thrown(() => readCapture({ name: 'x.pcapng', bytes: ng.subarray(0, ng.length - 3) })).message).toMatch(
      /^x\.pcapng:byte \d+: enhanced packet block: \d+ bytes, \d+ left \(a truncated capture\)$/,
    );
    const bad = ng.slice();
    bad[8] = 0; // the byte-order magic
    expect(thrown(() => readCapture({ name: 'x.pcapng', bytes: bad })).message).toBe(
      'x.pcapng:byte 8: section header block: the byte-order magic 1a2b3c4d, not 1a2b3c00',
    );
    const shb = words(true, 0x0a0d0d0a, 28, 0x1a2b3c4d, 0x00010000, 0xffffffff, 0xffffffff, 28);
    const orphan = words(true, 6, 92, 0, 0, 0, 60, 60, FRAME, 92);
    expect(thrown(() => readCapture({ name: 'x.pcapng', bytes: new Uint8Array([...shb, ...orphan]) })).message).toBe(
      'x.pcapng:byte 36: enhanced packet block: an interface described before it (0 so far), not interface 0',
    );
  });
});
