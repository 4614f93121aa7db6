import * as nodeFs from 'node:fs';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type AtomicFs, AtomicWriteError, writeFileAtomic } from './atomicWrite.ts';

const newDir = () => mkdtempSync(join(tmpdir(), 'netloom-atomic-'));

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

type Call = { op: string; args: unknown[]; result?: unknown };
type Fault = (op: string, args: unknown[], nth: number) => { result: unknown } | Error | undefined;

/** node:fs on a real temporary folder, recording each call; `fault` may replace a call's result or make it throw. */
function recordingFs(fault: Fault = () => undefined) {
  const calls: Call[] = [];
  const count: Record<string, number> = {};
  const fs = new Proxy(nodeFs, {
    get(target, op: string) {
      const real = (target as unknown as Record<string, (...a: unknown[]) => unknown>)[op];
      return (...args: unknown[]) => {
        const nth = (count[op] = (count[op] ?? 0) + 1);
        const call: Call = { op, args: args.map((a) => (a instanceof Uint8Array ? Buffer.from(a) : a)) };
        calls.push(call);
        const f = fault(op, args, nth);
        if (f instanceof Error) throw f;
        call.result = f ? f.result : real(...args);
        return call.result;
      };
    },
  }) as AtomicFs;
  return { fs, calls };
}

/** The bytes each writeSync handed to the disk, in order (with a real partial write when `written` is smaller). */
function bytesWritten(calls: Call[], lengths: number[]): Buffer {
  const w = calls.filter((c) => c.op === 'writeSync');
  return Buffer.concat(w.map((c, i) => (c.args[1] as Buffer).subarray(c.args[2] as number, (c.args[2] as number) + lengths[i]!)));
}

function failsAt(op: string, e: Error, nth = 1): Fault {
  return (o, _a, n) => (o === op && n === nth ? e : undefined);
}

/** Writes over an existing file with a fault injected; returns the error, the folder's files and the target's text. */
function writeWithFault(fault: Fault, platform: NodeJS.Platform = 'linux') {
  const d = newDir();
  const target = join(d, 'plant.json');
  writeFileSync(target, 'the old version');
  const rec = recordingFs(fault);
  let error: unknown = null;
  try {
    writeFileAtomic(target, 'the new version, longer than the old one', { fs: rec.fs, platform });
  } catch (e) {
    error = e;
  }
  return { error: error as AtomicWriteError | null, files: readdirSync(d), text: readFileSync(target, 'utf8'), calls: rec.calls, dir: d, target };
}

