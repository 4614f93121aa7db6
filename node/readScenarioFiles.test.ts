import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_LIMITS, readScenarioFiles } from './readScenarioFiles.ts';

const root = mkdtempSync(join(tmpdir(), 'netloom-files-'));
const dir = join(root, 'plant'); // the scenario's folder
mkdirSync(join(dir, 'traces'), { recursive: true });
writeFileSync(join(root, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
writeFileSync(join(dir, 'sends.csv'), 'time,size\n0,100\n');
writeFileSync(join(dir, 'traces', 'a.csv'), '0\n1\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const naming = (...names: unknown[]) => ({ flows: names.map((file) => ({ id: 'f', pattern: { type: 'trace', file } })) });
const read = (...names: unknown[]) => readScenarioFiles(naming(...names), dir);
/** the one issue of reading `name`, as "path: message" */
const refusal = (name: string, at = dir) => {
  const r = readScenarioFiles(naming(name), at);
  expect(r.issues).toHaveLength(1);
  expect(Object.keys(r.files)).toEqual([]);
  return `${r.issues[0].path}: ${r.issues[0].message}`;
};

describe('readScenarioFiles: where a file may be', () => {
  it('reads files in the folder and below it, each once, by the name the scenario uses', () => {
    const r = read('sends.csv', 'traces/a.csv', 'sends.csv', 'traces\\a.csv', './traces/../sends.csv');
    expect(r.issues).toEqual([]);
    expect({ ...r.files }).toEqual({
      'sends.csv': 'time,size\n0,100\n',
      'traces/a.csv': '0\n1\n',
      'traces\\a.csv': '0\n1\n',
      './traces/../sends.csv': 'time,size\n0,100\n',
    });
  });

  it('refuses absolute paths and drive letters', () => {
    expect(refusal(join(root, 'secret.txt'))).toMatch(
      /^flows\[0\]\.pattern\.file: ".*secret\.txt" is an absolute path: name a file in the scenario's folder, relative to it$/,
    );
    expect(refusal('C:\\Windows\\win.ini')).toMatch(/is an absolute path/);
    expect(refusal('c:secret.txt')).toMatch(/is an absolute path/);
    expect(refusal('\\\\server\\share\\x.csv')).toMatch(/is an absolute path/);
  });

  it('refuses a way out with ..; the message names the folder and never the content', () => {
    const m = refusal('../secret.txt');
    expect(m).toBe(`flows[0].pattern.file: "../secret.txt" leaves the scenario's folder ${dir}: name a file in it or below it`);
    expect(refusal('traces/../../secret.txt')).toMatch(/leaves the scenario's folder/);
    expect(refusal('..\\secret.txt')).toMatch(/leaves the scenario's folder/);
    expect(refusal('../../../../../../../../etc/passwd')).not.toMatch(/root:/);
  });

  it('refuses a symbolic link that leads out of the folder, and follows one that stays in', () => {
    symlinkSync(join(root, 'secret.txt'), join(dir, 'innocent.csv'));
    symlinkSync(root, join(dir, 'up'));
    symlinkSync(join(dir, 'sends.csv'), join(dir, 'alias.csv'));
    expect(refusal('innocent.csv')).toBe(`flows[0].pattern.file: "innocent.csv" is a symbolic link to a file outside the scenario's folder ${dir}`);
    expect(refusal('up/secret.txt')).toMatch(/outside the scenario's folder/);
    expect(read('alias.csv').files['alias.csv']).toBe('time,size\n0,100\n');
  });

  it('refuses a NUL in a name', () => {
    expect(refusal('sends.csv\0.txt')).toMatch(/contains a NUL character/);
  });

  it('reports a missing file, and "constructor", "toString" or "__proto__" are missing files like any other', () => {
    expect(refusal('nope.csv')).toBe(`flows[0].pattern.file: "nope.csv" cannot be found in ${dir}`);
    const r = read('constructor', 'toString', '__proto__');
    expect(r.issues.map((i) => i.message)).toEqual([
      `"constructor" cannot be found in ${dir}`,
      `"toString" cannot be found in ${dir}`,
      `"__proto__" cannot be found in ${dir}`,
    ]);
    expect(Object.getPrototypeOf(r.files)).toBe(null);
    writeFileSync(join(dir, 'constructor'), '0\n');
    writeFileSync(join(dir, '__proto__'), '1\n');
    const found = read('constructor', '__proto__');
    expect(found.issues).toEqual([]);
    expect(Object.hasOwn(found.files, 'constructor') && found.files['constructor']).toBe('0\n');
    expect(Object.hasOwn(found.files, '__proto__') && found.files['__proto__']).toBe('1\n');
  });
});

describe('readScenarioFiles: what a file may be', () => {
  it('refuses a device (/dev/zero) from its descriptor, before reading a byte', () => {
    expect(refusal('zero', '/dev')).toBe('flows[0].pattern.file: "zero" is a device, not a regular file');
    expect(refusal('null', '/dev')).toMatch(/is a device/);
  });

  it('refuses a FIFO without blocking on it (run in a child: a blocked open would hang this process)', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    const module = fileURLToPath(new URL('./readScenarioFiles.ts', import.meta.url));
    const code = `import { readScenarioFiles } from ${JSON.stringify(module)};
      console.log(JSON.stringify(readScenarioFiles({ flows: [{ pattern: { file: 'pipe.csv' } }] }, ${JSON.stringify(dir)}).issues));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal, 'the reader blocked on the FIFO').toBe(null);
    expect(JSON.parse(r.stdout)).toEqual([{ path: 'flows[0].pattern.file', message: '"pipe.csv" is a FIFO (named pipe), not a regular file' }]);
  });

  it('refuses a folder', () => {
    expect(refusal('traces')).toMatch(/"traces" is a folder, not a regular file/);
  });

  it('refuses a file over 64 MiB from its size, without reading it', () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, FILE_LIMITS.fileBytes + 1); // sparse: nothing to read, only the size says no
    expect(refusal('big.csv')).toBe('flows[0].pattern.file: "big.csv" is larger than the 64 MiB limit');
    truncateSync(big, FILE_LIMITS.fileBytes);
    expect(read('big.csv').issues[0].message).toBe('"big.csv" is not a text file (it holds NUL bytes)'); // at the limit it is read
  });

  it('recognises gzip by its magic bytes, whatever the name', () => {
    writeFileSync(join(dir, 'packed.csv'), gzipSync('time\n0\n0.5\n'));
    writeFileSync(join(dir, 'plain.csv.gz'), 'time\n1\n');
    const r = read('packed.csv', 'plain.csv.gz');
    expect(r.issues).toEqual([]);
    expect(r.files['packed.csv']).toBe('time\n0\n0.5\n');
    expect(r.files['plain.csv.gz']).toBe('time\n1\n');
  });

  it('refuses a gzip bomb: decompression stops at 64 MiB', () => {
    const bomb = gzipSync(Buffer.alloc(FILE_LIMITS.textBytes + 1, '0'), { level: 9 });
    expect(bomb.length).toBeLessThan(1 * 2 ** 20);
    writeFileSync(join(dir, 'bomb.csv.gz'), bomb);
    expect(refusal('bomb.csv.gz')).toBe('flows[0].pattern.file: "bomb.csv.gz" is gzip that decompresses to more than 64 MiB');
    writeFileSync(join(dir, 'broken.gz'), gzipSync('time\n0\n').subarray(0, 12));
    expect(refusal('broken.gz')).toMatch(/starts like gzip but cannot be decompressed/);
  });

  it('limits the files of one scenario together', () => {
    writeFileSync(join(dir, 'b.csv'), '0\n1\n2\n');
    const r = readScenarioFiles(naming('traces/a.csv', 'b.csv'), dir, { fileBytes: 100, textBytes: 100, totalBytes: 8 });
    expect(r.issues.map((i) => i.message)).toEqual(['"b.csv" is one file too many: the scenario\'s files hold more than 8 B together']);
  });

  it('says what to do with a pcap capture, and refuses binary or non-UTF-8 files', () => {
    const pcap = Buffer.alloc(24);
    pcap.writeUInt32LE(0xa1b2c3d4, 0);
    writeFileSync(join(dir, 'cap.pcap'), pcap);
    expect(refusal('cap.pcap')).toMatch(
      /"cap\.pcap" is a packet capture \(pcap or pcapng\), not a text trace: export it first, e\.g\. tshark -r CAPTURE -T fields/,
    );
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from([0x74, 0xe9, 0x0a]));
    expect(refusal('latin1.csv')).toMatch(/is not UTF-8 text/);
  });
});

describe('readScenarioFiles: any parsed JSON', () => {
  it('reads nothing and throws nothing for scenarios of the wrong shape (the loader reports them)', () => {
    for (const s of [null, [], 3, 'x', {}, { flows: 'no' }, { flows: [null, 3, [], { pattern: null }, { pattern: { file: 7 } }, { pattern: { file: '' } }] }])
      expect(readScenarioFiles(s, dir)).toEqual({ files: {}, issues: [] });
  });
});
