/**
 * ns-3 R1 (issue 11, "How we will know"): what R1's sources send in its first 5 ms, captured by
 * ns-3 itself (test/fixtures/import/ns3/make_r1_capture.sh: R1's program with EnablePcap on each
 * source's link, nanosecond timestamps), imports to R1's flows with their exact packet counts,
 * sizes and send times, from R1's rules (anchors/ns3/README.md "Flows"): control o_j + n·1 ms with
 * o_j = floor(j·1 000 000 / 24), 100 B; video n·56 000 ns, 1400 B; background Poisson from
 * mulberry32(1) (poisson_ref.py's JavaScript rule), 1400 B. The capture sees a packet when its
 * transmission starts: the send time, except where the background source's link is still busy.
 *
 * The imported plant, run, then matches ns-3's own per-packet record of the packets sent in the same
 * 5 ms (ns3/r1-trace-10ms.csv: R1's program with its --trace option, rebuilt live by ns3Trace.test.ts;
 * R1's queues are FIFO, so later packets change nothing of earlier ones) to the nanosecond, flow by flow (count,
 * sum, min and max of delays): control and video delays as ns-3 measures them, background delays
 * counted from each packet's transmission start (the time the capture gives, which the importer
 * takes as the send time and says so).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTraffic } from '../../sim/api/importTraffic.ts';
import { runScenario } from '../../sim/api/index.ts';

const FX = 'test/fixtures/import/ns3';
const WINDOW_NS = 5_000_000;

function importR1() {
  const scenario = { ...JSON.parse(readFileSync('scenarios/reference/r1-line-cell.json', 'utf8')), flows: [] };
  const map = new Map(
    readFileSync(`${FX}/r1-addresses.txt`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('=').reverse() as [string, string]),
  );
  return importTraffic(scenario, { name: 'r1-sources.pcap', bytes: new Uint8Array(readFileSync(`${FX}/r1-sources.pcap`)) }, map);
}

/** The imported flow that carries ns-3's flow number n (0..23 control source j, 24 video, 25 background). */
function importedId(n: number): string {
  if (n === 24) return 'udp-D1_1-EDGE';
  if (n === 25) return 'udp-D1_2-EDGE';
  return `udp-D${2 + Math.floor(n / 8)}_${1 + (n % 8)}-PLC`;
}

/** anchors/ns3/poisson_ref.py's JavaScript snippet: the background source's send times */
function poissonTimes(seed: number, meanNs: number, stopNs: number): number[] {
  let a = seed | 0;
  let t = 0;
  const out: number[] = [];
  for (;;) {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    const u = ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    t += Math.round(-meanNs * Math.log(1 - u));
    if (t >= stopNs) return out;
    out.push(t);
  }
}

describe('ns-3 R1 capture → R1 flows', () => {
  it('26 flows with the counts, sizes and send times of R1', () => {
    const r = importR1();
    const flows = new Map((r.scenario.flows ?? []).map((f) => [f.id, f]));
    expect(flows.size).toBe(26);
    const times = (id: string) => (flows.get(id)?.pattern as { times?: number[] } | undefined)?.times;
    // the capture's clock starts at its first packet, sent at 0 by D2_1 and D1_1
    for (let j = 0; j < 24; j++) {
      const id = `udp-D${2 + Math.floor(j / 8)}_${1 + (j % 8)}-PLC`;
      const o = Math.floor((j * 1_000_000) / 24);
      expect(times(id), id).toEqual([0, 1, 2, 3, 4].map((n) => o + n * 1_000_000));
      expect(flows.get(id)?.size).toBe('100 B');
    }
    expect(times('udp-D1_1-EDGE')).toEqual(Array.from({ length: Math.ceil(WINDOW_NS / 56_000) }, (_, n) => n * 56_000));
    // the background source can send while its last packet is still on the wire: the capture sees each one
    // when its transmission starts, max(send time, previous start + 11 216 ns for 1402 B at 1 Gb/s)
    const sent = poissonTimes(1, (1400 * 8 * 1e9) / 300e6, WINDOW_NS);
    const starts = sent.reduce<number[]>((s, t) => [...s, s.length === 0 ? t : Math.max(t, s[s.length - 1] + 11_216)], []);
    expect(starts.filter((t, n) => t !== sent[n]).length).toBeGreaterThan(0);
    expect(times('udp-D1_2-EDGE')).toEqual(starts);
    expect([flows.get('udp-D1_1-EDGE')?.size, flows.get('udp-D1_2-EDGE')?.size]).toEqual(['1400 B', '1400 B']);
  });

  it('the imported plant, run, gives each flow ns-3’s packet count and sum, min and max of delays, to the nanosecond', () => {
    const imported = importR1();
    expect(imported.assumed.map((n) => n.what).join('\n')).toMatch(/transmission start/i);
    const report = runScenario({ scenario: imported.scenario });
    const rows = readFileSync('test/validation/ns3/r1-trace-10ms.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','))
      .filter((r) => Number(r[3]) < WINDOW_NS); // the packets sent in the capture's window
    const sendTimes = new Map((imported.scenario.flows ?? []).map((f) => [f.id, (f.pattern as { times: number[] }).times]));
    const expected = new Map<string, { count: number; sum: number; min: number; max: number }>();
    let shifted = 0;
    for (const [, flow, seq, sendNs, recvNs] of rows) {
      const id = importedId(Number(flow));
      // the capture's time of this packet: ns-3's send time, or later when the source's link was busy
      const start = sendTimes.get(id)![Number(seq)];
      if (start !== Number(sendNs)) shifted++;
      const delay = Number(recvNs) - start;
      const e = expected.get(id) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity };
      expected.set(id, { count: e.count + 1, sum: e.sum + delay, min: Math.min(e.min, delay), max: Math.max(e.max, delay) });
    }
    expect(shifted).toBeGreaterThan(0); // the background source's busy link: the capture and ns-3's send time differ
    expect(expected.size).toBe(26);
    for (const [id, e] of expected) {
      const f = report.flows.find((x) => x.id === id)!;
      expect({
        id,
        count: f.delivered,
        sum: Math.round(f.latency!.sum * 1e9),
        min: Math.round(f.latency!.min * 1e9),
        max: Math.round(f.latency!.max * 1e9),
      }).toEqual({ id, ...e });
    }
  });
});
