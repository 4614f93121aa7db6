/** Requests at compute nodes, one job each, as a struct of arrays with a free list. */
import { FreeList } from '../core/FreeList.ts';
import { grown } from '../core/grown.ts';
import type { MemoryBudget } from '../core/ResourceLimit.ts';

export type JobId = number & { readonly __id: 'job' };

/** bytes per job across the arrays below and the free list */
const BYTES_PER_JOB = 20;

export class Jobs extends FreeList<JobId> {
  /** the request's message */
  msg = new Int32Array(0);
  /** when the whole request reached the node */
  arrived = new Float64Array(0);
  /** next job in its queue or batch (−1: last) */
  next = new Int32Array(0);

  constructor(initial: number, budget?: MemoryBudget) {
    super(BYTES_PER_JOB, 'requests at compute nodes', budget);
    this.reserve(initial);
  }

  protected growColumns(cap: number): void {
    this.msg = grown(this.msg, cap);
    this.arrived = grown(this.arrived, cap);
    this.next = grown(this.next, cap);
  }
}
