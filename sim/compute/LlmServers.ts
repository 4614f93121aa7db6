/**
 * LLM serving by continuous batching (Yu et al. 2022, Orca; vLLM): each compute node with
 * catalog accelerators runs one engine for the model its LLM flows name. An engine step runs the
 * prefill of the requests admitted at its start and one decode token for every request already
 * running; it lasts the roofline time of that work (roofline.ts) ÷ the serving efficiency
 * (servingEfficiency.ts). A prefill yields the request's first token. A request is admitted, in
 * arrival order, only when its prompt + answer tokens fit the KV cache left beside the weights
 * (memory − weights, less what admitted requests hold); the first that does not fit waits, and
 * those behind it wait too (FIFO). A request larger than the whole cache is refused (lost).
 * Tokens leave as they are produced: every `chunk` tokens (and the last) when the flow streams,
 * else the whole answer when its last token is made.
 */
import type { FlowId, MessageId, NodeIndex } from '../core/ids.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { Rng } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import type { Model } from '../scenario/model.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import { findAccelerator, findModel } from './catalog/catalog.ts';
import { kvCapacityTokens, rooflineSeconds, type ServingSetup } from './roofline.ts';
import { SERVING_EFFICIENCY } from './servingEfficiency.ts';

export interface LlmServersOptions {
  model: Model;
  kernel: Kernel;
  rng: Rng;
  /** statistics count the steps that start in [windowStart, windowEnd), and the waits of requests `counted` (emitted in it) */
  windowStart: Ps;
  windowEnd: Ps;
  flowOf(msg: MessageId): FlowId;
  counted(msg: MessageId): boolean;
  /** `tokens` more of request `msg`'s answer are made now; `last`: the answer is complete */
  onTokens(msg: MessageId, tokens: number, last: boolean): void;
  /** request `msg` can never fit the KV cache: it is lost */
  onRefused(msg: MessageId): void;
}

interface Request {
  msg: MessageId;
  flow: FlowId;
  prompt: number;
  output: number;
  made: number;
  /** tokens made since the last packet left */
  unsent: number;
  arrived: Ps;
}

interface Engine {
  node: NodeIndex;
  setup: ServingSetup;
  /** KV-cache tokens beside the weights, and those admitted requests hold */
  capacity: number;
  held: number;
  waiting: Request[];
  /** index of the first still waiting in `waiting` */
  head: number;
  admitted: Request[];
  running: Request[];
  busy: boolean;
}

export class LlmServers {
  /** per flow: 1 when an engine serves it */
  readonly isLlm: Uint8Array;
  /** the nodes that run an engine, in node order */
  readonly nodes: number[];
  /** requests waiting to join each node's engine */
  readonly waiting: Int32Array;
  private readonly engines: (Engine | undefined)[];
  private readonly prompt: (Sampler | undefined)[];
  private readonly output: (Sampler | undefined)[];
  private readonly stream: Uint8Array;
  private readonly chunk: Int32Array;
  // statistics
  /** per node: busy picoseconds, steps, requests decoding summed over steps */
  readonly busyPs: Float64Array;
  readonly steps: Float64Array;
  readonly batchSum: Float64Array;
  /** per flow: waits for admission (arrival at the node to the start of its prefill), and how many */
  readonly waitSum: Float64Array;
  readonly waitMax: Float64Array;
  readonly admittedCount: Float64Array;
  private readonly kernel: Kernel;
  private readonly stepKind: EventKind;
  private readonly o: LlmServersOptions;

  /** The engines of a model's LLM flows; undefined when it has none. */
  static of(o: LlmServersOptions): LlmServers | undefined {
    return o.model.flows.some((f) => f.llm) ? new LlmServers(o) : undefined;
  }

