import { describe, expect, it } from 'vitest';
import { readCapture } from '../io/pcap/readCapture.ts';
import { decodeFrame } from '../io/pcap/decodeFrame.ts';
import { loadScenario } from '../scenario/load.ts';
import { createSimApi } from './createSimApi.ts';
import { parsePorts, pcapHeaderOf, portLabels, TRACE_CSV_HEADER, type TraceRequest, traceOptions } from './traceRun.ts';

/** A → S → B at 100 Mb/s: a PROFINET RT flow (tagged, PCP 6) and a 4,000 B UDP message every 1 ms, fragmented to 1500 B. */
const scenario = {
  format: 'netloom.scenario/v1',
  name: 'trace',
  nodes: [
    { id: 'A', type: 'sensor' },
    { id: 'S', type: 'switch' },
    { id: 'B', type: 'plc' },
  ],
  links: [
    { from: 'A', to: 'S', rate: '100 Mb/s', delay: '0 s' },
    { from: 'S', to: 'B', rate: '100 Mb/s', delay: '0 s' },
  ],
  flows: [
    { id: 'pn-io', from: 'A', to: 'B', size: '40 B', priority: 6, protocol: 'profinet-rt', pattern: { type: 'periodic', period: '1 ms' } },
    { id: 'big,one', from: 'A', to: 'B', size: '4000 B', pattern: { type: 'periodic', period: '1 ms', offset: '500 us' } },
  ],
  simulation: { duration: '5 ms' },
};

async function traced(request: TraceRequest, s: object = scenario) {
  const api = createSimApi();
  api.load({ scenario: s });
  let csv = '';
  const pcap = new Map<number, Uint8Array[]>();
  let ended = 0;
  await api.traceReplication(0, undefined, request, {
    csv: (t) => {
      csv += t;
    },
    pcap: (p, b) => {
      pcap.set(p, [...(pcap.get(p) ?? []), b]);
    },
    end: () => {
      ended++;
    },
  });
  return { rows: csv.split('\n').filter((l) => l !== ''), pcap, ended, report: api.run() };
}

