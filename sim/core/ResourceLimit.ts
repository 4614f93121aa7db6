/**
 * Limits on what one replication may hold, so a scenario that validates can never take the
 * machine down: the structures that grow with the traffic in flight (packets, messages, the event
 * heap) reserve their bytes here before they grow, and a run past its limit stops with a
 * ResourceLimitError saying what grew, instead of a RangeError or the kernel's OOM killer.
 */
export class ResourceLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceLimitError';
  }
}

export class MemoryBudget {
  private used = 0;

  constructor(readonly limitBytes = Infinity) {}

  get usedBytes(): number {
    return this.used;
  }

  /** Reserves `bytes` more for `what` (e.g. "packets in flight"); throws when the total would pass the limit. */
  take(bytes: number, what: string): void {
    if (this.used + bytes > this.limitBytes)
      throw new ResourceLimitError(`${what} would need ${mib(this.used + bytes)} of memory, more than the limit of ${mib(this.limitBytes)}`);
    this.used += bytes;
  }
}

const mib = (b: number) => (b >= 2 ** 30 ? `${+(b / 2 ** 30).toPrecision(3)} GiB` : `${+(b / 2 ** 20).toPrecision(3)} MiB`);
