/**
 * Where a traced run's parts go in the app, as they arrive from the workers: each replication's CSV
 * rows into a gzip stream of its own (CompressionStream, so what is held is the compressed text),
 * each captured port's pcapng blocks kept as they come. The replications' gzip members are joined in
 * replication order, the first opening with the header: decompressed, the same bytes `netloom run
 * --trace-out` writes, whatever order the replications finished in. Given a `sink` (a file the
 * platform lets us write as we go), the members go there as soon as every earlier one has: only the
 * replications ahead of their turn are held. Bounded: past `limit` bytes held (compressed trace not
 * yet written, captures, text waiting to be compressed) it stops taking parts and calls
 * `onOverflow`, so the run is cancelled instead of the window running out of memory.
 */
import { TRACE_CSV_HEADER, type TraceOutput } from '../../sim/api/index.ts';
import type { ExportStream } from '../platform/Platform.ts';
import type { PcapTarget } from './traceSettings.ts';

export interface RecordedTrace {
  /** the .csv.gz, null when per-packet outcomes were not asked for or went to the sink */
  csvGz: Uint8Array | null;
  pcaps: { name: string; bytes: Uint8Array }[];
}

/** A file written as the trace comes (File System Access); nothing replaces the target before close, abort leaves it as it was. */
export type TraceSink = Omit<ExportStream, 'name'>;

class GzipPart {
  readonly chunks: Uint8Array[] = [];
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  /** the compressed stream, chunk by chunk, as it comes out */
  readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  constructor(private readonly held: (n: number) => void) {
    const gz = new CompressionStream('gzip');
    this.writer = gz.writable.getWriter();
    this.reader = gz.readable.getReader();
  }
  write(bytes: Uint8Array<ArrayBuffer>): void {
    this.held(bytes.length);
    // written in order (the writer queues); counted as held until the compressor has taken it
    void this.writer.write(bytes).then(() => this.held(-bytes.length));
  }
  close(): void {
    void this.writer.close();
  }
}

const concat = (parts: readonly Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

export class TraceRecorder {
  /** bytes held now, and the most held at once */
  held = 0;
  peak = 0;
  private overflowed = false;
  private readonly encoder = new TextEncoder();
  private readonly csv: GzipPart[];
  private readonly pcap = new Map<number, Uint8Array[]>();
  /** settles when the last replication drained so far is all in the sink (drain is called in replication order) */
  private turn: Promise<void> = Promise.resolve();
  /** every replication's compressed stream read to its end, in the sink when there is one */
  private readonly compressed: Promise<void>;

  constructor(
    replications: number,
    packets: boolean,
    private readonly pcaps: readonly PcapTarget[],
    private readonly limit: number,
    private readonly onOverflow: (held: number) => void,
    private readonly sink?: TraceSink,
  ) {
    const held = (n: number) => this.add(n);
    this.csv = packets ? Array.from({ length: replications }, () => new GzipPart(held)) : [];
    this.csv[0]?.write(this.encoder.encode(TRACE_CSV_HEADER));
    this.compressed = Promise.all(this.csv.map((part) => this.drain(part))).then(() => undefined);
    this.compressed.catch(() => {}); // said by finish()
    for (const p of pcaps) {
      this.pcap.set(p.port, [p.header]);
      this.add(p.header.length);
    }
  }

  get overflow(): boolean {
    return this.overflowed;
  }

  /** Where replication r's trace goes. */
  output(r: number): TraceOutput {
    return {
      csv: (text) => {
        if (!this.overflowed) this.csv[r].write(this.encoder.encode(text));
      },
      pcap: (port, bytes) => {
        if (this.overflowed) return;
        this.pcap.get(port)!.push(bytes);
        this.add(bytes.length);
      },
      end: () => this.csv[r]?.close(),
    };
  }

  /** After the run: the files' bytes (every replication's output has ended by then). */
  async finish(): Promise<RecordedTrace> {
    await this.compressed;
    await this.sink?.close();
    return {
      csvGz: this.csv.length > 0 && !this.sink ? concat(this.csv.flatMap((c) => c.chunks)) : null,
      pcaps: this.pcaps.map((p) => ({ name: p.name, bytes: concat(this.pcap.get(p.port)!) })),
    };
  }

  /**
   * Reads a replication's compressed stream as it comes. Without a sink every chunk is kept; with
   * one, the chunks wait (held) only until the replications before it are written, then go straight on.
   */
  private drain(part: GzipPart): Promise<void> {
    const { sink } = this;
    let mine!: () => void;
    const previous = this.turn;
    this.turn = new Promise((resolve) => (mine = resolve));
    let myTurn = false;
    void previous.then(() => (myTurn = true));
    const flush = async () => {
      for (const chunk of part.chunks.splice(0)) {
        await sink!.write(chunk);
        this.add(-chunk.length);
      }
    };
    return (async () => {
      for (let c = await part.reader.read(); !c.done; c = await part.reader.read()) {
        part.chunks.push(c.value);
        this.add(c.value.length);
        if (sink && myTurn) await flush();
      }
      if (sink) {
        await previous;
        await flush();
      }
      mine();
    })();
  }

  /** After a cancelled or failed run: the sink's target is left as it was. */
  abort(): void {
    void this.sink?.abort().catch(() => {});
  }

  private add(n: number): void {
    this.held += n;
    this.peak = Math.max(this.peak, this.held);
    if (this.held > this.limit && !this.overflowed) {
      this.overflowed = true;
      this.onOverflow(this.held);
    }
  }
}