describe('writeFileAtomic: the sequence of steps', () => {
  test('temp file in the same folder, every byte, fsync, close, rename, then fsync of the folder', () => {
    const d = newDir();
    const target = join(d, 'plant.json');
    const { fs, calls } = recordingFs();
    const text = '{"name":"Hot rolling mill","é":"ü"}\n';
    writeFileAtomic(target, text, { fs });
    const ops = calls.map((c) => c.op);
    expect(ops).toEqual(['realpathSync', 'openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'openSync', 'fsyncSync', 'closeSync']);
    const [, open, write, fsync, close, rename, openDir, fsyncDir, closeDir] = calls;
    const tmp = open!.args[0] as string;
    expect(dirname(tmp)).toBe(d);
    expect(tmp).not.toBe(target);
    expect(open!.args[1]).toBe('wx'); // never truncates an existing file
    const fd = open!.result;
    expect(write!.args[0]).toBe(fd);
    expect(fsync!.args[0]).toBe(fd);
    expect(close!.args[0]).toBe(fd);
    expect(bytesWritten(calls, [Buffer.byteLength(text)]).toString('utf8')).toBe(text);
    expect(rename!.args).toEqual([tmp, target]);
    expect(openDir!.args).toEqual([d, 'r']);
    expect(fsyncDir!.args[0]).toBe(openDir!.result);
    expect(closeDir!.args[0]).toBe(openDir!.result);
    expect(readFileSync(target, 'utf8')).toBe(text);
    expect(readdirSync(d)).toEqual(['plant.json']);
  });

  test('a short write continues where it stopped until every byte is written', () => {
    const chunk = 7;
    const lengths: number[] = [];
    const { fs, calls } = recordingFs((op, args) => {
      if (op !== 'writeSync') return undefined;
      const [fd, buf, off, len] = args as [number, Buffer, number, number];
      const n = nodeFs.writeSync(fd, buf, off, Math.min(len, chunk));
      lengths.push(n);
      return { result: n };
    });
    const d = newDir();
    const target = join(d, 'big.json');
    const text = 'x'.repeat(100) + '\n';
    writeFileAtomic(target, text, { fs });
    expect(lengths.length).toBe(Math.ceil(101 / chunk));
    expect(bytesWritten(calls, lengths).toString()).toBe(text);
    expect(readFileSync(target, 'utf8')).toBe(text);
  });
});

describe('writeFileAtomic: text in pieces (a report past the longest string)', () => {
  test('pieces are written whole, in batches of about a megabyte, multi-byte characters intact', () => {
    const { fs, calls } = recordingFs();
    const target = join(newDir(), 'report.json');
    const pieces = Array.from({ length: 3000 }, (_, i) => `{"flow": "f${i}→é"}\n`.repeat(50));
    writeFileAtomic(target, pieces, { fs });
    const text = pieces.join('');
    expect(readFileSync(target, 'utf8')).toBe(text);
    const writes = calls.filter((c) => c.op === 'writeSync').length;
    expect(writes).toBeGreaterThan(2); // not one string of it all
    expect(writes).toBeLessThanOrEqual(Math.ceil(text.length / 2 ** 20) + 1);
  });

  test('a piece that cannot be made leaves the old file and no temporary file', () => {
    const d = newDir();
    const target = join(d, 'report.json');
    writeFileSync(target, 'the old report');
    function* failing() {
      yield 'x'.repeat(2 ** 21); // a first batch reaches the disk
      throw new RangeError('Invalid string length');
    }
    expect(() => writeFileAtomic(target, failing())).toThrow(/writing: Invalid string length/);
    expect(readFileSync(target, 'utf8')).toBe('the old report');
    expect(readdirSync(d)).toEqual(['report.json']);
  });
});

describe('writeFileAtomic: a failing step leaves the old file and no temporary file', () => {
  test('a write that takes no bytes is an error (a full disk that does not say ENOSPC)', () => {
    // three answers of 0, then a failure that tells a loop that never gave up from the error expected
    const r = writeWithFault((op, _a, n) => (op !== 'writeSync' ? undefined : n <= 3 ? { result: 0 } : new Error('still writing after the disk took nothing')));
    expect(r.error).toBeInstanceOf(AtomicWriteError);
    expect(r.error!.step).toBe('write');
    expect(r.error!.message).toMatch(/took no more bytes \(0 of 40 written\)/);
    expect(r.text).toBe('the old version');
    expect(r.files).toEqual(['plant.json']);
  });

  test('ENOSPC after part of the file was written', () => {
    const r = writeWithFault((op, args, n) => {
      if (op !== 'writeSync') return undefined;
      if (n > 1) return errno('ENOSPC');
      const [fd, buf, off] = args as [number, Buffer, number];
      return { result: nodeFs.writeSync(fd, buf, off, 10) };
    });
    expect(r.error?.step).toBe('write');
    expect(r.error?.code).toBe('ENOSPC');
    expect(r.text).toBe('the old version');
    expect(r.files).toEqual(['plant.json']);
    expect(r.calls.map((c) => c.op)).toContain('unlinkSync');
  });

  test.each([
    ['fsyncSync', 'fsync', 'EIO'],
    ['closeSync', 'close', 'EIO'],
    ['renameSync', 'rename', 'EACCES'],
  ])('%s fails', (op, step, code) => {
    const r = writeWithFault(failsAt(op, errno(code)));
    expect(r.error?.step).toBe(step);
    expect(r.error?.code).toBe(code);
    expect(r.text).toBe('the old version');
    expect(r.files).toEqual(['plant.json']);
  });

  test('creating the temporary file fails: nothing is written, nothing is removed', () => {
    const r = writeWithFault(failsAt('openSync', errno('EACCES')));
    expect(r.error?.step).toBe('create');
    expect(r.calls.map((c) => c.op)).toEqual(['realpathSync', 'statSync', 'openSync']);
    expect(r.text).toBe('the old version');
  });

  test('the file descriptor is closed when a step after opening fails', () => {
    const r = writeWithFault(failsAt('fsyncSync', errno('EIO')));
    const fd = r.calls.find((c) => c.op === 'writeSync')!.args[0];
    expect(r.calls.some((c) => c.op === 'closeSync' && c.args[0] === fd)).toBe(true);
  });
});

describe('writeFileAtomic: flushing the folder', () => {
  test('a failing folder fsync is reported: the file was replaced but may not survive a power cut', () => {
    const r = writeWithFault(failsAt('fsyncSync', errno('EIO'), 2));
    expect(r.error?.step).toBe('fsync-folder');
    expect(r.error?.message).toMatch(/flushing the folder.*EIO/);
    expect(r.text).toBe('the new version, longer than the old one');
    expect(r.files).toEqual(['plant.json']);
    const dirFd = r.calls.filter((c) => c.op === 'fsyncSync')[1]!.args[0];
    expect(r.calls.at(-1)).toMatchObject({ op: 'closeSync', args: [dirFd] });
  });

  test('Windows cannot open a folder (EISDIR) or fsync one (EINVAL): ignored there, and only there', () => {
    for (const [op, code, nth] of [
      ['openSync', 'EISDIR', 2],
      ['fsyncSync', 'EINVAL', 2],
    ] as const) {
      const win = writeWithFault(failsAt(op, errno(code), nth), 'win32');
      expect(win.error).toBeNull();
      expect(win.text).toBe('the new version, longer than the old one');
      const linux = writeWithFault(failsAt(op, errno(code), nth), 'linux');
      expect(linux.error?.step).toBe('fsync-folder');
    }
    expect(writeWithFault(failsAt('fsyncSync', errno('EIO'), 2), 'win32').error?.step).toBe('fsync-folder');
  });
});

describe('writeFileAtomic on the real file system', () => {
  test('replaces an existing file whole and leaves no temporary file', () => {
    const d = newDir();
    const f = join(d, 'a.json');
    writeFileSync(f, 'old content that is longer than the new one');
    writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    writeFileAtomic(join(d, 'b.bin'), new Uint8Array([0, 255, 10]));
    expect([...readFileSync(join(d, 'b.bin'))]).toEqual([0, 255, 10]);
    expect(readdirSync(d).sort()).toEqual(['a.json', 'b.bin']);
  });

  test('keeps the mode of the file it replaces, whatever the umask', () => {
    const d = newDir();
    const f = join(d, 'shared.json');
    writeFileSync(f, 'x');
    chmodSync(f, 0o646); // other-writable: a umask of 022 or 002 would clear that bit
    writeFileAtomic(f, 'y');
    expect(statSync(f).mode & 0o777).toBe(0o646);
  });

  test('writing through a symbolic link replaces the file it points to and keeps the link', () => {
    const d = newDir();
    mkdirSync(join(d, 'real'));
    writeFileSync(join(d, 'real', 'plant.json'), 'old');
    symlinkSync(join(d, 'real', 'plant.json'), join(d, 'link.json'));
    writeFileAtomic(join(d, 'link.json'), 'new');
    expect(lstatSync(join(d, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'real', 'plant.json'), 'utf8')).toBe('new');
    expect(readdirSync(join(d, 'real'))).toEqual(['plant.json']);
  });

  test('a folder where the file should go: the rename fails, the folder is untouched, no temporary file', () => {
    const d = newDir();
    const target = join(d, 'a.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    expect(() => writeFileAtomic(target, 'new')).toThrow(AtomicWriteError);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(d)).toEqual(['a.json']);
  });

  test('writing into a missing folder fails when creating the temporary file and creates nothing', () => {
    const d = newDir();
    expect(() => writeFileAtomic(join(d, 'missing', 'a.json'), 'x')).toThrow(/creating the temporary file: ENOENT/);
    expect(readdirSync(d)).toEqual([]);
  });
});
