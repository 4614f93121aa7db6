/**
 * `netloom run --trace-out` and `--pcap-out` through the real command: tshark (Debian's) reads
 * every capture without a warning, and its frames are the transmissions the trace implies; the
 * trace does not depend on the number of workers; a capture imports back (`import traffic`) to
 * the flows' counts and sizes; bad flags exit 2 naming the flag, and nothing is overwritten.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIp } from '../../sim/io/pcap/synthesizeFrame.ts';
import { netloom } from './netloom.ts';

const R1 = 'scenarios/reference/r1-line-cell.json';
const tmp = mkdtempSync(join(tmpdir(), 'netloom-trace-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** R1's node's IPv4 address in a capture (a PPP frame has no MACs): from its index, as the writer numbers them */
const ipOf = (id: string) => nodeIp(JSON.parse(readFileSync(R1, 'utf8')).nodes.findIndex((n: { id: string }) => n.id === id)).join('.');
const tsharkMissing = spawnSync('tshark', ['--version']).status !== 0 ? 'tshark is not installed (apt-get install tshark)' : undefined;

/** tshark's frames of a capture (epoch ns, length), and what it printed on stderr besides its notice about running as root. */
function tshark(file: string): { frames: [number, number][]; warnings: string } {
  const r = spawnSync(
    'tshark',
    ['-r', file, '-o', 'ip.check_checksum:TRUE', '-T', 'fields', '-e', 'frame.time_epoch', '-e', 'frame.len', '-e', 'ip.checksum.status'],
    {
      encoding: 'utf8',
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const frames = r.stdout
    .trim()
    .split('\n')
    .map((l) => l.split('\t'))
    .map(([t, len, ipOk]) => {
      expect(ipOk).toBe('1'); // Wireshark's PROTO_CHECKSUM_E_GOOD (0 bad, 2 unverified): the IPv4 header checksum is right
      const [s, frac] = t.split('.');
      return [Number(s) * 1e9 + Number(frac.padEnd(9, '0').slice(0, 9)), Number(len)] as [number, number];
    });
  return { frames, warnings: r.stderr.replace(/^Running as user "root".*\n/m, '') };
}

const csvRows = (file: string) =>
  gunzipSync(readFileSync(file))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe('run --pcap-out', () => {
  const dir = join(tmp, 'pcap');
  const trace = join(tmp, 'r1.csv.gz');
  let code = -1;
  let stderr = '';
  if (!tsharkMissing)
    ({ code, stderr } = netloom('run', R1, '--duration', '5ms', '--trace-out', trace, '--pcap-out', dir, '--pcap-ports', 'D2_1>S2,S1>PLC', '--workers', '1'));

  it.skipIf(tsharkMissing !== undefined)('writes one pcapng per port that tshark reads without a warning', () => {
    expect(code, stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['D2_1_1.pcapng', 'S1_10.pcapng']);
    for (const f of readdirSync(dir)) expect(tshark(join(dir, f)).warnings).toBe('');
  });

  it.skipIf(tsharkMissing !== undefined)("a device's port: one 102-byte PPP frame per control packet at its send time, n × 1 ms (R1's timing rule)", () => {
    const { frames } = tshark(join(dir, 'D2_1_1.pcapng'));
    // R1's links are PPP, as ns-3's point-to-point links: its 2 B protocol + the 100 B IP packet; ctrl-D2_1 sends at
    // o_0 + n·1 ms with o_0 = 0 (anchor README, "Flows")
    expect(frames).toEqual(Array.from({ length: 5 }, (_, n) => [n * 1_000_000, 102]));
  });

  it.skipIf(tsharkMissing !== undefined)("the PLC's switch port: a frame starts 8,660 ns before each control packet's arrival in the trace", () => {
    const { frames } = tshark(join(dir, 'S1_10.pcapng'));
    // S1 → PLC is 100 Mb/s with 500 ns propagation: (100 + 2 B PPP) · 8 / 100 Mb/s = 8,160 ns + 500 ns before the last bit arrives
    const arrivals = csvRows(trace)
      .filter(([, flow]) => flow.startsWith('ctrl-'))
      .map(([, , , , , recv]) => Number(recv) - 8660)
      .sort((a, b) => a - b);
    expect(arrivals.length).toBe(24 * 5);
    expect(frames.map(([t]) => t)).toEqual(arrivals);
  });

  it.skipIf(tsharkMissing !== undefined)('a capture imports back (import traffic) to the flow that made it, its count and size', () => {
    const out = join(tmp, 'imported.json');
    const r = netloom('import', 'traffic', join(dir, 'D2_1_1.pcapng'), '--into', R1, '--out', out, '--map', `${ipOf('D2_1')}=D2_1,${ipOf('PLC')}=PLC`);
    expect(r.code, r.stderr).toBe(0);
    const imported = JSON.parse(readFileSync(out, 'utf8')).flows.filter((f: { id: string }) => f.id.startsWith('udp-'));
    expect(imported).toEqual([
      expect.objectContaining({
        from: 'D2_1',
        to: 'PLC',
        size: '100 B',
        protocol: 'udp',
        pattern: expect.objectContaining({ times: [0, 1e6, 2e6, 3e6, 4e6] }),
      }),
    ]);
  });
});

describe('run --pcap-out, PROFINET', () => {
  it.skipIf(tsharkMissing !== undefined)('a profinet-rt flow (any id) is PROFINET RT in an 802.1Q tag with its PCP for tshark, a UDP flow plain UDP', () => {
    const scenario = join(tmp, 'pn.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        format: 'netloom.scenario/v1',
        name: 'pn',
        nodes: [
          { id: 'IO1', type: 'io' },
          { id: 'S', type: 'switch' },
          { id: 'PLC', type: 'plc' },
        ],
        links: [
          { from: 'IO1', to: 'S', rate: '100 Mb/s' },
          { from: 'S', to: 'PLC', rate: '100 Mb/s' },
        ],
        flows: [
          { id: 'IO1-in', from: 'IO1', to: 'PLC', size: '40 B', priority: 6, protocol: 'profinet-rt', pattern: { type: 'periodic', period: '1 ms' } },
          { id: 'status', from: 'IO1', to: 'PLC', size: '200 B', pattern: { type: 'periodic', period: '1 ms' } },
        ],
        simulation: { duration: '3 ms' },
      }),
    );
    const dir = join(tmp, 'pn');
    const r = netloom('run', scenario, '--pcap-out', dir);
    expect(r.code, r.stderr).toBe(0);
    const t = spawnSync('tshark', ['-r', join(dir, 'S_2.pcapng'), '-T', 'fields', '-e', 'frame.protocols', '-e', 'vlan.priority', '-e', 'frame.len'], {
      encoding: 'utf8',
    });
    expect(t.stderr.replace(/^Running as user "root".*\n/m, '')).toBe('');
    const lines = t.stdout.trim().split('\n');
    expect(lines.filter((l) => /^eth:ethertype:vlan:ethertype:pn_rt(:pn_io)?\t6\t60$/.test(l))).toHaveLength(3);
    expect(lines.filter((l) => l === 'eth:ethertype:ip:udp:data\t\t214')).toHaveLength(3);
  });
});

