/**
 * `run --trace-out` against ns-3 3.37, packet by packet: the R1 line cell (scenarios/reference/
 * r1-line-cell.json) traced by NetLoom over [2 ms, 6 ms) of a 10 ms run, and the same packets in
 * the per-packet trace of the ns-3 R1 anchor (../shared/anchors/ns3/r1_line_cell.cc, `--trace`),
 * run for 10 ms by `ns3/r1_trace.sh` and committed as `ns3/r1-trace-10ms.csv`. Every packet's
 * send time, arrival time and delay must be equal to the nanosecond, and no packet is lost.
 *
 * When ns-3's headers, g++ and the anchor's source are present, the test rebuilds and runs the
 * anchor now and checks it still gives the committed trace; NetLoom is compared with the committed
 * trace either way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { netloom, ROOT } from '../cli/netloom.ts';

const script = fileURLToPath(new URL('./ns3/r1_trace.sh', import.meta.url));
const committedFile = fileURLToPath(new URL('./ns3/r1-trace-10ms.csv', import.meta.url));
/** the anchor's source: $R1, or shared/ beside the repository (CI) or the workplace's */
const anchor = [process.env.R1, join(ROOT, '../shared/anchors/ns3/r1_line_cell.cc'), '/work/shared/anchors/ns3/r1_line_cell.cc'].find(
  (p): p is string => p !== undefined && existsSync(p),
);
const ns3Missing = !existsSync('/usr/include/ns3/point-to-point-module.h')
  ? 'ns-3 is not installed (apt-get install libns3-dev g++)'
  : spawnSync('g++', ['--version']).status !== 0
    ? 'g++ is not installed'
    : anchor === undefined
      ? 'the R1 anchor (../shared/anchors/ns3/r1_line_cell.cc) is not here'
      : undefined;

const tmp = mkdtempSync(join(tmpdir(), 'netloom-ns3-trace-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * ns-3's flow numbers → the scenario's flow ids (the anchor's README, "Flows"): control flow
 * j = 8·(k−2) + (i−1) is device Dk_i's; 24 is the camera's video, 25 the Poisson background.
 */
function flowId(n: number): string {
  if (n === 24) return 'video';
  if (n === 25) return 'background';
  return `ctrl-D${2 + Math.floor(n / 8)}_${(n % 8) + 1}`;
}

const rows = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('per-packet trace of R1 against ns-3', () => {
  it.skipIf(ns3Missing !== undefined)(
    `the ns-3 anchor still writes the committed trace ${ns3Missing ? `(skipped: ${ns3Missing})` : ''}`,
    () => {
      const out = join(tmp, 'ns3.csv');
      const r = spawnSync('bash', [script, anchor!, out], { encoding: 'utf8', timeout: 240_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(committedFile, 'utf8'));
    },
    300_000,
  );

  it('every packet emitted in [2 ms, 6 ms) has the send time, arrival and delay ns-3 gives it, to the ns', () => {
    const out = join(tmp, 'r1.csv.gz');
    const r = netloom('run', 'scenarios/reference/r1-line-cell.json', '--duration', '10ms', '--trace-out', out, '--trace-window', '2ms..6ms');
    expect(r.code, r.stderr).toBe(0);
    const text = gunzipSync(readFileSync(out)).toString('utf8');
    expect(text.split('\n')[0]).toBe('replication,flow,seq,send_ns,size_bytes,recv_ns,delay_ns,dropped_at');
    const ours = new Map(rows(text).map(([rep, flow, seq, send, size, recv, delay, drop]) => [`${flow}#${seq}`, { rep, send, size, recv, delay, drop }]));
    const theirs = rows(readFileSync(committedFile, 'utf8')).filter(([, , , send]) => Number(send) >= 2e6 && Number(send) < 6e6);
    expect(theirs.length).toBe(273); // 96 control, 72 video, 105 background packets in the window
    expect(ours.size).toBe(theirs.length);
    const differ: string[] = [];
    for (const [cls, n, seq, send, recv, delay] of theirs) {
      const o = ours.get(`${flowId(Number(n))}#${seq}`);
      const size = cls === 'control' ? '100' : '1400';
      if (!o || o.send !== send || o.recv !== recv || o.delay !== delay || o.size !== size || o.drop !== '' || o.rep !== '1')
        differ.push(`${cls} ${n}#${seq}: ns-3 ${send} → ${recv} (${delay}), NetLoom ${JSON.stringify(o)}`);
    }
    expect(differ).toEqual([]);
  });
});
