/**
 * Where a traced run's parts go in the app, as they arrive from the workers: each replication's CSV
 * rows into a gzip stream of its own (CompressionStream, so what is held is the compressed text),
 * each captured port's pcapng blocks kept as they come. finish() joins the replications' gzip
 * members in replication order, the first opening with the header: decompressed, the same bytes
 * `netloom run --trace-out` writes, whatever order the replications finished in. Bounded: past
 * `limit` bytes held (compressed trace, captures, text waiting to be compressed) it stops taking
 * parts and calls `onOverflow`, so the run is cancelled instead of the window running out of memory.
 */
import { TRACE_CSV_HEADER, type TraceOutput } from '../../sim/api/index.ts';
import type { PcapTarget } from './traceSettings.ts';

export interface RecordedTrace {
  /** the .csv.gz, null when per-packet outcomes were not asked for */
  csvGz: Uint8Array | null;
  pcaps: { name: string; bytes: Uint8Array }[];
}

class GzipPart {
  readonly chunks: Uint8Array[] = [];
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  readonly done: Promise<void>;
  constructor(private readonly held: (n: number) => void) {
    const gz = new CompressionStream('gzip');
    this.writer = gz.writable.getWriter();
    const reader = gz.readable.getReader();
    this.done = (async () => {
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        this.chunks.push(r.value);
        held(r.value.length);
      }
    })();
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

  constructor(
    replications: number,
    packets: boolean,
    private readonly pcaps: readonly PcapTarget[],
    private readonly limit: number,
    private readonly onOverflow: (held: number) => void,
  ) {
    const held = (n: number) => this.add(n);
    this.csv = packets ? Array.from({ length: replications }, () => new GzipPart(held)) : [];
    this.csv[0]?.write(this.encoder.encode(TRACE_CSV_HEADER));
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
    await Promise.all(this.csv.map((c) => c.done));
    return {
      csvGz: this.csv.length > 0 ? concat(this.csv.flatMap((c) => c.chunks)) : null,
      pcaps: this.pcaps.map((p) => ({ name: p.name, bytes: concat(this.pcap.get(p.port)!) })),
    };
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
