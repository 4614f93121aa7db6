/**
 * An LLM answer as its client sees it: the packets of a streamed answer arrive one by one; the time
 * to first token (TTFT) is the first packet's arrival less the request's emission, the time per
 * output token (TPOT) is (last arrival − first arrival) ÷ the tokens after the first packet.
 * The request's own message carries the answer's last packet (its latency is the full answer's, as
 * for any request flow); earlier packets are messages of their own (phase CHUNK) that point back
 * at it. Only requests emitted in the measured window count.
 */
import { grown } from '../core/grown.ts';
import type { FlowId, MessageId } from '../core/ids.ts';
import type { Kernel } from '../core/Kernel.ts';
import type { Ps } from '../core/SimTime.ts';
import type { Rng } from '../core/Rng.ts';
import { LlmServers } from '../compute/LlmServers.ts';
import type { Model } from '../scenario/model.ts';
import { ANSWER_HEADER_BYTES, type LlmFlowModel } from '../scenario/llmModel.ts';
import { Histogram, type HistogramData } from '../stats/Histogram.ts';
import { sampler, type Sampler } from '../traffic/sampler.ts';
import type { Messages } from './Messages.ts';

/** Messages.phase of a streamed answer's packet before its last */
export const CHUNK = 2;

/** Per LLM flow (in flow order; `flows` lists their indices): TTFT and TPOT, picoseconds. */
export interface LlmResult {
  flows: number[];
  ttft: HistogramData[];
  tpot: HistogramData[];
  ttftSum: number[];
  tpotSum: number[];
  /** waits for admission to the engine (KV cache), picoseconds, and the requests admitted */
  waitSum: number[];
  waitMax: number[];
  admitted: number[];
  /** per LLM engine (its node's index): busy picoseconds, steps, requests in its steps summed */
  engines: { node: number[]; busyPs: number[]; steps: number[]; batchSum: number[] };
}

export class LlmClients {
  /** per message: the request a packet of the answer belongs to, and that request's emission (to tell a reused id) */
  private owner = new Int32Array(0);
  private ownerEmitted = new Float64Array(0);
  /** per message: tokens in this packet */
  private tokens = new Int32Array(0);
  /** per request message: its first packet's arrival (−1: none yet), tokens in it, tokens sent so far */
  private firstAt = new Float64Array(0);
  private firstTokens = new Int32Array(0);
  private sentTokens = new Int32Array(0);
  private readonly slot: Int32Array;
  private readonly ttft: Histogram[] = [];
  private readonly tpot: Histogram[] = [];
  private readonly ttftSum: number[] = [];
  private readonly tpotSum: number[] = [];
  private readonly flows: number[] = [];
  private readonly llm: (LlmFlowModel | undefined)[];
  /** a flow's given answer size (`response.size`, not streamed) */
  private readonly givenSize: (Sampler | undefined)[];

  constructor(
    model: Model,
    private readonly msgs: Messages,
    rng: Rng,
  ) {
    this.llm = model.flows.map((f) => f.llm);
    this.givenSize = model.flows.map((f) => (f.llm?.sizeGiven ? sampler(f.response!.size, rng.stream(`flow:${f.id}/response`)) : undefined));
    this.slot = new Int32Array(model.flows.length).fill(-1);
    for (const f of model.flows) {
      if (!f.llm) continue;
      this.slot[f.index] = this.flows.length;
      this.flows.push(f.index);
      this.ttft.push(new Histogram());
      this.tpot.push(new Histogram());
      this.ttftSum.push(0);
      this.tpotSum.push(0);
    }
  }

  private ensure(m: number): void {
    if (m < this.owner.length) return;
    const n = Math.max(m + 1, this.owner.length * 2, 64);
    this.owner = grown(this.owner, n);
    this.ownerEmitted = grown(this.ownerEmitted, n);
    this.tokens = grown(this.tokens, n);
    this.firstAt = grown(this.firstAt, n);
    this.firstTokens = grown(this.firstTokens, n);
    this.sentTokens = grown(this.sentTokens, n);
  }

