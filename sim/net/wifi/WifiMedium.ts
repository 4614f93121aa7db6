/**
 * Wi-Fi channel access: each access point's BSS is one shared channel. Its contenders are the
 * stations' uplink ports and the access point's downlink ports (one contender per access
 * category per station, and per access category for the access point across its stations),
 * running 802.11 EDCA (or DCF): wait AIFS, count down a random backoff in [0, CW] slots while
 * the channel is idle, freeze it while busy, transmit at zero. Several reaching zero in the
 * same slot collide; a failed frame (collision, or the link's loss probability) doubles CW up
 * to CWmax and is retried up to the retry limit, then dropped. A success occupies the channel
 * for DATA + SIFS + ACK; a collision for the longest DATA, plus SIFS + ACK before anyone
 * counts again when EIFS applies (the default). One frame per channel access (no TXOP bursts
 * or aggregation).
 */
import type { PacketId, PortId } from '../../core/ids.ts';
import type { EventKind, Kernel } from '../../core/Kernel.ts';
import type { RngStream } from '../../core/Rng.ts';
import type { Model } from '../../scenario/model.ts';
import type { EgressMedium, PortContext } from '../EgressMedium.ts';
import type { PacketPool } from '../PacketPool.ts';
import type { PortQueues } from '../PortQueues.ts';
import type { PortStats } from '../PortStats.ts';
import type { Wire } from '../Wire.ts';
import { AC_OF_PCP, ackDuration, dataDuration, DCF, EDCA, PHY, type PhyTiming } from './WifiPhy.ts';

class Contender {
  cw: number;
  backoff = -1;
  retries = 0;
  countStart = 0;
  constructor(
    readonly bss: number,
    readonly ports: PortId[],
    readonly classes: number[],
    readonly cwMin: number,
    readonly cwMax: number,
    readonly aifsPs: number,
  ) {
    this.cw = cwMin;
  }
}

class Bss {
  index = 0;
  busy = false;
  idleFrom = 0;
  token = 0;
  readonly contenders: Contender[] = [];
  constructor(
    readonly phy: PhyTiming,
    readonly ackPs: number,
    readonly retryLimit: number,
    readonly eifs: boolean,
    readonly rng: RngStream,
  ) {}
}

export class WifiMedium implements EgressMedium {
  private readonly bsses: Bss[] = [];
  /** per port: its contender for each traffic class (undefined: not a radio port) */
  private readonly contenderOf: (Contender[] | undefined)[];
  private readonly lossRng: (RngStream | undefined)[];
  private readonly model: Model;
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly queues: PortQueues;
  private readonly wire: Wire;
  private readonly stats: PortStats;
  private readonly accessKind: EventKind;
  private readonly endKind: EventKind;
  /** scratch of a channel access, reused so that none allocates: the contenders reaching zero, their head frames and airtimes */
  private readonly winners: Contender[] = [];
  private readonly winnerPort: number[] = [];
  private readonly winnerPkt: number[] = [];
  private readonly winnerAir: number[] = [];
  /** the frame `head` found */
  private headPort = -1 as PortId;
  private headPkt = -1 as PacketId;

  constructor(ctx: PortContext) {
    ({ model: this.model, kernel: this.kernel, pool: this.pool, queues: this.queues, wire: this.wire, stats: this.stats } = ctx);
    const { model, rng } = ctx;
    this.contenderOf = model.ports.map(() => undefined);
    this.lossRng = model.links.map((l) => (l.wireless && l.loss > 0 ? rng.stream(`wifi:${l.id}/errors`) : undefined));
    for (const ap of model.nodes) {
      if (!ap.wifi) continue;
      const radio = model.ports.filter((p) => model.links[p.link].wireless && (p.from === ap.index || p.to === ap.index));
      if (radio.length === 0) continue;
      const phy = PHY[ap.wifi.standard];
      const bss = new Bss(
        phy,
        ackDuration(phy, ap.wifi.ackRateBps),
        ap.wifi.retryLimit,
        ap.wifi.afterCollision === 'eifs',
        rng.stream(`wifi:${ap.id}/backoff`),
      );
      const b = (bss.index = this.bsses.push(bss) - 1);
      const acs = ap.wifi.edca ? [0, 1, 2, 3] : [-1];
      const make = (ports: PortId[], ac: number) => {
        const p = ac < 0 ? DCF : EDCA[ac];
        const classes = ac < 0 ? [0, 1, 2, 3, 4, 5, 6, 7] : [0, 1, 2, 3, 4, 5, 6, 7].filter((c) => AC_OF_PCP[c] === ac);
        const c = new Contender(b, ports, classes, p.cwMin, p.cwMax, phy.sifsPs + p.aifsn * phy.slotPs);
        bss.contenders.push(c);
        for (const port of ports) {
          const byClass = (this.contenderOf[port] ??= []);
          for (const k of classes) byClass[k] = c;
        }
      };
      const down = radio.filter((p) => p.from === ap.index).map((p) => p.index as PortId);
      for (const ac of acs) make(down, ac);
      for (const p of radio.filter((q) => q.to === ap.index)) for (const ac of acs) make([p.index as PortId], ac);
    }
    this.accessKind = this.kernel.register('wifi:access', (bss, token) => this.access(bss, token, this.kernel.now));
    this.endKind = this.kernel.register('wifi:end', (bss, token) => this.end(bss, token, this.kernel.now));
  }

