/**
 * The credit window against outputs that take their parts late (a slow disk) or at once, with the
 * engine (createSimApi's traceReplication) behind it: the bytes the output holds untaken never pass
 * the window plus one part, and what it receives is what an output that takes everything at once receives.
 */
import { describe, expect, it } from 'vitest';
import { createSimApi } from './createSimApi.ts';
import type { TraceOutput } from './traceRun.ts';
import { TraceWindow } from './TraceWindow.ts';

/** An output that takes each part `delayMs` after it came (one at a time, in order), counting what it holds untaken. */
function slowOutput(delayMs: number) {
  const got = { text: '', pcap: 0, held: 0, maxHeld: 0, maxPart: 0, ended: false };
  let queue = Promise.resolve();
  const take = (size: number, keep: () => void) => {
    got.held += size;
    got.maxHeld = Math.max(got.maxHeld, got.held);
    got.maxPart = Math.max(got.maxPart, size);
    queue = queue
      .then(() => new Promise((r) => setTimeout(r, delayMs)))
      .then(() => {
        keep();
        got.held -= size;
      });
    return queue;
  };
  const output: TraceOutput = {
    csv: (t) => take(t.length, () => (got.text += t)),
    pcap: (_, b) => take(b.byteLength, () => (got.pcap += b.byteLength)),
    end: () => {
      expect(got.held).toBe(0);
      got.ended = true;
    },
  };
  return { output, got };
}

const scenario = {
  format: 'netloom.scenario/v1',
  name: 'busy line',
  nodes: [
    { id: 'A', type: 'sensor' },
    { id: 'S', type: 'switch' },
    { id: 'B', type: 'plc' },
  ],
  links: [
    { from: 'A', to: 'S', rate: '1 Gb/s' },
    { from: 'S', to: 'B', rate: '1 Gb/s' },
  ],
  flows: [{ id: 'f', from: 'A', to: 'B', size: '200 B', pattern: { type: 'poisson', rate: '200 Mb/s' } }],
  simulation: { duration: '300 ms' },
};

describe('TraceWindow', () => {
  it('holds parts while the window is full, and wait() settles once the output has caught up', async () => {
    const { output, got } = slowOutput(1);
    const w = new TraceWindow(output, 100);
    expect(w.wait()).toBeUndefined();
    w.csv('a'.repeat(60));
    expect(w.wait()).toBeUndefined(); // 60 < 100
    w.csv('b'.repeat(60)); // sent: 120 in flight
    w.csv('c'.repeat(10)); // held
    expect(got.held).toBe(120);
    const waiting = w.wait();
    expect(waiting).toBeInstanceOf(Promise);
    await waiting;
    expect(w.inFlight).toBeLessThan(100);
    await w.end();
    expect(got.text).toBe('a'.repeat(60) + 'b'.repeat(60) + 'c'.repeat(10));
    expect(got.ended).toBe(true);
  });

  it('a part the output fails to take: wait() and end() reject with its error', async () => {
    const w = new TraceWindow({ csv: () => Promise.reject(new Error('disk full')), pcap: () => {}, end: () => {} }, 10);
    w.csv('x'.repeat(20));
    w.csv('y');
    await expect(w.wait()).rejects.toThrow('disk full');
    await expect(w.end()).rejects.toThrow('disk full');
  });

  it('a run traced into a slow output: never more than the window plus one part untaken, and the same trace as a fast output', async () => {
    const api = createSimApi();
    api.load({ scenario });
    let fast = '';
    let fastPcap = 0;
    await api.traceReplication(
      0,
      undefined,
      { packets: true, ports: [2] },
      {
        csv: (t) => {
          fast += t;
        },
        pcap: (_, b) => {
          fastPcap += b.byteLength;
        },
        end: () => {},
      },
    );
    const { output, got } = slowOutput(0);
    const windowBytes = 512 * 1024;
    await api.traceReplication(0, undefined, { packets: true, ports: [2], windowBytes }, output);
    expect(got.text).toBe(fast);
    expect(got.pcap).toBe(fastPcap);
    expect(got.ended).toBe(true);
    // ~37,500 packets: 1.3 MB of CSV in parts of 4,096 rows, 10 MB of pcapng in parts of ~1 MB (4,096 frames)
    expect(fast.length + fastPcap).toBeGreaterThan(6 * (windowBytes + got.maxPart));
    expect(got.maxHeld).toBeGreaterThan(windowBytes / 2);
    expect(got.maxHeld).toBeLessThanOrEqual(windowBytes + got.maxPart);
  });
});