  /** Request m reached its engine: no token of its answer has left yet. */
  started(m: MessageId): void {
    this.ensure(m);
    this.firstAt[m] = -1;
    this.sentTokens[m] = 0;
  }

  /**
   * The message that carries the next `tokens` tokens of request m's answer, sized: m itself for the
   * last (now a response), else a new message of phase CHUNK.
   */
  packet(m: MessageId, tokens: number, last: boolean): MessageId {
    const msgs = this.msgs;
    const f = msgs.flow[m];
    const given = this.givenSize[f];
    const size = given !== undefined ? Math.max(1, Math.round(given())) : Math.round(tokens * this.llm[f]!.bytesPerToken) + ANSWER_HEADER_BYTES;
    let c = m;
    if (last) msgs.phase[m] = 1;
    else {
      c = msgs.alloc();
      msgs.flow[c] = f;
      msgs.emitted[c] = msgs.emitted[m];
      msgs.counted[c] = msgs.counted[m];
      msgs.lost[c] = 0;
      msgs.phase[c] = CHUNK;
    }
    msgs.size[c] = size;
    this.ensure(c);
    this.owner[c] = m;
    this.ownerEmitted[c] = this.msgs.emitted[m];
    this.tokens[c] = tokens;
    this.sentTokens[m] += tokens;
    return c;
  }

  /** Packet c reached the client at `now`. */
  arrived(c: MessageId, now: number): void {
    const msgs = this.msgs;
    const m = this.owner[c];
    // the request is gone (its last packet was lost and its id reused): this packet no longer tells anything
    if (c !== m && (msgs.emitted[m] !== this.ownerEmitted[c] || msgs.flow[m] !== msgs.flow[c])) return;
    const s = this.slot[msgs.flow[c]];
    const counted = msgs.counted[c] === 1;
    if (this.firstAt[m] < 0) {
      this.firstAt[m] = now;
      this.firstTokens[m] = this.tokens[c];
      if (counted) {
        this.ttft[s].add(now - msgs.emitted[c]);
        this.ttftSum[s] += now - msgs.emitted[c];
      }
    }
    if (c !== m || !counted) return;
    const after = this.sentTokens[m] - this.firstTokens[m];
    if (after <= 0) return;
    const tpot = (now - this.firstAt[m]) / after;
    this.tpot[s].add(tpot);
    this.tpotSum[s] += tpot;
  }

  /** The figures of the run, with the engines' admission waits per flow. */
  result(servers: LlmServers): LlmResult {
    const per = (xs: Float64Array) => this.flows.map((f) => xs[f]);
    return {
      flows: this.flows,
      ttft: this.ttft.map((h) => h.data()),
      tpot: this.tpot.map((h) => h.data()),
      ttftSum: this.ttftSum,
      tpotSum: this.tpotSum,
      waitSum: per(servers.waitSum),
      waitMax: per(servers.waitMax),
      admitted: per(servers.admittedCount),
      engines: {
        node: servers.nodes,
        busyPs: servers.nodes.map((n) => servers.busyPs[n]),
        steps: servers.nodes.map((n) => servers.steps[n]),
        batchSum: servers.nodes.map((n) => servers.batchSum[n]),
      },
    };
  }
}

/**
 * A model's LLM engines and their clients, wired to the engine's messages: `send(c)` sends message c
 * (a packet of an answer) on its flow's response route, `lost(m)` drops request m. Undefined without LLM flows.
 */
export function llmServing(
  o: { model: Model; kernel: Kernel; rng: Rng; msgs: Messages; windowStart: Ps; windowEnd: Ps },
  send: (c: MessageId) => void,
  lost: (m: MessageId) => void,
): { servers: LlmServers; clients: LlmClients } | undefined {
  const { msgs } = o;
  let clients: LlmClients | undefined;
  const servers = LlmServers.of({
    ...o,
    flowOf: (m) => msgs.flow[m] as FlowId,
    counted: (m) => msgs.counted[m] === 1,
    onTokens: (m, tokens, last) => send(clients!.packet(m, tokens, last)),
    onRefused: lost,
  });
  if (servers === undefined) return undefined;
  clients = new LlmClients(o.model, msgs, o.rng);
  return { servers, clients };
}
