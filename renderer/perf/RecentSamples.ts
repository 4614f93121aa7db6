/**
 * The last `capacity` samples of a measurement the app keeps while it runs (frame times, drag
 * handler costs, for the benchmark and the tests): a ring, so a session that runs for hours
 * holds at most `capacity` numbers.
 */
export class RecentSamples {
  private readonly ring: Float64Array;
  private next = 0;
  private size = 0;

  constructor(readonly capacity = 600) {
    this.ring = new Float64Array(capacity);
  }

  push(x: number): void {
    this.ring[this.next] = x;
    this.next = (this.next + 1) % this.capacity;
    if (this.size < this.capacity) this.size++;
  }

  get length(): number {
    return this.size;
  }

  /** the samples kept, oldest first */
  values(): number[] {
    const start = (this.next - this.size + this.capacity) % this.capacity;
    return Array.from({ length: this.size }, (_, i) => this.ring[(start + i) % this.capacity]);
  }
}
