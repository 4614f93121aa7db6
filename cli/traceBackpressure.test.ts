/**
 * A traced run over the CLI's pool (real worker threads, the bundled SimApi worker, comlink between
 * them) into outputs slower than the simulation: this process never holds more of a replication's
 * trace than its window plus one part, counted here as parts arrive and are taken, and the trace is
 * the one outputs that take every part at once receive.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, type TraceOutput } from '../sim/api/index.ts';
import { nodePool } from './nodePool.ts';

const R1 = JSON.parse(readFileSync(new URL('../scenarios/reference/r1-line-cell.json', import.meta.url), 'utf8'));
const model = loadScenario(R1, {}, { durationS: 1, replications: 2 });
const worker = new URL('../dist/js/simWorker.mjs', import.meta.url);
const WINDOW = 256 * 1024;

beforeAll(async () => {
  const { buildJs, jsStale } = await import('../scripts/build-dist.mjs');
  if (jsStale()) await buildJs(); // as bin/netloom.mjs does: the worker bundle of this checkout
}, 120_000);

/** Each replication's trace, with the most of it this process held untaken at once; `delayMs`: each part is taken that late. */
async function traced(delayMs: number | undefined) {
  const got = Array.from({ length: 2 }, () => ({ text: '', held: 0, maxHeld: 0, maxPart: 0 }));
  const output = (r: number): TraceOutput => {
    const g = got[r];
    let queue = Promise.resolve();
    return {
      csv(t) {
        g.maxPart = Math.max(g.maxPart, t.length);
        if (delayMs === undefined) {
          g.text += t;
          return;
        }
        g.held += t.length;
        g.maxHeld = Math.max(g.maxHeld, g.held);
        queue = queue
          .then(() => new Promise((done) => setTimeout(done, delayMs)))
          .then(() => {
            g.text += t;
            g.held -= t.length;
          });
        return queue;
      },
      pcap() {},
      end: () => queue,
    };
  };
  const pool = nodePool(worker, 2);
  const report = await pool.run({ model, trace: { request: () => ({ packets: true, windowBytes: WINDOW }), output } }).promise;
  return { got, report };
}

describe('a traced run whose output is slower than the simulation', () => {
  it('holds at most the window plus one part of each replication here, and gives the trace a fast output gets', async () => {
    const fast = await traced(undefined);
    const slow = await traced(100); // R1 makes a part of 4,096 rows in ~30-60 ms
    expect(slow.report.flows).toEqual(fast.report.flows);
    for (const [r, g] of slow.got.entries()) {
      expect(g.text).toBe(fast.got[r].text);
      expect(g.text.length).toBeGreaterThan(5 * (WINDOW + g.maxPart)); // R1 × 1 s: 68,669 packets, ~2.9 MB of CSV
      expect(g.maxHeld).toBeLessThanOrEqual(WINDOW + g.maxPart);
    }
  }, 120_000);
});