  private constructor(o: LlmServersOptions) {
    const { model, kernel, rng } = o;
    this.o = o;
    this.kernel = kernel;
    const F = model.flows.length;
    const N = model.nodes.length;
    this.isLlm = Uint8Array.from(model.flows, (f) => (f.llm ? 1 : 0));
    this.prompt = model.flows.map((f) => (f.llm ? sampler(f.llm.promptTokens, rng.stream(`flow:${f.id}/llm/prompt`)) : undefined));
    this.output = model.flows.map((f) => (f.llm ? sampler(f.llm.outputTokens, rng.stream(`flow:${f.id}/llm/output`)) : undefined));
    this.stream = Uint8Array.from(model.flows, (f) => (f.llm?.stream ? 1 : 0));
    this.chunk = Int32Array.from(model.flows, (f) => f.llm?.chunk ?? 1);
    this.engines = model.nodes.map(() => undefined);
    for (const f of model.flows) {
      if (!f.llm || this.engines[f.to]) continue;
      const acc = model.nodes[f.to].compute!.accelerator!;
      const setup: ServingSetup = { model: findModel(f.llm.model)!, accelerator: findAccelerator(acc.id)!, count: acc.count, quantization: f.llm.quantization };
      this.engines[f.to] = {
        node: f.to as NodeIndex,
        setup,
        capacity: kvCapacityTokens(setup),
        held: 0,
        waiting: [],
        head: 0,
        admitted: [],
        running: [],
        busy: false,
      };
    }
    this.nodes = model.nodes.filter((n) => this.engines[n.index]).map((n) => n.index);
    this.waiting = new Int32Array(N);
    this.busyPs = new Float64Array(N);
    this.steps = new Float64Array(N);
    this.batchSum = new Float64Array(N);
    this.waitSum = new Float64Array(F);
    this.waitMax = new Float64Array(F);
    this.admittedCount = new Float64Array(F);
    this.stepKind = kernel.register('llm:step-done', (node) => this.stepDone(this.engines[node]!));
  }

  /** Requests waiting at each node: `w` (at its compute servers) and those waiting to join its engine. */
  plusWaiting(w: Int32Array): Int32Array {
    return w.map((x, n) => x + this.waiting[n]);
  }

  /** A whole request reached the LLM node `node`. */
  arrive(node: NodeIndex, msg: MessageId): void {
    const e = this.engines[node]!;
    const flow = this.o.flowOf(msg);
    const draw = (s: Sampler) => Math.max(1, Math.round(s()));
    const r: Request = { msg, flow, prompt: draw(this.prompt[flow]!), output: draw(this.output[flow]!), made: 0, unsent: 0, arrived: this.kernel.now };
    if (r.prompt + r.output > e.capacity) return this.o.onRefused(msg);
    e.waiting.push(r);
    this.waiting[node]++;
    if (!e.busy) this.step(e);
  }

  /** Admits what fits, then starts a step if there is work. */
  private step(e: Engine): void {
    const now = this.kernel.now;
    const inWindow = now >= this.o.windowStart && now < this.o.windowEnd;
    while (e.head < e.waiting.length) {
      const r = e.waiting[e.head];
      if (e.held + r.prompt + r.output > e.capacity) break;
      e.held += r.prompt + r.output;
      e.admitted.push(r);
      e.head++;
      this.waiting[e.node]--;
      if (this.o.counted(r.msg)) {
        const wait = now - r.arrived;
        this.waitSum[r.flow] += wait;
        if (wait > this.waitMax[r.flow]) this.waitMax[r.flow] = wait;
        this.admittedCount[r.flow]++;
      }
    }
    if (e.head > 64 && e.head * 2 > e.waiting.length) {
      e.waiting = e.waiting.slice(e.head);
      e.head = 0;
    }
    if (e.admitted.length === 0 && e.running.length === 0) {
      e.busy = false;
      return;
    }
    let prefill = 0;
    for (const r of e.admitted) prefill += r.prompt;
    let context = 0;
    for (const r of e.running) context += r.prompt + r.made;
    const seconds = rooflineSeconds(e.setup, { prefillTokens: prefill, decodes: e.running.length, contextTokens: context }) / SERVING_EFFICIENCY;
    const ps = Math.max(1, Math.round(seconds * 1e12));
    if (inWindow) {
      this.busyPs[e.node] += ps;
      this.steps[e.node]++;
      this.batchSum[e.node] += e.admitted.length + e.running.length;
    }
    e.busy = true;
    this.kernel.push(now + ps, this.stepKind, e.node, 0);
  }

  private stepDone(e: Engine): void {
    for (const r of e.running) this.made(r);
    for (const r of e.admitted) {
      this.made(r);
      e.running.push(r);
    }
    e.admitted.length = 0;
    let kept = 0;
    for (const r of e.running) {
      if (r.made < r.output) e.running[kept++] = r;
      else e.held -= r.prompt + r.output;
    }
    e.running.length = kept;
    this.step(e);
  }

  /** Request r made one more token: a packet leaves when a chunk is full, or the answer is. */
  private made(r: Request): void {
    r.made++;
    r.unsent++;
    const last = r.made === r.output;
    if (last || (this.stream[r.flow] === 1 && r.unsent === this.chunk[r.flow])) {
      const tokens = r.unsent;
      r.unsent = 0;
      this.o.onTokens(r.msg, tokens, last);
    }
  }
}
