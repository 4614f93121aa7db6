/**
 * Per-packet outcomes and per-port transmissions of one replication, over a time window and a set
 * of flows: what `run --trace-out` and `--pcap-out` write. Opt-in: the engine holds a Tracer only
 * when a run asks for a trace, and with none it does no extra work. Rows are kept in typed arrays
 * of CHUNK rows and handed to the sink whenever one fills, so memory stays bounded whatever the
 * run's length. Pure and deterministic: rows come in the order the engine decides outcomes.
 */
import { grown } from '../core/grown.ts';

/** What to trace; times in ps. */
export interface TraceOptions {
  /** the window: packets emitted, frames whose transmission starts, in [startPs, endPs) (default: the whole run) */
  startPs?: number;
  endPs?: number;
  /** indices of the flows traced (default: every flow) */
  flows?: readonly number[];
  /** record each packet's outcome (default true) */
  packets?: boolean;
  /** indices of the egress ports whose transmissions are recorded (default: none) */
  ports?: readonly number[];
}

/** Outcomes of `count` packets (messages as the source emitted them): row i of each column. */
export interface PacketRows {
  count: number;
  flow: Int32Array;
  /** the packet's number in its flow, from 0 (every emission counts, traced or not) */
  seq: Float64Array;
  sentPs: Float64Array;
  /** bytes handed to the link layer, as emitted (before fragmentation) */
  size: Float64Array;
  /** arrival of its last bit at the destination (of the response, for a request/response flow); −1: lost */
  arrivedPs: Float64Array;
  /** the port where it was lost (a full queue, a lossy or failed link); −1: delivered */
  droppedAt: Int32Array;
}

/** `count` transmissions starting on traced ports: row i of each column. */
export interface FrameRows {
  count: number;
  port: Int32Array;
  startPs: Float64Array;
  /** bytes of the packet (a fragment's own) handed to the link layer */
  size: Float64Array;
  flow: Int32Array;
  pcp: Uint8Array;
  tagged: Uint8Array;
}

export interface TraceSink {
  packets(rows: PacketRows): void;
  frames(rows: FrameRows): void;
  /**
   * A promise when the sink wants the engine to stop until it settles (its output is behind: the
   * host writes slower than the run traces), else undefined. Asked between events (Simulation.runPaced).
   */
  wait?(): Promise<void> | undefined;
}

/** rows per chunk handed to the sink */
export const CHUNK = 4096;

const packetRows = (): PacketRows => ({
  count: 0,
  flow: new Int32Array(CHUNK),
  seq: new Float64Array(CHUNK),
  sentPs: new Float64Array(CHUNK),
  size: new Float64Array(CHUNK),
  arrivedPs: new Float64Array(CHUNK),
  droppedAt: new Int32Array(CHUNK),
});

const frameRows = (): FrameRows => ({
  count: 0,
  port: new Int32Array(CHUNK),
  startPs: new Float64Array(CHUNK),
  size: new Float64Array(CHUNK),
  flow: new Int32Array(CHUNK),
  pcp: new Uint8Array(CHUNK),
  tagged: new Uint8Array(CHUNK),
});

export class Tracer {
  private readonly startPs: number;
  private readonly endPs: number;
  private readonly packetsOn: boolean;
  /** per flow: traced (1) or not, and the number of its next emission */
  private readonly flowOn: Uint8Array;
  private readonly nextSeq: Float64Array;
  /** per egress port: its transmissions recorded (1) or not */
  readonly portOn: Uint8Array;
  /** per message in flight: its number in its flow when its outcome is traced, else −1; the port of its first drop */
  private seqOf = new Float64Array(1024);
  private dropOf = new Int32Array(1024);
  private rows = packetRows();
  private frameBuf = frameRows();

  constructor(
    flows: number,
    ports: number,
    o: TraceOptions,
    private readonly sink: TraceSink,
  ) {
    this.startPs = o.startPs ?? 0;
    this.endPs = o.endPs ?? Infinity;
    this.packetsOn = o.packets ?? true;
    this.flowOn = new Uint8Array(flows).fill(o.flows ? 0 : 1);
    for (const f of o.flows ?? []) this.flowOn[f] = 1;
    this.nextSeq = new Float64Array(flows);
    this.portOn = new Uint8Array(ports);
    for (const p of o.ports ?? []) this.portOn[p] = 1;
  }

  /** Message m of flow f is emitted now. */
  emitted(m: number, f: number, now: number): void {
    if (m >= this.seqOf.length) {
      const n = Math.max(m + 1, 2 * this.seqOf.length);
      this.seqOf = grown(this.seqOf, n);
      this.dropOf = grown(this.dropOf, n);
    }
    const seq = this.nextSeq[f]++;
    this.seqOf[m] = this.packetsOn && this.flowOn[f] === 1 && now >= this.startPs && now < this.endPs ? seq : -1;
    this.dropOf[m] = -1;
  }

  /** A packet of message m was dropped at `port`: the first drop is the one reported. */
  dropped(m: number, port: number): void {
    if (this.dropOf[m] < 0) this.dropOf[m] = port;
  }

  /** Message m of flow f, `size` bytes emitted at `sentPs`, reached its destination at `now` (−1: it is lost). */
  outcome(m: number, f: number, sentPs: number, size: number, now: number): void {
    const seq = this.seqOf[m];
    if (seq < 0) return;
    this.seqOf[m] = -1; // one outcome per message (802.1CB: the first copy; later ones are eliminated)
    const r = this.rows;
    const i = r.count++;
    r.flow[i] = f;
    r.seq[i] = seq;
    r.sentPs[i] = sentPs;
    r.size[i] = size;
    r.arrivedPs[i] = now;
    r.droppedAt[i] = now < 0 ? this.dropOf[m] : -1;
    if (r.count === CHUNK) this.flushPackets();
  }

  /** A frame of flow f starts on traced `port` at `startPs`. */
  frame(port: number, startPs: number, size: number, f: number, pcp: number, tagged: number): void {
    if (this.flowOn[f] === 0 || startPs < this.startPs || startPs >= this.endPs) return;
    const r = this.frameBuf;
    const i = r.count++;
    r.port[i] = port;
    r.startPs[i] = startPs;
    r.size[i] = size;
    r.flow[i] = f;
    r.pcp[i] = pcp;
    r.tagged[i] = tagged;
    if (r.count === CHUNK) this.flushFrames();
  }

  /** Whether the sink can ask the engine to wait (then the run is paced: Simulation.runPaced). */
  get paced(): boolean {
    return this.sink.wait !== undefined;
  }

  /** The sink's wait: a promise to await before the next event, or undefined to go on. */
  wait(): Promise<void> | undefined {
    return this.sink.wait?.();
  }

  /** Hands over the rows not yet handed (at the end of the run). */
  flush(): void {
    if (this.rows.count > 0) this.flushPackets();
    if (this.frameBuf.count > 0) this.flushFrames();
  }

  private flushPackets(): void {
    const r = this.rows;
    this.rows = packetRows(); // the sink may keep (or transfer) the chunk it is given
    this.sink.packets(r);
  }

  private flushFrames(): void {
    const r = this.frameBuf;
    this.frameBuf = frameRows();
    this.sink.frames(r);
  }
}
