/**
 * `run --pcap-out` writes each flow as its `protocol` says, on the link type its link is framed
 * with, and `import traffic` reads the protocol back: GSDML-imported cyclic flows are PROFINET RT
 * for tshark (Debian's), bridged over PPP (BCP, RFC 3518) where R1's point-to-point links carry
 * them; R1's captures are LINKTYPE_PPP as ns-3's own (test/fixtures/import/ns3/r1-sources.pcap:
 * 2 B protocol 0x0021, then IPv4), one frame per traced packet at its send time; 9,000 flows
 * between the same two nodes are 9,000 distinct UDP (address, port) tuples.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCapture } from '../../sim/io/pcap/readCapture.ts';
import { macText, nodeIp, nodeMac } from '../../sim/io/pcap/synthesizeFrame.ts';
import { netloom } from './netloom.ts';

const R1 = 'scenarios/reference/r1-line-cell.json';
const RIO = 'test/fixtures/import/gsdml/GSDML-V2.43-NetLoom-RemoteIO-20261207.xml';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-pcap-protocols-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const tsharkMissing = spawnSync('tshark', ['--version']).status !== 0;

/** tshark's fields of every frame (tab-separated), and its stderr besides the notice about running as root. */
function tshark(file: string, ...fields: string[]): { rows: string[][]; warnings: string } {
  const r = spawnSync('tshark', ['-r', file, '-T', 'fields', ...fields.flatMap((f) => ['-e', f])], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  return {
    rows: r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t')),
    warnings: r.stderr.replace(/^Running as user "root".*\n/m, ''),
  };
}

const ok = (r: { code: number; stderr: string }) => expect(r.code, r.stderr).toBe(0);
const linkType = (file: string) => readCapture({ name: file, bytes: new Uint8Array(readFileSync(file)) }).linkType;

describe.skipIf(tsharkMissing)('run --pcap-out, by protocol and link', () => {
  it('GSDML devices on R1: cyclic flows are PROFINET RT on the device link, bridged over PPP to the PLC, and import back as profinet-rt', () => {
    const plant = join(tmp, 'r1-rio.json');
    ok(netloom('import', 'devices', RIO, '--into', R1, '--attach', 'PLC', '--out', plant));
    const s = JSON.parse(readFileSync(plant, 'utf8'));
    const cyclic = s.flows.filter((f: { id: string }) => f.id.startsWith('RIO-16DI-8DO-'));
    expect(cyclic.map((f: { id: string; protocol: string }) => `${f.id} ${f.protocol}`)).toEqual([
      'RIO-16DI-8DO-in profinet-rt',
      'RIO-16DI-8DO-out profinet-rt',
    ]);
    const dir = join(tmp, 'r1-rio');
    ok(netloom('run', plant, '--duration', '5ms', '--pcap-out', dir, '--pcap-ports', 'RIO-16DI-8DO>S1,S1>PLC', '--workers', '1'));

    const device = join(dir, 'RIO-16DI-8DO_1.pcapng');
    expect(linkType(device)).toBe(1);
    const own = tshark(device, 'frame.protocols', 'vlan.priority');
    expect(own.warnings).toBe('');
    expect(own.rows).toEqual(Array.from({ length: 5 }, () => ['eth:ethertype:vlan:ethertype:pn_rt:pn_io', '6'])); // one per 1 ms cycle

    const toPlc = join(dir, 'S1_10.pcapng');
    expect(linkType(toPlc)).toBe(9);
    const plc = tshark(toPlc, 'frame.protocols');
    expect(plc.warnings).toBe('');
    const kinds = plc.rows.map(([p]) => p);
    expect(kinds.filter((p) => p === 'ppp:bcp_bpdu:eth:ethertype:vlan:ethertype:pn_rt:pn_io')).toHaveLength(5);
    expect(kinds.filter((p) => p === 'ppp:ip:udp:data')).toHaveLength(24 * 5); // R1's control flows
    expect(kinds.length).toBe(5 + 24 * 5);

    const back = join(tmp, 'r1-rio-back.json');
    const map = `${macText(nodeMac('RIO-16DI-8DO'))}=RIO-16DI-8DO,${macText(nodeMac('PLC'))}=PLC`;
    ok(netloom('import', 'traffic', device, '--into', plant, '--map', map, '--out', back));
    const imported = JSON.parse(readFileSync(back, 'utf8')).flows.filter(
      (f: { id: string; from: string }) => f.from === 'RIO-16DI-8DO' && !f.id.startsWith('RIO'),
    );
    expect(imported).toEqual([expect.objectContaining({ to: 'PLC', protocol: 'profinet-rt', priority: 6, size: `${cyclic[0].size.split(' ')[0]} B` })]);
  });

  it("R1's device ports are LINKTYPE_PPP, ns-3's framing, with one frame per traced packet at its send time", () => {
    const dir = join(tmp, 'r1');
    const trace = join(tmp, 'r1.csv');
    ok(netloom('run', R1, '--duration', '5ms', '--trace-out', trace, '--pcap-out', dir, '--pcap-ports', 'D1_1>S1,D2_1>S2', '--workers', '1'));
    const rows = readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    for (const [file, flow, size] of [
      ['D1_1_1.pcapng', 'video', 1400],
      ['D2_1_1.pcapng', 'ctrl-D2_1', 100],
    ] as const) {
      expect(linkType(join(dir, file))).toBe(9);
      const t = tshark(join(dir, file), 'frame.time_epoch', 'frame.len', 'frame.protocols', 'ppp.protocol');
      expect(t.warnings).toBe('');
      const sends = rows.filter(([, f]) => f === flow).map(([, , , sent]) => Number(sent));
      expect(sends.length).toBeGreaterThan(4);
      // a source's link is idle when it sends (video: 1,402 B at 1 Gb/s take 11.2 us of its 56 us period): each frame starts at the send time
      expect(t.rows.map(([time]) => Math.round(Number(time) * 1e9))).toEqual(sends);
      // ns-3's PPP header (2 B, protocol 0x0021) + the IP packet: the 2 B of R1's "framing": "ppp"
      expect(new Set(t.rows.map(([, len, protocols, ppp]) => `${len} ${protocols} ${ppp}`))).toEqual(new Set([`${size + 2} ppp:ip:udp:data 0x0021`]));
    }
  });

  it('9,000 flows between the same two nodes: 9,000 distinct (src ip, src port, dst ip, dst port), all plain UDP for tshark', () => {
    const n = 9000;
    const scenario = join(tmp, 'many.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        format: 'netloom.scenario/v1',
        name: 'many flows',
        nodes: [
          { id: 'A', type: 'sensor' },
          { id: 'B', type: 'plc' },
        ],
        links: [{ from: 'A', to: 'B', rate: '10 Gb/s' }],
        flows: Array.from({ length: n }, (_, i) => ({
          id: `f${i}`,
          from: 'A',
          to: 'B',
          size: '100 B',
          pattern: { type: 'periodic', period: '1 ms', offset: `${i * 100} ns` },
        })),
        simulation: { duration: '1 ms' },
      }),
    );
    const dir = join(tmp, 'many');
    ok(netloom('run', scenario, '--pcap-out', dir, '--pcap-ports', 'A:1'));
    const t = tshark(join(dir, 'A_1.pcapng'), 'ip.src', 'udp.srcport', 'ip.dst', 'udp.dstport', 'frame.protocols');
    expect(t.warnings).toBe('');
    expect(t.rows).toHaveLength(n);
    expect(new Set(t.rows.map(([a, b, c, d]) => `${a}:${b}>${c}:${d}`)).size).toBe(n);
    expect(new Set(t.rows.map(([, , , , p]) => p))).toEqual(new Set(['eth:ethertype:ip:udp:data']));
  });

  it('every protocol on Ethernet and on PPP: tshark reads it without a warning or an expert note, and import traffic reads the protocols back', () => {
    const protocols = ['profinet-rt', 'goose', 'sv', 'ptp', 'udp', 'tcp'];
    const ip = (i: number) => nodeIp(i).join('.');
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'protocols',
      nodes: [
        { id: 'A', type: 'io', addresses: [macText(nodeMac('A')), ip(0)] },
        { id: 'S', type: 'switch' },
        { id: 'B', type: 'plc', addresses: [macText(nodeMac('B')), ip(2)] },
      ],
      links: [
        { from: 'A', to: 'S', rate: '100 Mb/s' },
        { from: 'S', to: 'B', rate: '100 Mb/s', framing: 'ppp' },
      ],
      flows: protocols.map((protocol, i) => ({
        id: protocol,
        from: 'A',
        to: 'B',
        size: '200 B',
        protocol,
        ...(i % 2 ? { priority: 4 } : {}),
        pattern: { type: 'periodic', period: '1 ms', offset: `${i * 10} us` },
      })),
      simulation: { duration: '3 ms' },
    };
    const file = join(tmp, 'protocols.json');
    writeFileSync(file, JSON.stringify(scenario));
    const dir = join(tmp, 'protocols');
    ok(netloom('run', file, '--pcap-out', dir, '--pcap-ports', 'A:1,S:2'));
    for (const port of ['A_1', 'S_2']) {
      const capture = join(dir, `${port}.pcapng`);
      const t = tshark(capture, 'frame.protocols', '_ws.expert.message');
      expect(t.warnings).toBe('');
      // the one expert note is each frame's comment, its flow's id (the writer's packetComment)
      expect(t.rows.filter(([, expert]) => !protocols.includes(expert))).toEqual([]);
      expect(t.rows).toHaveLength(protocols.length * 3);
      const back = join(tmp, `${port}-back.json`);
      ok(netloom('import', 'traffic', capture, '--into', file, '--out', back));
      const imported = JSON.parse(readFileSync(back, 'utf8')).flows.slice(protocols.length);
      expect(imported.map((f: { protocol: string }) => f.protocol).sort(), port).toEqual([...protocols].sort());
      expect(imported.every((f: { size: string; pattern: { times: number[] } }) => f.size === '200 B' && f.pattern.times.length === 3)).toBe(true);
    }
  });
});
