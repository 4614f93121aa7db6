/**
 * Replications folded in replication order as they finish, by any number of workers; ones that
 * finish early wait in a buffer of at most `limit`, and `room()` holds a worker back until there is
 * space, so a host's memory stays bounded however many replications run (CLI and app alike).
 */
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import type { ReportAccumulator } from './ReportAccumulator.ts';

export class OrderedFold {
  private readonly early = new Map<number, ReplicationResult>();
  private waiting: (() => void)[] = [];

  constructor(
    readonly acc: ReportAccumulator,
    private readonly limit: number,
  ) {}

  add(r: ReplicationResult): void {
    this.early.set(r.replication, r);
    for (let next = this.early.get(this.acc.replications); next; next = this.early.get(this.acc.replications)) {
      this.early.delete(next.replication);
      this.acc.add(next);
    }
    if (this.early.size < this.limit) for (const wake of this.waiting.splice(0)) wake();
  }

  room(): Promise<void> {
    return this.early.size < this.limit ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
