import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { TRACE_CSV_HEADER } from '../../sim/api/index.ts';
import { TraceRecorder } from './TraceRecorder.ts';

const pcap = { port: 4, label: 'S1:1', name: 'S1_1.pcapng', header: new Uint8Array([1, 2, 3]) };

describe('TraceRecorder', () => {
  test('replications finishing out of order give the header, then each replication’s rows in replication order (as netloom run writes them)', async () => {
    const overflowed: number[] = [];
    const rec = new TraceRecorder(3, true, [pcap], 1e6, (n) => overflowed.push(n));
    const [a, b, c] = [0, 1, 2].map((r) => rec.output(r));
    c.csv('3,f,1\n');
    b.csv('2,f,1\n');
    a.pcap(4, new Uint8Array([9, 9]));
    c.end();
    a.csv('1,f,1\n');
    a.csv('1,f,2\n');
    b.csv('2,f,2\n');
    b.end();
    a.pcap(4, new Uint8Array([8]));
    a.end();
    const out = await rec.finish();
    // several gzip members, one a replication: gunzip (and gzip -d) read them as one stream
    expect(gunzipSync(out.csvGz!).toString()).toBe(`${TRACE_CSV_HEADER}1,f,1\n1,f,2\n2,f,1\n2,f,2\n3,f,1\n`);
    expect(out.pcaps).toEqual([{ name: 'S1_1.pcapng', bytes: new Uint8Array([1, 2, 3, 9, 9, 8]) }]);
    expect(overflowed).toEqual([]);
    expect(rec.peak).toBeGreaterThan(0);
  });

  test('past its limit it says so once and takes no more parts', async () => {
    const overflowed: number[] = [];
    const rec = new TraceRecorder(1, false, [pcap], 100, (n) => overflowed.push(n));
    const out = rec.output(0);
    out.pcap(4, new Uint8Array(60));
    expect(overflowed).toEqual([]);
    out.pcap(4, new Uint8Array(60));
    out.pcap(4, new Uint8Array(60));
    expect(overflowed).toEqual([123]);
    expect(rec.overflow).toBe(true);
    expect(rec.held).toBe(123);
    out.end();
    expect((await rec.finish()).csvGz).toBeNull();
  });

  test('with a sink, the trace goes to the file as it comes, a replication only after the ones before it, and nothing is kept', async () => {
    const written: Uint8Array[] = [];
    const events: string[] = [];
    const sink = {
      write: async (b: Uint8Array) => void written.push(b),
      close: async () => void events.push('close'),
      abort: async () => void events.push('abort'),
    };
    const rec = new TraceRecorder(2, true, [], 1e6, () => events.push('overflow'), sink);
    const [a, b] = [0, 1].map((r) => rec.output(r));
    b.csv('2,f,1\n');
    b.end();
    a.csv('1,f,1\n');
    await new Promise((r) => setTimeout(r, 20));
    // replication 2 is compressed and waits: only replication 1's stream (its header so far, at most) is in the file
    expect(gunzipSync(Buffer.concat(written), { finishFlush: 2 }).toString()).not.toContain('2,f,1');
    a.end();
    const out = await rec.finish();
    expect(out.csvGz).toBeNull();
    expect(gunzipSync(Buffer.concat(written)).toString()).toBe(`${TRACE_CSV_HEADER}1,f,1\n2,f,1\n`);
    expect(events).toEqual(['close']);
    expect(rec.held).toBe(0);
  });
});
