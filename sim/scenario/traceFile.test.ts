import { describe, expect, it } from 'vitest';
import { isDecimal, parseTraceFile, type TimeUnit } from './traceFile.ts';

const ok = (text: string, unit?: TimeUnit) => {
  const r = parseTraceFile(text, unit);
  if ('error' in r) throw new Error(r.error);
  return { times: [...r.timesPs], sizes: r.sizes && [...r.sizes], column: r.sizeColumn };
};
const error = (text: string, unit?: TimeUnit) => {
  const r = parseTraceFile(text, unit);
  return 'error' in r ? r.error : 'no error';
};
const ms = 1e9; // picoseconds

/**
 * what `tshark -r cap.pcap -T fields -E header=y -E separator=, -e frame.time_relative -e frame.len -e
 * ip.len` writes (scenarios/examples/captures/udp-sizes.csv)
 */
const TSHARK = 'frame.time_relative,frame.len,ip.len\n0.000000000,114,100\n0.000133000,514,500\n0.002277000,1014,1000\n';

describe('parseTraceFile: without a header, the first column is the time (as before headers)', () => {
  it('reads the first number of each line in the scenario unit, ignoring other columns', () => {
    expect(ok('0\n0.5 100\n1,2,3\n2;x\n', 'ms')).toEqual({ times: [0, 0.5 * ms, 1 * ms, 2 * ms], sizes: undefined, column: undefined });
  });

  it('skips blank lines and # comments, whole-line and trailing; takes CRLF and a byte-order mark', () => {
    expect(ok('\uFEFF# capture of line 4\r\n\r\n0.001 # first\r\n  0.002\r\n#0.003\r\n')).toEqual({
      times: [1 * ms, 2 * ms],
      sizes: undefined,
      column: undefined,
    });
  });

  it('names the line of a bad value', () => {
    expect(error('0\n5\nabc\n')).toBe('line 3: expected a non-negative number, got "abc"');
    expect(error('0\n-1\n')).toBe('line 2: expected a non-negative number, got "-1"');
    expect(error('0\n0x10\n')).toBe('line 2: expected a non-negative number, got "0x10"');
    expect(error('0\n1e999\n')).toBe('line 2: expected a non-negative number, got "1e999"');
    expect(error('# t\n0.002\n\n0.001\n')).toBe("line 4: the time 0.001 is before the previous packet's (send times must not decrease)");
  });
});

