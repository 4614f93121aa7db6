/**
 * simulate's trace is what `netloom run --trace-out` and `--pcap-out` write (the reference: the CLI,
 * another process, its workers, its files), byte for byte; a slow stream paces the run instead of
 * filling up; bad trace options are refused naming them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { netloom } from '../test/cli/netloom.ts';
import { loadScenario } from './loadScenario.ts';
import { simulate } from './simulate.ts';

const root = new URL('../', import.meta.url).pathname;
const R1 = 'scenarios/reference/r1-line-cell.json';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-lib-trace-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A stream that keeps what it is given; `delayMs`: each write completes that late, with a 16 kB buffer. */
function sink(delayMs = 0) {
  const chunks: Buffer[] = [];
  let maxBuffered = 0;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _, done) {
      chunks.push(chunk);
      maxBuffered = Math.max(maxBuffered, stream.writableLength);
      if (delayMs > 0) setTimeout(done, delayMs);
      else done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks), maxBuffered: () => maxBuffered };
}

describe('simulate with a trace', () => {
  it('writes the bytes netloom run --trace-out (gunzipped) and --pcap-out write, and the same report', async () => {
    const dir = join(tmp, 'pcap');
    const file = join(tmp, 'r1.csv.gz');
    const ports = 'D2_1>S2,S1>PLC';
    const cli = netloom('run', R1, '--duration', '5ms', '--replications', '2', '--trace-out', file, '--pcap-out', dir, '--pcap-ports', ports, '--json', '-');
    expect(cli.code, cli.stderr).toBe(0);

    const csv = sink();
    const pcaps = new Map<string, ReturnType<typeof sink>>();
    const report = await simulate(await loadScenario(join(root, R1)), {
      durationS: 0.005,
      replications: 2,
      trace: { csv: csv.stream, ports, pcap: (port) => pcaps.set(port, sink()).get(port)!.stream },
    });
    expect(csv.bytes().toString()).toBe(gunzipSync(readFileSync(file)).toString());
    expect(csv.bytes().toString().split('\n').length).toBeGreaterThan(2 * 24 * 5); // R1's 24 control flows, 5 ms, 2 replications
    expect([...pcaps.keys()]).toEqual(['D2_1:1', 'S1:10']);
    for (const [port, p] of pcaps) expect(p.bytes().equals(readFileSync(join(dir, `${port.replace(':', '_')}.pcapng`)))).toBe(true);
    expect({ ...report, wallSeconds: 0 }).toEqual({ ...JSON.parse(cli.stdout), wallSeconds: 0 });
  }, 60_000);

  it('a slow stream holds at most the window plus one part, and gets the trace a fast one gets', async () => {
    const s = await loadScenario(join(root, R1));
    const fast = sink();
    await simulate(s, { durationS: 0.2, trace: { csv: fast.stream } });
    const slow = sink(1);
    const windowBytes = 64 * 1024;
    await simulate(s, { durationS: 0.2, trace: { csv: slow.stream, windowBytes } });
    expect(slow.bytes().equals(fast.bytes())).toBe(true);
    const part = 4096 * 50; // a part of 4,096 rows of under 50 characters
    expect(fast.bytes().length).toBeGreaterThan(2 * (windowBytes + part)); // R1 × 0.2 s: 13,700 packets, ~600 kB
    expect(slow.maxBuffered()).toBeLessThanOrEqual(windowBytes + part);
  }, 60_000);

  it('refuses bad trace options naming them', async () => {
    const s = await loadScenario(join(root, R1));
    const csv = sink().stream;
    await expect(simulate(s, { trace: {} })).rejects.toThrow('options.trace: give csv');
    await expect(simulate(s, { trace: { csv, window: [0.002, 0.001] } })).rejects.toThrow('options.trace.window: expected [from, to] seconds');
    await expect(simulate(s, { trace: { csv, flows: ['nope'] } })).rejects.toThrow('options.trace.flows: no flow "nope"');
    await expect(simulate(s, { trace: { pcap: () => csv, ports: 'S1:99' } })).rejects.toThrow(/^options\.trace\.ports: no port "S1:99"; S1's ports are/);
    await expect(simulate(s, { trace: { csv, windowBytes: 0 } })).rejects.toThrow('options.trace.windowBytes: expected a finite number above 0');
  });
});
