/**
 * Pipeline flows stepped through their stages (issue 12 §1): a message leaves its source on leg
 * 0; at the end of a leg it queues at its stage's compute node as a job of class (flow, stage);
 * served, it leaves with the stage's output size on the leg to the next stage it visits — the
 * escalation target when the stage's draw (stream `flow:ID/stage:SID/escalate`) says so — and
 * the last leg ends at the flow's destination. A leg between two points at one node takes no
 * time. The engine builds this module only when some flow has a pipeline.
 */
import type { MessageId, NodeIndex, RouteId } from '../core/ids.ts';
import { grown } from '../core/grown.ts';
import type { Rng } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import type { Model } from '../scenario/model.ts';
import type { PipelineModel } from '../scenario/pipelineModel.ts';
import { PipelineStats } from '../stats/PipelineStats.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import type { Messages } from './Messages.ts';

/** The route id of each flow's first pipeline leg in flowRoutes, where legs follow the 802.1CB routes (−1 without a pipeline). */
export function legRoutes(model: Model): Int32Array {
  let next = 2 * model.flows.length + model.flows.reduce((n, f) => n + (f.frer?.length ?? 0), 0);
  return Int32Array.from(model.flows, (f) => {
    if (!f.pipeline) return -1;
    next += f.pipeline.legs.length;
    return next - f.pipeline.legs.length;
  });
}

export interface PipelinesOptions {
  model: Model;
  rng: Rng;
  msgs: Messages;
  /** the engine's clock */
  now(): Ps;
  /** the route id of each flow's first leg (legs follow each other) */
  legRoute: Int32Array;
  /** job class of each flow's first stage (jobClasses) */
  stageBase: Int32Array;
  send(m: MessageId, route: RouteId, size: number): void;
  serve(node: NodeIndex, m: MessageId): void;
  /** records the delivery in the flow's statistics (the message is released here after) */
  deliver(m: MessageId): void;
}

export class Pipelines {
  /** per flow: 1 when it has a pipeline */
  readonly on: Uint8Array;
  private readonly pipes: (PipelineModel | undefined)[];
  /** per flow: its statistics (undefined without a pipeline) */
  readonly stats: (PipelineStats | undefined)[];
  /** per flow and stage: whether an item escalates there, and the size of its output */
  private readonly escalates: ((() => boolean) | undefined)[][];
  private readonly sizeOf: (Sampler | undefined)[][];
  /** per flow: path index by the bit mask of the stages visited */
  private readonly pathOf: Map<number, number>[];
  // per message: the stage it is at or going to, the stages visited (bit mask), its leg and when it began it, its size now
  private stage = new Int32Array(0);
  private visited = new Int32Array(0);
  private leg = new Int32Array(0);
  private legFrom = new Float64Array(0);
  private bytes = new Float64Array(0);

  static of(o: PipelinesOptions): Pipelines | undefined {
    return o.model.flows.some((f) => f.pipeline) ? new Pipelines(o) : undefined;
  }

  private constructor(private readonly o: PipelinesOptions) {
    const flows = o.model.flows;
    this.on = Uint8Array.from(flows, (f) => (f.pipeline ? 1 : 0));
    this.pipes = flows.map((f) => f.pipeline);
    this.stats = flows.map((f) => (f.pipeline ? new PipelineStats(f.index, f.pipeline.paths.length, f.pipeline.legs.length) : undefined));
    this.escalates = flows.map((f) =>
      (f.pipeline?.stages ?? []).map((s) => {
        const e = s.escalate;
        if (!e) return undefined;
        const stream = o.rng.stream(`flow:${f.id}/stage:${s.id}/escalate`);
        if ('probability' in e) return () => stream.next() < e.probability;
        const draw = sampler(e.confidence, stream);
        return () => draw() < e.below;
      }),
    );
    this.sizeOf = flows.map((f) =>
      (f.pipeline?.stages ?? []).map((s) => (s.size ? sampler(s.size, o.rng.stream(`flow:${f.id}/stage:${s.id}/size`)) : undefined)),
    );
    this.pathOf = flows.map((f) => new Map((f.pipeline?.paths ?? []).map((p, k) => [p.reduce((mask, s) => mask | (1 << s), 0), k])));
  }

  /** The job class of message m, at a stage of its pipeline flow. */
  classOf(m: MessageId): number {
    return this.o.stageBase[this.o.msgs.flow[m]] + this.stage[m];
  }

  /** Message m of pipeline flow f, `size` bytes, leaves its source now. */
  emit(m: MessageId, size: number): void {
    if (m >= this.stage.length) this.grow(m + 1);
    this.visited[m] = 0;
    this.bytes[m] = size;
    this.go(m, 0);
  }

  /** Message m reached the end of its leg (every fragment). */
  arrived(m: MessageId): void {
    const o = this.o;
    const f = o.msgs.flow[m];
    const pipe = this.pipes[f]!;
    const now = o.now();
    const leg = pipe.legs[this.leg[m]];
    const counted = o.msgs.counted[m] === 1;
    const stats = this.stats[f]!;
    if (counted) stats.leg(this.leg[m], now - this.legFrom[m]);
    if (leg.to >= 0) {
      this.stage[m] = leg.to;
      this.visited[m] |= 1 << leg.to;
      o.serve(pipe.stages[leg.to].at as NodeIndex, m);
      return;
    }
    if (counted) stats.delivered(this.pathOf[f].get(this.visited[m])!, now - o.msgs.emitted[m]);
    o.deliver(m);
    o.msgs.release(m);
  }

  /** Message m was served at its stage: it leaves on its next leg with the stage's output size. */
  served(m: MessageId): void {
    const f = this.o.msgs.flow[m];
    const k = this.stage[m];
    const s = this.pipes[f]!.stages[k];
    const size = this.sizeOf[f][k];
    if (size !== undefined) this.bytes[m] = Math.max(1, Math.round(size()));
    const escalate = this.escalates[f][k];
    this.go(m, escalate?.() ? s.escalateLeg : s.next);
  }

  private go(m: MessageId, leg: number): void {
    const o = this.o;
    const f = o.msgs.flow[m];
    this.leg[m] = leg;
    this.legFrom[m] = o.now();
    if (this.pipes[f]!.legs[leg].route.length === 0) this.arrived(m);
    else o.send(m, (o.legRoute[f] + leg) as RouteId, this.bytes[m]);
  }

  private grow(n: number): void {
    const cap = Math.max(n, this.stage.length * 2, 64);
    this.stage = grown(this.stage, cap);
    this.visited = grown(this.visited, cap);
    this.leg = grown(this.leg, cap);
    this.legFrom = grown(this.legFrom, cap);
    this.bytes = grown(this.bytes, cap);
  }
}