  handles(port: PortId): boolean {
    return this.contenderOf[port] !== undefined;
  }

  /** A frame reaches a radio port: it is queued in its class (or dropped), and its contender contends. */
  enqueue(port: PortId, pkt: PacketId): void {
    if (!this.queues.admit(port, pkt)) return;
    const now = this.kernel.now;
    const c = this.contenderOf[port]![this.pool.prio[pkt]];
    const bss = this.bsses[c.bss];
    if (c.backoff < 0) {
      // a frame on an idle contender: at once if the channel has been idle for AIFS, else after a backoff
      const ready = !bss.busy && now >= bss.idleFrom + c.aifsPs;
      c.backoff = ready ? 0 : this.draw(bss, c);
      c.countStart = ready ? now : Math.max(now, bss.idleFrom + c.aifsPs);
    }
    this.schedule(bss, now);
  }

  private access(b: number, token: number, now: number): void {
    const bss = this.bsses[b];
    if (token !== bss.token || bss.busy) return;
    const { winners, winnerPort: port, winnerPkt: pkt, winnerAir: air } = this;
    winners.length = 0;
    for (const c of bss.contenders) {
      if (c.backoff < 0 || !this.hasFrame(c)) continue;
      if (this.accessAt(bss, c) === now) winners.push(c);
      else c.backoff = Math.max(0, c.backoff - Math.max(0, Math.floor((now - c.countStart) / bss.phy.slotPs)));
    }
    if (winners.length === 0) return;
    let longest = 0;
    for (let i = 0; i < winners.length; i++) {
      this.head(winners[i]);
      port[i] = this.headPort;
      pkt[i] = this.headPkt;
      air[i] = dataDuration(bss.phy, this.wire.frameBytes(this.headPort, this.headPkt), this.model.links[this.headPort >> 1].rateBps);
      longest = Math.max(longest, air[i]);
    }
    let busyFor: number;
    if (winners.length === 1 && !this.corrupted(port[0])) {
      const c = winners[0];
      this.queues.dequeueClass(port[0] as PortId, this.pool.prio[pkt[0]]);
      busyFor = air[0] + bss.phy.sifsPs + bss.ackPs;
      this.wire.send(port[0] as PortId, pkt[0] as PacketId, 0, air[0], 0);
      this.stats.account(port[0] as PortId, pkt[0] as PacketId, busyFor);
      c.cw = c.cwMin;
      c.retries = 0;
      c.backoff = this.hasFrame(c) ? this.draw(bss, c) : -1;
    } else {
      busyFor = longest + (bss.eifs ? bss.phy.sifsPs + bss.ackPs : 0);
      for (let i = 0; i < winners.length; i++) {
        const c = winners[i];
        this.stats.adjustBusy(port[i] as PortId, now, air[i]);
        if (++c.retries > bss.retryLimit) {
          this.queues.dropHead(port[i] as PortId, this.pool.prio[pkt[i]]);
          c.cw = c.cwMin;
          c.retries = 0;
        } else c.cw = Math.min(2 * c.cw + 1, c.cwMax);
        c.backoff = this.hasFrame(c) ? this.draw(bss, c) : -1;
      }
    }
    bss.busy = true;
    this.kernel.push(now + busyFor, this.endKind, b, ++bss.token);
  }

  private end(b: number, token: number, now: number): void {
    const bss = this.bsses[b];
    if (token !== bss.token) return;
    bss.busy = false;
    bss.idleFrom = now;
    for (const c of bss.contenders) {
      if (!this.hasFrame(c)) {
        c.backoff = -1;
        continue;
      }
      if (c.backoff < 0) c.backoff = this.draw(bss, c);
      c.countStart = now + c.aifsPs;
    }
    this.schedule(bss, now);
  }

  private schedule(bss: Bss, now: number): void {
    if (bss.busy) return;
    let t = Infinity;
    for (const c of bss.contenders) if (c.backoff >= 0 && this.hasFrame(c)) t = Math.min(t, this.accessAt(bss, c));
    if (t === Infinity) return;
    this.kernel.push(Math.max(t, now), this.accessKind, bss.index, ++bss.token);
  }

  private accessAt(bss: Bss, c: Contender): number {
    return c.countStart + c.backoff * bss.phy.slotPs;
  }

  private draw(bss: Bss, c: Contender): number {
    return Math.floor(bss.rng.next() * (c.cw + 1));
  }

  private corrupted(port: number): boolean {
    const l = port >> 1;
    const rng = this.lossRng[l];
    return rng !== undefined && rng.next() < this.model.links[l].loss;
  }

  private hasFrame(c: Contender): boolean {
    for (const port of c.ports) for (const k of c.classes) if (this.queues.head(port, k) >= 0) return true;
    return false;
  }

  /** The contender's next frame, into headPort and headPkt: the oldest head among its ports and classes (highest class first on ties). */
  private head(c: Contender): void {
    let bestT = Infinity;
    for (const port of c.ports)
      for (let i = c.classes.length - 1; i >= 0; i--) {
        const pkt = this.queues.head(port, c.classes[i]) as PacketId;
        if (pkt >= 0 && this.pool.enqueued[pkt] < bestT) {
          bestT = this.pool.enqueued[pkt];
          this.headPort = port;
          this.headPkt = pkt;
        }
      }
  }
}
