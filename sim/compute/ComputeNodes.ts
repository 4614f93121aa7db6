/**
 * Compute nodes: each a multi-server FIFO queue of requests with dynamic batching. An idle
 * server takes up to `batchMax` waiting requests as soon as that many wait, or when the
 * oldest has waited `batchTimeout` (Triton's max queue delay); without batching it takes
 * one at a time (M/G/c). A batch takes the longest of its requests' service draws plus
 * `perItem` for each request beyond the first.
 */
import type { EventQueue } from '../core/EventQueue.ts';
import type { Rng } from '../core/Rng.ts';
import type { Model } from '../scenario/model.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';

export const EV_BATCH_TIMEOUT = 3;
export const EV_SERVICE_DONE = 4;

export class ComputeNodes {
  // per node
  private readonly servers: Int32Array;
  private readonly idle: Int32Array;
  private readonly batchMax: Int32Array;
  private readonly timeoutPs: Float64Array;
  private readonly perItemPs: Float64Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly waiting: Int32Array;
  private readonly timeoutAt: Float64Array;
  private readonly nodeService: (Sampler | undefined)[];
  private readonly flowService: (Sampler | undefined)[];
  // jobs: one per request at a node (linked lists for queues and batches)
  private jobMsg = new Int32Array(64);
  private jobArrive = new Float64Array(64);
  private jobNext = new Int32Array(64);
  private freeJobs: number[] = [];
  private jobCount = 0;
  // batches in service
  private batchHead: number[] = [];
  private batchNode: number[] = [];
  private freeBatches: number[] = [];
  // statistics (work that starts in the measured window)
  readonly busyPs: Float64Array;
  readonly waitSum: Float64Array;
  readonly jobs: Float64Array;
  readonly batches: Float64Array;
  /** per flow: waits and service of its requests, for attribution */
  readonly flowWaitSum: Float64Array;
  readonly flowWaitMax: Float64Array;
  readonly flowServiceSum: Float64Array;
  readonly flowJobs: Float64Array;

  constructor(
    model: Model,
    private readonly queue: EventQueue,
    rng: Rng,
    private readonly flowOf: (msg: number) => number,
    private readonly onDone: (msg: number, now: number) => void,
    private readonly windowStart: number,
    private readonly windowEnd: number,
  ) {
    const n = model.nodes.length;
    this.servers = new Int32Array(n);
    this.idle = new Int32Array(n);
    this.batchMax = new Int32Array(n);
    this.timeoutPs = new Float64Array(n);
    this.perItemPs = new Float64Array(n);
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    this.waiting = new Int32Array(n);
    this.timeoutAt = new Float64Array(n).fill(-1);
    this.busyPs = new Float64Array(n);
    this.waitSum = new Float64Array(n);
    this.jobs = new Float64Array(n);
    this.batches = new Float64Array(n);
    const flows = model.flows.length;
    this.flowWaitSum = new Float64Array(flows);
    this.flowWaitMax = new Float64Array(flows);
    this.flowServiceSum = new Float64Array(flows);
    this.flowJobs = new Float64Array(flows);
    this.nodeService = model.nodes.map((node) => {
      const c = node.compute;
      if (!c) return undefined;
      this.servers[node.index] = this.idle[node.index] = c.servers;
      this.batchMax[node.index] = c.batchMax;
      this.timeoutPs[node.index] = c.batchTimeoutPs;
      this.perItemPs[node.index] = c.perItemPs;
      return sampler(c.service, rng.stream(`compute:${node.id}/service`));
    });
    this.flowService = model.flows.map((f) => (f.service ? sampler(f.service, rng.stream(`flow:${f.id}/service`)) : undefined));
  }

  /** A whole request (every fragment) reached compute node `node`. */
  arrive(node: number, msg: number, now: number): void {
    const j = this.allocJob();
    this.jobMsg[j] = msg;
    this.jobArrive[j] = now;
    this.jobNext[j] = -1;
    if (this.tail[node] < 0) this.head[node] = j;
    else this.jobNext[this.tail[node]] = j;
    this.tail[node] = j;
    this.waiting[node]++;
    this.tryStart(node, now);
  }

  timeout(node: number, now: number): void {
    if (this.timeoutAt[node] === now) this.timeoutAt[node] = -1;
    this.tryStart(node, now);
  }

  done(batch: number, now: number): void {
    const node = this.batchNode[batch];
    let j = this.batchHead[batch];
    this.freeBatches.push(batch);
    while (j >= 0) {
      const next = this.jobNext[j];
      this.onDone(this.jobMsg[j], now);
      this.freeJobs.push(j);
      j = next;
    }
    this.idle[node]++;
    this.tryStart(node, now);
  }

  /** Requests waiting at a node, for snapshots. */
  queued(node: number): number {
    return this.waiting[node];
  }

  private tryStart(node: number, now: number): void {
    const max = this.batchMax[node];
    while (this.idle[node] > 0 && this.waiting[node] > 0) {
      const deadline = this.jobArrive[this.head[node]] + this.timeoutPs[node];
      if (max > 1 && this.waiting[node] < max && now < deadline) {
        if (this.timeoutAt[node] !== deadline) {
          this.timeoutAt[node] = deadline;
          this.queue.push(deadline, EV_BATCH_TIMEOUT, node, 0);
        }
        return;
      }
      this.startBatch(node, Math.min(max, this.waiting[node]), now);
    }
  }

  private startBatch(node: number, size: number, now: number): void {
    const batch = this.freeBatches.length > 0 ? this.freeBatches.pop()! : this.batchHead.length;
    this.batchHead[batch] = this.head[node];
    this.batchNode[batch] = node;
    let longest = 0;
    let j = this.head[node];
    let last = j;
    const inWindow = now >= this.windowStart && now < this.windowEnd;
    for (let k = 0; k < size; k++) {
      const f = this.flowOf(this.jobMsg[j]);
      const s = (this.flowService[f] ?? this.nodeService[node]!)();
      if (s > longest) longest = s;
      if (inWindow) {
        const wait = now - this.jobArrive[j];
        this.waitSum[node] += wait;
        this.flowWaitSum[f] += wait;
        if (wait > this.flowWaitMax[f]) this.flowWaitMax[f] = wait;
        this.flowJobs[f]++;
      }
      last = j;
      j = this.jobNext[j];
    }
    this.jobNext[last] = -1;
    this.head[node] = j;
    if (j < 0) this.tail[node] = -1;
    this.waiting[node] -= size;
    this.idle[node]--;
    const service = Math.round(longest * 1e12) + (size - 1) * this.perItemPs[node];
    if (inWindow) {
      for (let i = this.batchHead[batch]; i >= 0; i = this.jobNext[i]) this.flowServiceSum[this.flowOf(this.jobMsg[i])] += service;
      this.busyPs[node] += service;
      this.jobs[node] += size;
      this.batches[node]++;
    }
    this.queue.push(now + service, EV_SERVICE_DONE, batch, 0);
  }

  private allocJob(): number {
    if (this.freeJobs.length > 0) return this.freeJobs.pop()!;
    if (this.jobCount === this.jobMsg.length) {
      const cap = this.jobCount * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const n = new (a.constructor as new (n: number) => T)(cap);
        n.set(a);
        return n;
      };
      this.jobMsg = grow(this.jobMsg);
      this.jobArrive = grow(this.jobArrive);
      this.jobNext = grow(this.jobNext);
    }
    return this.jobCount++;
  }
}
