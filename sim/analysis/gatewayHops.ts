/**
 * Bounds for the hops of smart gateways and the fieldbus segments behind them.
 *
 * A fieldbus device's port is served by polls, one message per poll, at the same offset of
 * every cycle: any interval of length u holds at least ⌊u/cycle⌋ polls, a strict service curve
 * in messages. With the messages reaching it bounded by B + R·t (token buckets of the flows
 * crossing it, bursts grown by their jitter so far), a message's wait for its poll is at most
 * sup_t ((B + R·t)·cycle − t) = B·cycle when R·cycle ≤ 1 (Le Boudec & Thiran, Network
 * Calculus, Theorem 1.4.2, with this staircase service curve); then the transaction of the
 * largest message (its slot). One periodic flow: a full cycle + the transaction.
 *
 * A converting gateway is c FIFO servers taking at most s per message: in a busy period of
 * length u each completes ⌊u/s⌋ messages, so the n-th message of the period is done by
 * s·⌈n/c⌉ and, with B + R·t messages arriving, a message is held at most s·(B + c − 1)/c when
 * R·s < c; then the wait for its publishing cycle (< cycle). This is added to the hop into the
 * gateway, whose floor gets the least conversion instead (Stream's `constant`).
 */
import type { Model } from '../scenario/model.ts';
import type { EntryResult } from './analysePort.ts';
import { because } from './Reason.ts';
import type { Stream } from './Stream.ts';

const PS = 1e-12;
const ms = (s: number) => `${+(s * 1e3).toPrecision(4)} ms`;

export class GatewayBounds {
  /** the device-side ports of fieldbus links that streams cross */
  private readonly fieldbusPorts: number[];
  /** per converting gateway: the (stream, hop) pairs whose hop leads into it and go on */
  private readonly into = new Map<number, { s: number; h: number }[]>();
  /** per stream: whether its bound depends on others' through a fieldbus or a gateway */
  readonly touches: boolean[];

  constructor(
    private readonly model: Model,
    private readonly streams: Stream[],
    private readonly members: { s: number; h: number }[][],
    private readonly slot: number[][],
  ) {
    this.fieldbusPorts = model.ports.filter((p) => members[p.index].length > 0 && model.links[p.link].fieldbus?.device === p.from).map((p) => p.index);
    this.touches = streams.map(() => false);
    for (const st of streams)
      st.hops.forEach((hop, h) => {
        const to = model.ports[hop.port].to;
        if (this.fieldbusPorts.includes(hop.port)) this.touches[st.index] = true;
        if (model.nodes[to].gateway === undefined || h === st.hops.length - 1) return;
        this.touches[st.index] = true;
        this.into.set(to, [...(this.into.get(to) ?? []), { s: st.index, h }]);
      });
  }

  get active(): boolean {
    return this.fieldbusPorts.length > 0 || this.into.size > 0;
  }

  /** The ports' results with the fieldbus polls and the gateways' conversion in (new arrays where changed). */
  overlay(results: EntryResult[][], J: number[][]): EntryResult[][] {
    const { model, streams } = this;
    const out = results.slice();
    // what the pairs bring, in messages: B + R·t; `late` names a stream whose arrivals have no bound (then neither has anyone's wait)
    const load = (pairs: { s: number; h: number }[], jitter: (s: number, h: number) => number) => {
      let burst = 0;
      let rate = 0;
      let late: string | undefined;
      for (const { s, h } of pairs) {
        const st = streams[s];
        const j = jitter(s, h);
        if (!st.source.ok || !Number.isFinite(j)) {
          late ??= st.label;
          continue;
        }
        const a = st.source.arrival;
        burst += st.packetsPerUnit * (a.burst + a.rate * j);
        rate += st.packetsPerUnit * a.rate;
      }
      return { burst: late === undefined ? burst : Infinity, rate, late };
    };
    const unknown = (late: string, at: string) => because(`the arrivals of ${late} at ${at} have no bound, and it shares the polls or the converter`);
    for (const p of this.fieldbusPorts) {
      const fb = model.links[model.ports[p].link].fieldbus!;
      const cycle = fb.cyclePs * PS;
      const { burst, rate, late } = load(this.members[p], (s, h) => J[s][h]);
      const wait = rate * cycle <= 1 ? burst * cycle : Infinity;
      const delay = wait + fb.pollPs * PS;
      const why = Number.isFinite(delay)
        ? undefined
        : late !== undefined
          ? unknown(late, model.nodes[fb.device].id)
          : because(`${model.nodes[fb.device].id} has ${+(rate * cycle).toPrecision(3)} messages per ${ms(cycle)} poll cycle to send, more than one per poll`);
      out[p] = results[p].map((r, k) =>
        !streams[this.members[p][k].s].source.ok || !Number.isFinite(J[this.members[p][k].s][this.members[p][k].h])
          ? r
          : {
              ...r,
              delay,
              completion: delay,
              saving: 0,
              service: null,
              blocking: 0,
              why,
              terms: [
                { source: 'fieldbus', term: `wait for the poll: ${+burst.toPrecision(4)} message(s) × the ${ms(cycle)} cycle`, seconds: wait },
                { source: 'fieldbus', term: `the ${fb.timing.protocol} transaction of ${fb.bytes} B`, seconds: fb.pollPs * PS },
              ],
            },
      );
    }
    for (const [node, pairs] of this.into) {
      const g = model.nodes[node].gateway!;
      const service = (bytes: number) => (g.perMessagePs + Math.round(g.perBytePs * bytes)) * PS;
      const jitter = (s: number, h: number) => J[s][h] + out[streams[s].hops[h].port][this.slot[s][h]].delay - streams[s].hops[h].lastBitMin;
      const { burst, rate, late } = load(pairs, jitter);
      const longest = Math.max(...pairs.map(({ s }) => service(streams[s].frameSizes.max)));
      const held = rate * longest < g.servers ? (longest * (burst + g.servers - 1)) / g.servers : Infinity;
      const publish = g.cyclePs * PS;
      for (const { s, h } of pairs) {
        const p = streams[s].hops[h].port;
        if (out[p] === results[p]) out[p] = results[p].slice();
        const r = out[p][this.slot[s][h]];
        if (!Number.isFinite(r.delay)) continue;
        const extra = held + publish - service(streams[s].frameSizes.min);
        out[p][this.slot[s][h]] = {
          ...r,
          delay: r.delay + extra,
          completion: r.completion + extra,
          service: null,
          why: Number.isFinite(extra)
            ? r.why
            : late !== undefined
              ? unknown(late, model.nodes[node].id)
              : because(`${model.nodes[node].id} is overloaded: ${+rate.toPrecision(4)} messages/s for ${g.servers} converter(s) taking up to ${ms(longest)}`),
          terms: [
            ...r.terms,
            {
              source: 'gateway',
              term: `conversion at ${model.nodes[node].id}: ${+burst.toPrecision(4)} message(s) ahead on ${g.servers} server(s)`,
              seconds: held,
            },
            ...(publish > 0 ? [{ source: 'gateway' as const, term: `the ${ms(publish)} publishing cycle`, seconds: publish }] : []),
          ],
        };
      }
    }
    return out;
  }
}
