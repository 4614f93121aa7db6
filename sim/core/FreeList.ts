/**
 * Slots of a struct of arrays, handed out and taken back through a free list: nothing is
 * allocated per slot once the columns have grown to the most ever in use. The columns double
 * when the list runs dry, and their bytes are reserved in the replication's MemoryBudget first,
 * so a run whose traffic piles up stops with a ResourceLimitError naming what grew.
 *
 * A subclass declares its columns (empty arrays), grows them in `growColumns` (with `grown`),
 * and calls `reserve(initial)` at the end of its constructor.
 */
import type { MemoryBudget } from './ResourceLimit.ts';
import { grown } from './grown.ts';

export abstract class FreeList<Slot extends number> {
  capacity = 0;
  /** slots handed out and not yet taken back */
  inUse = 0;
  private free = new Int32Array(0);
  private freeTop = 0;

  /**
   * @param bytesPerSlot bytes per slot across the columns and the free list
   * @param what what the slots are, for the limit's message ("packets in flight")
   */
  constructor(
    private readonly bytesPerSlot: number,
    private readonly what: string,
    private readonly budget?: MemoryBudget,
  ) {}

  alloc(): Slot {
    if (this.freeTop === 0) this.reserve(this.capacity * 2);
    this.inUse++;
    return this.free[--this.freeTop] as Slot;
  }

  release(slot: Slot): void {
    this.inUse--;
    this.free[this.freeTop++] = slot;
  }

  /** Grows to `capacity` slots; the new ones are handed out lowest first. */
  protected reserve(capacity: number): void {
    const old = this.capacity;
    this.budget?.take((capacity - old) * this.bytesPerSlot, `${capacity.toLocaleString('en-US')} ${this.what}`);
    this.growColumns(capacity);
    this.free = grown(this.free.subarray(0, this.freeTop), capacity);
    for (let i = capacity - 1; i >= old; i--) this.free[this.freeTop++] = i;
    this.capacity = capacity;
  }

  /** Grows every column to `capacity` elements, keeping what they hold. */
  protected abstract growColumns(capacity: number): void;
}