describe('parseTraceFile: a header names the columns', () => {
  it("reads tshark's export: frame.time_relative in seconds, ip.len as the size (frame.len then unused)", () => {
    expect(ok(TSHARK)).toEqual({ times: [0, 133_000_000, 2_277_000_000], sizes: [100, 500, 1000], column: 'ip.len' });
  });

  it('takes the 14 B Ethernet header off frame.len when it is the only size', () => {
    expect(ok('frame.time_relative\tframe.len\n0.5\t114\n0.75\t1514\n')).toEqual({ times: [500 * ms, 750 * ms], sizes: [100, 1500], column: 'frame.len' });
  });

  it('finds columns by name in any order and case, quoted or not, with a unit in the header', () => {
    expect(ok('size,time\n100,0\n200,3\n', 'us').times).toEqual([0, 3e6]);
    expect(ok('"Size [B]";"Time (us)"\n"100";"2"\n').times).toEqual([2e6]);
    expect(ok('time [ms]  size [bytes]\n1   100\n2\t200\n')).toEqual({ times: [1 * ms, 2 * ms], sizes: [100, 200], column: 'size' });
    expect(ok('time_us\n0\n100\n250.5\n', 'us').times).toEqual([0, 100e6, 250.5e6]);
    expect(ok('time [µs],size_bytes\n7,60\n').times).toEqual([7e6]);
  });

  it('rejects an unknown or conflicting header, naming the line and column', () => {
    expect(error('stamp,size\n0,100\n')).toBe(
      'line 1, column 1: unknown column "stamp" (a header names its columns: time, ' +
        'frame.time_relative, size, ip.len or frame.len; a file without a header has the time first)',
    );
    expect(error('# made by hand\ntime,size,flags\n')).toMatch(/^line 2, column 3: unknown column "flags"/);
    expect(error('size\n100\n')).toBe('line 1: the header has no time column (name one "time" or "frame.time_relative")');
    expect(error('time [ms],size\n1,100\n', 'us')).toBe('line 1: the header gives time in ms, the scenario\'s "unit" says us');
    expect(error(TSHARK, 'ms')).toBe('line 1: the header gives frame.time_relative in s, the scenario\'s "unit" says ms');
    expect(error('frame.time_relative [ms]\n1\n')).toBe('line 1, column 1: frame.time_relative is in s, the header says "ms"');
    expect(error('time [min]\n1\n')).toBe('line 1, column 1: unknown unit "min" for time (s, ms, us, ns or ps)');
    expect(error('time,size [kB]\n1,1\n')).toBe('line 1, column 2: unknown unit "kB" for size (sizes are in bytes, "B")');
    expect(error('time,frame.time_relative\n')).toBe('line 1, column 2: a second time column ("frame.time_relative"; column 1 is "time")');
    expect(error('time,size,ip.len\n')).toBe('line 1, column 3: a second size column ("ip.len"; column 2 is "size")');
    expect(error('constructor,time\n')).toMatch(/^line 1, column 1: unknown column "constructor"/);
  });

  it('names the line and column of every bad row', () => {
    expect(error(`${TSHARK}0.003,abc,100\n`)).toBe('no error'); // frame.len is not read when ip.len is there
    expect(error(`${TSHARK}0.003,114,abc\n`)).toBe('line 5, column 3 (ip.len): expected a whole number of bytes, at least 1, got "abc"');
    expect(error(`${TSHARK}0.003,114,\n`)).toBe('line 5, column 3 (ip.len): expected a whole number of bytes, at least 1, got ""');
    expect(error(`${TSHARK}0.003,114,100.5\n`)).toMatch(/^line 5, column 3 \(ip\.len\): expected a whole number/);
    expect(error(`${TSHARK}0.003,114,0\n`)).toMatch(/^line 5, column 3 \(ip\.len\): expected a whole number/);
    expect(error(`${TSHARK}-0.5,114,100\n`)).toBe('line 5, column 1 (frame.time_relative): expected a non-negative number, got "-0.5"');
    expect(error(`${TSHARK}0.001,114,100\n`)).toBe(
      "line 5, column 1 (frame.time_relative): the time 0.001 is before the previous packet's (send times must not decrease)",
    );
    expect(error(`${TSHARK}0.003,114\n`)).toBe('line 5: expected 3 columns (frame.time_relative, frame.len, ip.len), got 2');
    expect(error(`${TSHARK}0.003,114,100,88\n`)).toBe('line 5: expected 3 columns (frame.time_relative, frame.len, ip.len), got 4');
    expect(error('frame.time_relative,frame.len\n0,10\n')).toBe(
      'line 2, column 2 (frame.len): expected a whole number of bytes above the 14 B Ethernet header, got "10"',
    );
  });

  it('never echoes more than a short piece of a bad line', () => {
    expect(error(`time\n${'x'.repeat(10_000)}\n`)).toBe(`line 2, column 1 (time): expected a non-negative number, got "${'x'.repeat(24)}…"`);
  });
});

describe('parseTraceFile: linear in the size of the text', () => {
  it('reads 400 000 lines ending in a comment in under 5 s (a scan for "#" from every line to the end took 22 s)', () => {
    const text = 'time,size\n' + Array.from({ length: 400_000 }, (_, i) => `${i},100`).join('\n') + '\n# end\n';
    const t0 = performance.now();
    const r = ok(text, 'us');
    expect(r.times.length).toBe(400_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('checks numbers with a scanner, not a regular expression', () => {
    for (const good of ['0', '1.5', '.5', '5.', '+2', '-3', '1e3', '1.5E-9']) expect(isDecimal(good), good).toBe(true);
    for (const bad of ['', '.', 'e3', '1e', '1e+', '0x10', 'Infinity', 'NaN', '1 2', '1,5', '--1']) expect(isDecimal(bad), bad).toBe(false);
  });
});
