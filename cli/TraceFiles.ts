/**
 * The files of `run --trace-out` and `--pcap-out`, written as the run goes: each replication's
 * CSV rows to a part file of their own (replications finish in any order), each captured port's
 * pcapng to a temporary file beside its target. finish() gzips the parts in replication order into
 * the trace (the same bytes whatever the number of workers) and renames every file into place;
 * abort() removes what was written. Memory stays bounded: the worker sends no more than its window
 * (TRACE_WINDOW_BYTES) ahead of what is written here.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { appendFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { TRACE_CSV_HEADER, type TraceOutput } from '../sim/api/index.ts';
import { UsageError } from './UsageError.ts';

/** A port's capture: its file and the blocks that open it. */
export interface PcapTarget {
  port: number;
  file: string;
  header: Uint8Array;
}

const temp = (file: string, tag: string) => join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.${tag}`);

export class TraceFiles {
  private readonly parts: string[];
  private readonly pcapTemp = new Map<number, { file: string; tmp: string }>();
  /** per file: its last append, so that its parts are written in order */
  private readonly writing = new Map<string, Promise<void>>();
  private aborted = false;
  /** the first write that failed while the run went on (reported by finish) */
  private failure: UsageError | undefined;

  constructor(
    private readonly csv: string | undefined,
    replications: number,
    pcaps: readonly PcapTarget[],
  ) {
    this.parts = csv === undefined ? [] : Array.from({ length: replications }, (_, r) => temp(csv, `part${r + 1}`));
    for (const p of pcaps) {
      const tmp = temp(p.file, 'tmp');
      this.pcapTemp.set(p.port, { file: p.file, tmp });
      this.io('--pcap-out', p.file, () => {
        mkdirSync(dirname(p.file), { recursive: true });
        writeFileSync(tmp, p.header, { flag: 'wx' });
      });
    }
    for (const part of this.parts) this.io('--trace-out', this.csv!, () => writeFileSync(part, '', { flag: 'wx' }));
  }

  /**
   * Where replication r's trace goes: each part is appended to its file without blocking this thread, and the
   * call's promise settles once it is written, which lets the worker send more (TraceWindow): so the parts in
   * this process's memory stay within the window, however slow the disk. `end` settles when all are written.
   */
  output(r: number): TraceOutput {
    return {
      csv: (text) => this.append('--trace-out', this.csv!, this.parts[r], text),
      pcap: (port, bytes) => {
        const t = this.pcapTemp.get(port)!;
        return this.append('--pcap-out', t.file, t.tmp, bytes);
      },
      end: () => this.written(),
    };
  }

  /** Writes the trace from its parts, in replication order, and puts every file in place. */
  async finish(): Promise<void> {
    await this.written();
    if (this.failure) throw this.failure;
    const csv = this.csv;
    if (csv !== undefined) {
      const tmp = temp(csv, 'tmp');
      const parts = this.parts;
      async function* text() {
        yield Buffer.from(TRACE_CSV_HEADER);
        for (const part of parts) yield* createReadStream(part);
      }
      try {
        const gz = csv.endsWith('.gz');
        await (gz
          ? pipeline(Readable.from(text()), createGzip(), createWriteStream(tmp, { flags: 'wx' }))
          : pipeline(Readable.from(text()), createWriteStream(tmp, { flags: 'wx' })));
        renameSync(tmp, csv);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw new UsageError(`--trace-out: cannot write ${csv}: ${(e as Error).message}`);
      }
    }
    for (const { file, tmp } of this.pcapTemp.values()) this.io('--pcap-out', file, () => renameSync(tmp, file));
    this.abort();
  }

  /** Removes the part files and any capture not yet in place (and writes none after). */
  abort(): void {
    this.aborted = true;
    for (const part of this.parts) rmSync(part, { force: true });
    for (const { tmp } of this.pcapTemp.values()) rmSync(tmp, { force: true });
  }

  /** Appends `data` to `path` after the parts before it; a failure is kept for finish(), and the run goes on. */
  private append(flag: string, file: string, path: string, data: string | Uint8Array): Promise<void> {
    const next = (this.writing.get(path) ?? Promise.resolve()).then(async () => {
      if (this.failure || this.aborted) return;
      try {
        await appendFile(path, data);
        if (this.aborted) rmSync(path, { force: true }); // abort() came while it was written
      } catch (e) {
        this.failure ??= new UsageError(`${flag}: cannot write ${file}: ${(e as Error).message}`);
      }
    });
    this.writing.set(path, next);
    return next;
  }

  /** Settles when every part appended so far is written. */
  private async written(): Promise<void> {
    await Promise.all(this.writing.values());
  }

  private io(flag: string, file: string, act: () => void): void {
    try {
      act();
    } catch (e) {
      throw new UsageError(`${flag}: cannot write ${file}: ${(e as Error).message}`);
    }
  }
}