describe('traceRun', () => {
  const model = loadScenario(scenario);

  it('names ports NODE:k in the order their links are declared, and reads NODE:k, FROM>TO and all-switch-egress', () => {
    expect(portLabels(model)).toEqual(['A:1', 'S:1', 'S:2', 'B:1']);
    expect(parsePorts(model, 'S:2, A>S')).toEqual([0, 2]);
    expect(parsePorts(model, 'all-switch-egress')).toEqual([1, 2]);
    expect(() => parsePorts(model, 'S:3')).toThrow(`no port "S:3"; S's ports are S:1 (to A), S:2 (to B)`);
    expect(() => traceOptions(model, { packets: true, flows: ['nope'] })).toThrow('no flow "nope"');
  });

  it('one row per message as emitted (fragments are one packet), in the window only, a flow id with a comma quoted', async () => {
    const { rows, ended } = await traced({ packets: true, window: [0.001, 0.003] });
    expect(ended).toBe(1);
    expect(TRACE_CSV_HEADER).toBe('replication,flow,seq,send_ns,size_bytes,recv_ns,delay_ns,dropped_at\n');
    // pn-io: 40 B + 14 B header + 4 B tag + 4 B FCS, padded to 64 B, + 8 B preamble: 72 B × 80 ns = 5,760 ns per hop, 2 hops
    expect(rows.filter((r) => r.includes('pn-io'))).toEqual(['1,pn-io,1,1000000,40,1011520,11520,', '1,pn-io,2,2000000,40,2011520,11520,']);
    // big,one: fragments of 1500, 1500 and 1040 B (IPv4: 1,480 B of payload each); A→S sends them back to back
    // (1,518 B frames + 8 B preamble + 12 B gap: 123,040 ns apart), S forwards each when it is in; the last one
    // reaches S at 331,360 ns, waits for the second to leave S (368,160 ns) and arrives 85,280 ns later: 453,440 ns
    expect(rows.filter((r) => r.includes('big'))).toEqual(['1,"big,one",1,1500000,4000,1953440,453440,', '1,"big,one",2,2500000,4000,2953440,453440,']);
  });

  it('captures every fragment on a port at its transmission start, PROFINET tagged with its PCP, UDP otherwise', async () => {
    const { pcap } = await traced({ packets: false, ports: [2] });
    const bytes = [pcapHeaderOf(model, 2, 'test'), ...(pcap.get(2) ?? [])];
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    bytes.reduce((at, b) => (all.set(b, at), at + b.length), 0);
    const c = readCapture({ name: 'S_2.pcapng', bytes: all });
    const kinds = c.packets.map((p) => decodeFrame(p.data, p.length));
    expect(kinds.filter((k) => k?.kind === 'profinet-rt').length).toBe(5);
    expect(kinds.filter((k) => k?.kind === 'profinet-rt').every((k) => k?.pcp === 6)).toBe(true);
    expect(kinds.filter((k) => k?.kind === 'udp').length).toBe(5 * 3); // 4,000 B in fragments of 1,480 B of payload: 3 each
  });

  it("frames only from the window; a packet lost on a lossy link names that link's port", async () => {
    const { pcap } = await traced({ packets: false, ports: [2], window: [0.001, 0.003] });
    const bytes = [pcapHeaderOf(model, 2, 'test'), ...(pcap.get(2) ?? [])];
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    bytes.reduce((at, b) => (all.set(b, at), at + b.length), 0);
    expect(readCapture({ name: 'w.pcapng', bytes: all }).packets.length).toBe(2 + 2 * 3); // pn-io at 1, 2 ms; big,one at 1.5, 2.5 ms
    const lossy = { ...scenario, links: [scenario.links[0], { ...scenario.links[1], loss: 0.3 }], simulation: { duration: '50 ms' } };
    const { rows, report } = await traced({ packets: true }, lossy);
    const lost = rows.filter((r) => r.endsWith(',S:2'));
    expect(lost.length).toBe(report.flows[0].lost + report.flows[1].lost);
    expect(lost.length).toBeGreaterThan(10);
    expect(lost.every((r) => /,,,S:2$/.test(r))).toBe(true); // no arrival, no delay
  });

  it('a frame preempted (802.1Qbu) and resumed is captured once, at its first start', async () => {
    // test/validation/preemption.test.ts's line: 1500 B background every 500 us cut twice by 100 B express frames
    const preempting = {
      format: 'netloom.scenario/v1',
      name: 'preemption',
      nodes: [
        { id: 'h1', type: 'host', tsn: { preemption: { express: [7] } } },
        { id: 'sw', type: 'switch', switch: { latency: '0 s', cutThrough: '64 B' } },
        { id: 'h2', type: 'host' },
      ],
      links: [
        { from: 'h1', to: 'sw', rate: '100 Mb/s', delay: '100 ns' },
        { from: 'sw', to: 'h2', rate: '100 Mb/s', delay: '100 ns' },
      ],
      flows: [
        { id: 'bg', from: 'h1', to: 'h2', size: '1500 B', priority: 0, pattern: { type: 'periodic', period: '500 us' } },
        { id: 'hp', from: 'h1', to: 'h2', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '100 us', offset: '30 us' } },
      ],
      simulation: { duration: '10 ms' },
    };
    const { pcap } = await traced({ packets: false, ports: [0] }, preempting);
    const bytes = [pcapHeaderOf(loadScenario(preempting), 0, 'test'), ...(pcap.get(0) ?? [])];
    const all = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    bytes.reduce((at, b) => (all.set(b, at), at + b.length), 0);
    const packets = readCapture({ name: 'h1.pcapng', bytes: all }).packets;
    expect(packets.length).toBe(20 + 100);
    expect(packets.filter((p) => p.length === 1518).map((p) => p.time)).toEqual(Array.from({ length: 20 }, (_, n) => n * 500_000));
  });
});
