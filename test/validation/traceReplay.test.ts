/**
 * Replaying a real capture (scenarios/examples/captures/udp-sizes.csv: 32 UDP datagrams captured
 * by tcpdump on Ethernet, exported by tshark) packet by packet, against the closed form: on one
 * link with no queueing, each packet's latency is its own serialization, (ip.len + 18 B Ethernet
 * header and FCS + 8 B preamble) · 8 / rate, plus the propagation delay, to the picosecond.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { Simulation } from '../../sim/engine/Simulation.ts';
import { loadScenario } from '../../sim/scenario/load.ts';

const folder = fileURLToPath(new URL('../../scenarios/examples/', import.meta.url));
const csv = readFileSync(join(folder, 'captures/udp-sizes.csv'), 'utf8');
const rows = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',').map(Number)); // [frame.time_relative, frame.len, ip.len]

const RATE = 1e9; // a byte is 8000 ps
const DELAY_PS = 1_000_000;
/** one link, the replay on it (from the gzip file, as the example scenario names it) */
const oneLink = (pattern: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: 'netloom.scenario/v1',
  name: 'replay on one link',
  nodes: [
    { id: 'A', type: 'host' },
    { id: 'B', type: 'host' },
  ],
  links: [{ from: 'A', to: 'B', rate: '1 Gb/s', delay: '1 us' }],
  flows: [{ id: 'replay', from: 'A', to: 'B', pattern, ...extra }],
  simulation: { duration: '100 ms' },
});
const run = (s: ReturnType<typeof oneLink>, files: Record<string, string>) => new Simulation(loadScenario(s, files)).run().flows[0];
const latencyPs = (ipLen: number) => ((ipLen + 18 + 8) * 8 * 1e12) / RATE + DELAY_PS;

describe('the capture itself', () => {
  it('is Ethernet: frame.len = ip.len + 14 on every row, so both size columns give the same sizes', () => {
    expect(rows).toHaveLength(32);
    for (const [, frameLen, ipLen] of rows) expect(frameLen - 14).toBe(ipLen);
    const frameOnly = 'frame.time_relative,frame.len\n' + rows.map(([t, f]) => `${t},${f}`).join('\n');
    const byIp = loadScenario(oneLink({ type: 'trace', file: 'c.csv' }), { 'c.csv': csv }).flows[0].pattern;
    const byFrame = loadScenario(oneLink({ type: 'trace', file: 'c.csv' }), { 'c.csv': frameOnly }).flows[0].pattern;
    expect(byFrame).toEqual(byIp);
  });

  it('reads the same from its gzip file as from the text', () => {
    const { files, issues } = readScenarioFiles({ flows: [{ pattern: { file: 'captures/udp-sizes.csv.gz' } }] }, folder);
    expect(issues).toEqual([]);
    expect(files['captures/udp-sizes.csv.gz']).toBe(csv);
  });
});

describe('a replayed capture against the closed form', () => {
  it("sends every packet at its captured time with its own size: each latency is that packet's serialization + propagation, to the picosecond", () => {
    const { files } = readScenarioFiles({ flows: [{ pattern: { file: 'captures/udp-sizes.csv.gz' } }] }, folder);
    const f = run(oneLink({ type: 'trace', file: 'captures/udp-sizes.csv.gz' }), files);
    const expected = rows.map(([, , ipLen]) => latencyPs(ipLen)); // in capture order (gaps ≥ 133 us ≫ 11.4 us: no queueing)
    expect(f.sent).toBe(32);
    expect(f.delivered).toBe(32);
    expect(f.deliveredBytes).toBe(rows.reduce((s, r) => s + r[2], 0));
    expect(f.min).toBe(Math.min(...expected));
    expect(f.max).toBe(Math.max(...expected));
    expect(f.sum).toBe(expected.reduce((a, b) => a + b, 0));
    // |d_i − d_{i−1}| summed in delivery order: only the captured order of sizes gives this
    expect(f.ipdvSum).toBe(expected.slice(1).reduce((s, d, i) => s + Math.abs(d - expected[i]), 0));
  });

  it('sends same-instant packets in file order: the second waits for the first and its 12 B gap', () => {
    const f = run(oneLink({ type: 'trace', file: 't.csv' }), { 't.csv': 'time,ip.len\n0,1400\n0,100\n' });
    expect(f.min).toBe(latencyPs(1400));
    expect(f.max).toBe(((1400 + 26 + 12 + 100 + 26) * 8 * 1e12) / RATE + DELAY_PS);
  });

  it('keeps sizes with their rows when the flow starts after the first ones', () => {
    const f = run(oneLink({ type: 'trace', file: 't.csv', unit: 'ms' }, { start: '1 ms' }), { 't.csv': 'time,size\n0,1400\n0.5,1000\n2,100\n' });
    expect(f.sent).toBe(1);
    expect(f.max).toBe(latencyPs(100));
  });
});
