/**
 * ns-3 R1 (issue 11, "How we will know"): what R1's sources send in its first 5 ms, captured by
 * ns-3 itself (test/fixtures/import/ns3/make_r1_capture.sh: R1's program with EnablePcap on each
 * source's link, nanosecond timestamps), imports to R1's flows with their exact packet counts,
 * sizes and send times, from R1's rules (anchors/ns3/README.md "Flows"): control o_j + n·1 ms with
 * o_j = floor(j·1 000 000 / 24), 100 B; video n·56 000 ns, 1400 B; background Poisson from
 * mulberry32(1) (poisson_ref.py's JavaScript rule), 1400 B. The capture sees a packet when its
 * transmission starts: the send time, except where the background source's link is still busy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTraffic } from '../../sim/api/importTraffic.ts';

const FX = 'test/fixtures/import/ns3';
const WINDOW_NS = 5_000_000;

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
    const scenario = { ...JSON.parse(readFileSync('scenarios/reference/r1-line-cell.json', 'utf8')), flows: [] };
    const map = new Map(
      readFileSync(`${FX}/r1-addresses.txt`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split('=').reverse() as [string, string]),
    );
    const r = importTraffic(scenario, { name: 'r1-sources.pcap', bytes: new Uint8Array(readFileSync(`${FX}/r1-sources.pcap`)) }, map);
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
});