describe('run --trace-out', () => {
  it('the trace of 3 replications is byte for byte the same with 1 and 2 workers', () => {
    const files = [1, 2].map((w) => {
      const file = join(tmp, `w${w}.csv.gz`);
      const r = netloom(
        'run',
        R1,
        '--duration',
        '3ms',
        '--replications',
        '3',
        '--workers',
        String(w),
        '--trace-out',
        file,
        '--trace-flows',
        'background,ctrl-D2_1',
      );
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(file);
    });
    expect(files[1].equals(files[0])).toBe(true);
    const rows = csvRows(join(tmp, 'w1.csv.gz'));
    expect(new Set(rows.map(([rep]) => rep))).toEqual(new Set(['1', '2', '3']));
    expect(new Set(rows.map(([, flow]) => flow))).toEqual(new Set(['background', 'ctrl-D2_1']));
  });

  it('a full queue: each lost packet is a row naming the port that dropped it, as many as the report counts lost', () => {
    const scenario = join(tmp, 'overload.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        format: 'netloom.scenario/v1',
        name: 'overload',
        nodes: [
          { id: 'A', type: 'sensor' },
          { id: 'S', type: 'switch', switch: { queueLimit: 4 } },
          { id: 'B', type: 'plc' },
        ],
        links: [
          { from: 'A', to: 'S', rate: '1 Gb/s' },
          { from: 'S', to: 'B', rate: '10 Mb/s' },
        ],
        flows: [{ id: 'flood', from: 'A', to: 'B', size: '1000 B', pattern: { type: 'cbr', rate: '20 Mb/s' } }],
        simulation: { duration: '10 ms' },
      }),
    );
    const file = join(tmp, 'overload.csv');
    const r = netloom('run', scenario, '--trace-out', file, '--json', join(tmp, 'overload.report.json'));
    expect(r.code, r.stderr).toBe(0);
    const rows = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const report = JSON.parse(readFileSync(join(tmp, 'overload.report.json'), 'utf8'));
    const lost = rows.filter(([, , , , , recv]) => recv === '');
    expect(lost.length).toBe(report.flows[0].lost);
    expect(lost.length).toBeGreaterThan(0);
    expect(new Set(lost.map((row) => row[7]))).toEqual(new Set(['S:2']));
    expect(rows.length - lost.length).toBe(report.flows[0].delivered);
  });

  it.each([
    [['--trace-out', 'x.csv', '--trace-window', '5ms..1ms'], /--trace-window: expected 0 ≤ FROM < TO/],
    [['--trace-out', 'x.csv', '--trace-window', '5 parsecs..1ms'], /--trace-window: /],
    [['--trace-out', 'x.csv', '--trace-flows', 'nope'], /--trace-flows: no flow "nope"/],
    [['--pcap-out', 'p', '--pcap-ports', 'S1:99'], /--pcap-ports: no port "S1:99"; S1's ports are S1:1 \(to S2\)/],
    [['--pcap-ports', 'S1:1'], /--pcap-ports: needs --trace-out FILE or --pcap-out DIR/],
    [['--trace-window', '0s..1ms'], /--trace-window: needs --trace-out/],
    [['--trace-out', '-'], /--trace-out: expected a file name/],
  ])('%j exits 2 naming the flag', (flags, message) => {
    const r = netloom('run', R1, '--duration', '1ms', ...flags.map((f) => (f === 'x.csv' || f === 'p' ? join(tmp, f) : f)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(tmp, 'x.csv'))).toBe(false);
  });

  it('an existing trace or capture is refused without --force, and left as it was', () => {
    const file = join(tmp, 'kept.csv');
    writeFileSync(file, 'mine');
    const r = netloom('run', R1, '--duration', '1ms', '--trace-out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--trace-out: .*kept.csv already exists; give --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const dir = join(tmp, 'kept');
    const first = netloom('run', R1, '--duration', '1ms', '--pcap-out', dir, '--pcap-ports', 'S1:1');
    expect(first.code, first.stderr).toBe(0);
    writeFileSync(join(dir, 'S1_1.pcapng'), 'mine');
    const again = netloom('run', R1, '--duration', '1ms', '--pcap-out', dir, '--pcap-ports', 'S1:1');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--pcap-out: .*S1_1.pcapng already exists; give --force/);
    expect(readFileSync(join(dir, 'S1_1.pcapng'), 'utf8')).toBe('mine');
    expect(readdirSync(dir)).toEqual(['S1_1.pcapng']);
  });
});
