/**
 * The pool's trace channel (the CLI's worker threads and the app's Web Workers alike) with an output
 * much slower than the run: a replication waiting for its output sends no progress, but the parts it
 * sends and the host takes count as signs of life, so it is not taken for a stuck worker; its trace
 * arrives whole and in order, and the replication counts as done only once its output has ended.
 */
import type { Remote } from 'comlink';
import { describe, expect, test } from 'vitest';
import { createSimApi } from '../api/createSimApi.ts';
import type { SimApi } from '../api/SimApi.ts';
import type { TraceOutput } from '../api/traceRun.ts';
import { loadScenario } from '../scenario/load.ts';
import { FakeWorker, fakePool, tick } from './fakeWorker.ts';

const model = loadScenario(
  {
    format: 'netloom.scenario/v1',
    name: 'busy link',
    nodes: [
      { id: 'A', type: 'sensor' },
      { id: 'B', type: 'plc' },
    ],
    links: [{ from: 'A', to: 'B', rate: '1 Gb/s' }],
    flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '10 us' } }],
    simulation: { duration: '200 ms' },
  },
  {},
  { replications: 2 },
);

describe('traceChannel', () => {
  test('a replication paused for a slow output for longer than the silence allowed is not stuck; its trace is whole', async () => {
    const p = fakePool(() => new FakeWorker(createSimApi() as unknown as Remote<SimApi>), { silenceMs: 400 });
    const got = [0, 1].map(() => ({ text: '', ended: false }));
    const output = (r: number): TraceOutput => ({
      csv: async (t) => {
        await tick(150); // 20,000 packets in 5 parts: 750 ms of waiting per replication, past the 400 ms of silence allowed
        got[r].text += t;
      },
      pcap: () => {},
      end: () => {
        got[r].ended = true;
      },
    });
    const started = performance.now();
    const report = await p.run({ model, trace: { request: () => ({ packets: true, windowBytes: 1 }), output } }).promise;
    expect(performance.now() - started).toBeGreaterThan(400);
    for (const g of got) {
      const rows = g.text.trim().split('\n');
      expect(rows.length).toBe(20_000);
      expect(rows.map((row) => Number(row.split(',')[2]))).toEqual(rows.map((_, i) => i));
      expect(g.ended).toBe(true);
    }
    expect(report.flows[0].delivered).toBe(2 * 20_000);
  });
});
