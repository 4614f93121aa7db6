import { describe, expect, it } from 'vitest';
import { readCapture } from './readCapture.ts';
import type { FlowProtocol } from '../../scenario/schema.ts';
import { decodeFrame as decode, LINKTYPE_PPP } from './decodeFrame.ts';
import { flowPorts, ipv4Checksum, macText, nodeIp, nodeMac, synthesizeFrame, type FrameEnds } from './synthesizeFrame.ts';
import { concat, enhancedPacket, packetComment, pcapngHeader } from './writePcapng.ts';

const ends = (protocol: FlowProtocol): FrameEnds => ({
  srcMac: nodeMac('CAM1'),
  dstMac: nodeMac('EDGE1'),
  srcIp: nodeIp(0),
  dstIp: nodeIp(41),
  srcPort: 49153,
  dstPort: 57345,
  protocol,
});

const file = (frames: [number, Uint8Array][]) =>
  concat([
    pcapngHeader({ name: 'S1:3', description: 'S1 → S2', application: 'NetLoom test' }),
    ...frames.map(([t, f]) => enhancedPacket(t, f, packetComment('video'))),
  ]);

describe('pcapng writer', () => {
  it('the reader of captures (readCapture) reads back every frame, its time to the ns past 2^32 ns, and its bytes', () => {
    const frames: [number, Uint8Array][] = [
      [5_000_000_123, synthesizeFrame(ends('udp'), 1400, 5, true)],
      [5_000_056_123, synthesizeFrame(ends('udp'), 100, 0, false)],
      [9_007_199_254, synthesizeFrame(ends('profinet-rt'), 40, 6, false)],
    ];
    const c = readCapture({ name: 'out.pcapng', bytes: file(frames) });
    expect(c.format).toBe('pcapng');
    expect(c.linkType).toBe(1);
    expect(c.packets.map((p) => p.time)).toEqual([0, 56_000, 4_007_199_131]); // ns after the first
    expect(c.packets.map((p) => p.length)).toEqual([1418, 114, 60]);
    expect(c.packets.map((p) => Array.from(p.data))).toEqual(frames.map(([, f]) => Array.from(f)));
  });

  it('frames decode (decodeFrame) to their MACs, PCP, kind, UDP ports and the size NetLoom was handed', () => {
    const [udp, untagged, pn] = [
      synthesizeFrame(ends('udp'), 1400, 5, true),
      synthesizeFrame(ends('udp'), 100, 0, false),
      synthesizeFrame(ends('profinet-rt'), 40, 6, true),
    ];
    expect(decode(udp, udp.length)).toEqual({
      src: macText(nodeMac('CAM1')),
      dst: macText(nodeMac('EDGE1')),
      etherType: 0x0800,
      kind: 'udp',
      size: 1400,
      pcp: 5,
      srcIp: '10.0.0.1',
      dstIp: '10.0.0.42',
      ports: [49153, 57345],
    });
    expect(decode(untagged, untagged.length)).toMatchObject({ kind: 'udp', size: 100 });
    expect(decode(pn, pn.length)).toMatchObject({ kind: 'profinet-rt', etherType: 0x8892, pcp: 6, size: 42 }); // padded to 60 B
  });

  it("the IPv4 header checksum sums to 0xffff with the header (RFC 1071's check)", () => {
    const f = synthesizeFrame(ends('udp'), 1400, 5, true);
    let sum = 0;
    for (let i = 0; i < 20; i += 2) sum += (f[18 + i] << 8) | f[18 + i + 1];
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
    expect(sum).toBe(0xffff);
    // Wikipedia's worked example (IPv4 header checksum): 4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7 → b861
    const example = Uint8Array.of(0x45, 0, 0, 0x73, 0, 0, 0x40, 0, 0x40, 0x11, 0, 0, 0xc0, 0xa8, 0, 1, 0xc0, 0xa8, 0, 0xc7);
    expect(ipv4Checksum(example, 0)).toBe(0xb861);
  });

  it("a node's MAC is locally administered, unicast and the same for the same id", () => {
    const mac = nodeMac('PLC');
    expect(mac[0]).toBe(0x02);
    expect(macText(nodeMac('PLC'))).toBe(macText(mac));
    expect(macText(nodeMac('PLC2'))).not.toBe(macText(mac));
  });

  it('each protocol decodes back to itself, on Ethernet and bridged over PPP; UDP and TCP over PPP are IPv4 after 0x0021, as ns-3 writes', () => {
    const all: FlowProtocol[] = ['profinet-rt', 'goose', 'sv', 'ptp', 'udp', 'tcp'];
    for (const protocol of all)
      for (const tagged of [false, true]) {
        const eth = synthesizeFrame(ends(protocol), 100, 4, tagged);
        const ppp = synthesizeFrame(ends(protocol), 100, 4, tagged, true);
        expect(decode(eth, eth.length)).toMatchObject({ kind: protocol, size: 100 });
        expect(decode(ppp, ppp.length, LINKTYPE_PPP), `${protocol} over PPP`).toMatchObject({ kind: protocol, size: 100 });
      }
    const ip = synthesizeFrame(ends('udp'), 100, 0, true, true);
    expect(ip.length).toBe(102); // the model's PPP framing: 2 B
    expect(Array.from(ip.subarray(0, 3))).toEqual([0x00, 0x21, 0x45]);
    expect(decode(ip, ip.length, LINKTYPE_PPP)).toMatchObject({ srcIp: '10.0.0.1', dstIp: '10.0.0.42', ports: [49153, 57345] });
  });

  it('flow ports: 300,000 flows, 300,000 distinct pairs, all in the dynamic range (RFC 6335)', () => {
    const pairs = new Set<number>();
    let outside = 0;
    for (let i = 0; i < 300_000; i++) {
      const [src, dst] = flowPorts(i);
      if (Math.min(src, dst) < 49152 || Math.max(src, dst) > 65535) outside++;
      pairs.add(src * 65536 + dst);
    }
    expect(outside).toBe(0);
    expect(pairs.size).toBe(300_000);
  });
});
