/**
 * Compute nodes: each a multi-server queue of requests with dynamic batching. Requests queue
 * per model (job classes — a request flow, a pipeline's stage — naming the same `model` share
 * a queue; those without one share the node's default queue), FIFO within a queue. An idle
 * server takes up to `batchMax` requests of one model as soon as that many wait, or when the oldest has waited `batchTimeout` (Triton's
 * max queue delay); among ready queues the one with the oldest request goes first. Without
 * batching it takes one at a time (M/G/c). A batch takes the longest of its requests'
 * service draws plus `perItem` for each request beyond the first.
 */
import type { MessageId, NodeIndex } from '../core/ids.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { MemoryBudget } from '../core/ResourceLimit.ts';
import type { Rng } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import type { Model } from '../scenario/model.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import { jobClasses } from './jobClasses.ts';
import { type JobId, Jobs } from './Jobs.ts';

export interface ComputeNodesOptions {
  model: Model;
  kernel: Kernel;
  rng: Rng;
  budget?: MemoryBudget;
  /** statistics count work that starts in [windowStart, windowEnd) */
  windowStart: Ps;
  windowEnd: Ps;
  /** the job class of a request (jobClasses: its flow, or its pipeline flow's stage) */
  classOf(msg: MessageId): number;
  /** a request was served: its response leaves now */
  onDone(msg: MessageId): void;
}

export class ComputeNodes {
  // per node
  private readonly servers: Int32Array;
  private readonly idle: Int32Array;
  private readonly nodeBatchMax: Int32Array;
  private readonly nodeTimeoutPs: Float64Array;
  private readonly nodePerItemPs: Float64Array;
  /** batching per queue: the node's, or the first of its classes that sets its own */
  private readonly batchMax: Int32Array;
  private readonly timeoutPs: Float64Array;
  private readonly perItemPs: Float64Array;
  /** queues: one per (node, model); each node lists its queues */
  private readonly nodeQueues: number[][];
  private readonly queueOfClass: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly count: Int32Array;
  private readonly timeoutAt: Float64Array;
  /** requests waiting at each node */
  readonly waiting: Int32Array;
  private readonly nodeService: (Sampler | undefined)[];
  private readonly classService: (Sampler | undefined)[];
  /** one per request at a node, linked into its queue, then its batch */
  private readonly jobs: Jobs;
  // batches in service
  private batchHead: number[] = [];
  private batchNode: number[] = [];
  private freeBatches: number[] = [];
  // statistics (work that starts in the measured window)
  readonly busyPs: Float64Array;
  readonly waitSum: Float64Array;
  readonly served: Float64Array;
  readonly batches: Float64Array;
  /** per job class: waits and service of its requests, for attribution */
  readonly classWaitSum: Float64Array;
  readonly classWaitMax: Float64Array;
  readonly classServiceSum: Float64Array;
  readonly classJobs: Float64Array;

  private readonly kernel: Kernel;
  private readonly classOf: (msg: MessageId) => number;
  private readonly onDone: (msg: MessageId) => void;
  private readonly windowStart: number;
  private readonly windowEnd: number;
  private readonly timeoutKind: EventKind;
  private readonly doneKind: EventKind;

  constructor({ model, kernel, rng, budget, windowStart, windowEnd, classOf, onDone }: ComputeNodesOptions) {
    this.kernel = kernel;
    this.classOf = classOf;
    this.onDone = onDone;
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
    this.jobs = new Jobs(64, budget);
    const n = model.nodes.length;
    this.servers = new Int32Array(n);
    this.idle = new Int32Array(n);
    this.nodeBatchMax = new Int32Array(n);
    this.nodeTimeoutPs = new Float64Array(n);
    this.nodePerItemPs = new Float64Array(n);
    this.waiting = new Int32Array(n);
    this.busyPs = new Float64Array(n);
    this.waitSum = new Float64Array(n);
    this.served = new Float64Array(n);
    this.batches = new Float64Array(n);
    const { classes } = jobClasses(model);
    this.classWaitSum = new Float64Array(classes.length);
    this.classWaitMax = new Float64Array(classes.length);
    this.classServiceSum = new Float64Array(classes.length);
    this.classJobs = new Float64Array(classes.length);
    this.nodeService = model.nodes.map((node) => {
      const c = node.compute;
      if (!c) return undefined;
      this.servers[node.index] = this.idle[node.index] = c.servers;
      this.nodeBatchMax[node.index] = c.batchMax;
      this.nodeTimeoutPs[node.index] = c.batchTimeoutPs;
      this.nodePerItemPs[node.index] = c.perItemPs;
      return sampler(c.service, rng.stream(`compute:${node.id}/service`));
    });
    this.classService = classes.map((c) => (c?.service ? sampler(c.service, rng.stream(c.serviceStream)) : undefined));
    // one queue per (node, model), with the node's batching unless a class of the model sets its own
    this.nodeQueues = model.nodes.map(() => []);
    this.queueOfClass = new Int32Array(classes.length).fill(-1);
    const queueByKey = new Map<string, number>();
    const batching: { max: number; timeoutPs: number; perItemPs: number }[] = [];
    const ownBatching = new Set<number>();
    classes.forEach((c, k) => {
      if (!c) return;
      const key = `${c.node}\u0000${c.model ?? ''}`;
      let q = queueByKey.get(key);
      if (q === undefined) {
        q = queueByKey.size;
        queueByKey.set(key, q);
        this.nodeQueues[c.node].push(q);
        batching.push({ max: this.nodeBatchMax[c.node], timeoutPs: this.nodeTimeoutPs[c.node], perItemPs: this.nodePerItemPs[c.node] });
      }
      if (c.batch && !ownBatching.has(q)) {
        ownBatching.add(q);
        batching[q] = c.batch;
      }
      this.queueOfClass[k] = q;
    });
    const queues = queueByKey.size;
    this.batchMax = Int32Array.from(batching, (b) => b.max);
    this.timeoutPs = Float64Array.from(batching, (b) => b.timeoutPs);
    this.perItemPs = Float64Array.from(batching, (b) => b.perItemPs);
    this.head = new Int32Array(queues).fill(-1);
    this.tail = new Int32Array(queues).fill(-1);
    this.count = new Int32Array(queues);
    this.timeoutAt = new Float64Array(queues).fill(-1);
    this.timeoutKind = kernel.register('compute:batch-timeout', (node) => this.timeout(node as NodeIndex, kernel.now));
    this.doneKind = kernel.register('compute:service-done', (batch) => this.done(batch, kernel.now));
  }

