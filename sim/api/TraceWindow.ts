/**
 * A replication's trace output with a credit window: the parts the engine's encoder makes go on to
 * the host's output while less than `bytes` of them are in flight (sent, and the promise the
 * output's call returned not yet settled: the host's sink has not taken them yet); past that they
 * are held here and wait() tells the engine to stop until the host catches up. So the host holds at
 * most the window plus one part of the trace, whatever the disk's speed, and the worker at most what
 * PACE_EVERY events make besides. An output whose calls return nothing (an in-thread sink that
 * takes each part at once) is never waited for.
 */
import type { TraceOutput } from './traceRun.ts';

/** bytes of trace (CSV characters, pcapng bytes) a replication may have in flight to its host's sink */
export const TRACE_WINDOW_BYTES = 8 * 1024 * 1024;

type Part = [size: number, send: () => void | Promise<void>];

export class TraceWindow implements TraceOutput {
  /** bytes sent and not yet taken by the host's sink */
  inFlight = 0;
  private readonly held: Part[] = [];
  private waiting: Promise<void> | undefined;
  private wake: () => void = () => {};
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly out: TraceOutput,
    readonly bytes = TRACE_WINDOW_BYTES,
  ) {}

  csv(text: string): void {
    this.part([text.length, () => this.out.csv(text)]);
  }

  pcap(port: number, bytes: Uint8Array): void {
    this.part([bytes.byteLength, () => this.out.pcap(port, bytes)]);
  }

  /** A promise to await before going on when parts are held or the window is full, else undefined; it rejects when a part failed. */
  wait(): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.open()) return undefined;
    return this.taken().then(() => {
      if (this.failure) throw this.failure.error;
    });
  }

  /** Sends what is held, and once the output has taken every part, its end; settles when that has. */
  async end(): Promise<void> {
    while ((this.held.length > 0 || this.inFlight > 0) && !this.failure) await this.taken();
    if (this.failure) throw this.failure.error;
    await this.out.end();
  }

  /** Settles when the output next takes a part (or fails to). */
  private taken(): Promise<void> {
    this.waiting ??= new Promise<void>((resolve) => (this.wake = resolve));
    return this.waiting;
  }

  private open(): boolean {
    return this.held.length === 0 && this.inFlight < this.bytes;
  }

  private part(p: Part): void {
    if (this.open()) this.send(p);
    else this.held.push(p);
  }

  private send([size, send]: Part): void {
    const taken = send();
    if (taken === undefined) return;
    this.inFlight += size;
    taken.then(
      () => {
        this.inFlight -= size;
        this.pump();
      },
      (error: unknown) => {
        this.failure ??= { error };
        this.release();
      },
    );
  }

  /** Sends held parts while the window has room; wakes the engine once nothing is held and there is room (end() at each part). */
  private pump(): void {
    while (this.held.length > 0 && this.inFlight < this.bytes) this.send(this.held.shift()!);
    if (this.open() || this.held.length === 0) this.release();
  }

  private release(): void {
    this.waiting = undefined;
    this.wake();
  }
}
