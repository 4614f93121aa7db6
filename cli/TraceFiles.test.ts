/**
 * The CLI's trace files written without blocking its thread: each replication's parts in the order they
 * came, whatever the order replications write in; a part's promise settles once it is on disk; a write
 * that fails is reported by finish() naming the flag; abort() leaves nothing behind, even with writes under way.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { TRACE_CSV_HEADER } from '../sim/api/index.ts';
import { TraceFiles } from './TraceFiles.ts';
import { UsageError } from './UsageError.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-trace-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const folder = (name: string) => {
  const dir = join(tmp, name);
  mkdirSync(dir);
  return dir;
};

describe('TraceFiles', () => {
  it('writes each replication’s parts in order and the trace in replication order; a part settles once written', async () => {
    const dir = folder('ok');
    const files = new TraceFiles(join(dir, 't.csv.gz'), 2, []);
    const [a, b] = [files.output(0), files.output(1)];
    const parts = Array.from({ length: 50 }, (_, i) => [b.csv(`2,f,${i}\n`), a.csv(`1,f,${i}\n`)]).flat();
    expect(parts.every((p) => p instanceof Promise)).toBe(true);
    await parts[0];
    expect(readdirSync(dir).some((f) => f.endsWith('part2') && readFileSync(join(dir, f), 'utf8').startsWith('2,f,0\n'))).toBe(true);
    await Promise.all([a.end(), b.end()]);
    await files.finish();
    const rows = (r: number) => Array.from({ length: 50 }, (_, i) => `${r},f,${i}\n`).join('');
    expect(gunzipSync(readFileSync(join(dir, 't.csv.gz'))).toString()).toBe(TRACE_CSV_HEADER + rows(1) + rows(2));
    expect(readdirSync(dir)).toEqual(['t.csv.gz']);
  });

  it('a write that fails is reported by finish() naming --trace-out, and the run is not stopped by it', async () => {
    const dir = folder('gone');
    const files = new TraceFiles(join(dir, 't.csv'), 1, []);
    rmSync(dir, { recursive: true }); // the folder is gone while the run goes on
    const out = files.output(0);
    await expect(out.csv('1,f,0\n')).resolves.toBeUndefined();
    await out.end();
    const e = await files.finish().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(/^--trace-out: cannot write .*t\.csv: ENOENT/);
  });

  it('abort() with writes under way leaves no file behind', async () => {
    const dir = folder('abort');
    const files = new TraceFiles(join(dir, 't.csv'), 1, [{ port: 0, file: join(dir, 'S_1.pcapng'), header: new Uint8Array(28) }]);
    const out = files.output(0);
    const pending = Array.from({ length: 20 }, (_, i) => [out.csv('x'.repeat(10_000) + i), out.pcap(0, new Uint8Array(10_000))]).flat();
    files.abort();
    await Promise.all(pending);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 't.csv'))).toBe(false);
  });
});