  /** A whole request (every fragment) reached compute node `node`. */
  arrive(node: NodeIndex, msg: MessageId): void {
    const now = this.kernel.now;
    const jobs = this.jobs;
    const j = jobs.alloc();
    jobs.msg[j] = msg;
    jobs.arrived[j] = now;
    jobs.next[j] = -1;
    const q = this.queueOfClass[this.classOf(msg)];
    if (this.tail[q] < 0) this.head[q] = j;
    else jobs.next[this.tail[q]] = j;
    this.tail[q] = j;
    this.count[q]++;
    this.waiting[node]++;
    this.tryStart(node, now);
  }

  private timeout(node: NodeIndex, now: Ps): void {
    for (const q of this.nodeQueues[node]) if (this.timeoutAt[q] === now) this.timeoutAt[q] = -1;
    this.tryStart(node, now);
  }

  private done(batch: number, now: Ps): void {
    const jobs = this.jobs;
    const node = this.batchNode[batch] as NodeIndex;
    let j = this.batchHead[batch] as JobId;
    this.freeBatches.push(batch);
    while (j >= 0) {
      const next = jobs.next[j] as JobId;
      this.onDone(jobs.msg[j] as MessageId);
      jobs.release(j);
      j = next;
    }
    this.idle[node]++;
    this.tryStart(node, now);
  }

  private tryStart(node: NodeIndex, now: Ps): void {
    const jobs = this.jobs;
    const queues = this.nodeQueues[node];
    while (this.idle[node] > 0 && this.waiting[node] > 0) {
      // the ready queue whose oldest request is oldest (ties: the queue declared first)
      let ready = -1;
      for (const q of queues) {
        if (this.count[q] === 0) continue;
        const head = jobs.arrived[this.head[q]];
        const max = this.batchMax[q];
        const isReady = max === 1 || this.count[q] >= max || now >= head + this.timeoutPs[q];
        if (isReady && (ready < 0 || head < jobs.arrived[this.head[ready]])) ready = q;
      }
      if (ready < 0) {
        for (const q of queues) {
          if (this.count[q] === 0) continue;
          const deadline = jobs.arrived[this.head[q]] + this.timeoutPs[q];
          if (this.timeoutAt[q] !== deadline) {
            this.timeoutAt[q] = deadline;
            this.kernel.push(deadline, this.timeoutKind, node, 0);
          }
        }
        return;
      }
      this.startBatch(node, ready, Math.min(this.batchMax[ready], this.count[ready]), now);
    }
  }

  private startBatch(node: NodeIndex, q: number, size: number, now: Ps): void {
    const jobs = this.jobs;
    const batch = this.freeBatches.length > 0 ? this.freeBatches.pop()! : this.batchHead.length;
    this.batchHead[batch] = this.head[q];
    this.batchNode[batch] = node;
    let longest = 0;
    let j = this.head[q];
    let last = j;
    const inWindow = now >= this.windowStart && now < this.windowEnd;
    for (let k = 0; k < size; k++) {
      const c = this.classOf(jobs.msg[j] as MessageId);
      const s = (this.classService[c] ?? this.nodeService[node]!)();
      if (s > longest) longest = s;
      if (inWindow) {
        const wait = now - jobs.arrived[j];
        this.waitSum[node] += wait;
        this.classWaitSum[c] += wait;
        if (wait > this.classWaitMax[c]) this.classWaitMax[c] = wait;
        this.classJobs[c]++;
      }
      last = j;
      j = jobs.next[j];
    }
    jobs.next[last] = -1;
    this.head[q] = j;
    if (j < 0) this.tail[q] = -1;
    this.count[q] -= size;
    this.waiting[node] -= size;
    this.idle[node]--;
    const service = Math.round(longest * 1e12) + (size - 1) * this.perItemPs[q];
    if (inWindow) {
      for (let i = this.batchHead[batch]; i >= 0; i = jobs.next[i]) this.classServiceSum[this.classOf(jobs.msg[i] as MessageId)] += service;
      this.busyPs[node] += service;
      this.served[node] += size;
      this.batches[node]++;
    }
    this.kernel.push(now + service, this.doneKind, batch, 0);
  }
}
