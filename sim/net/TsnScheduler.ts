/**
 * Transmission selection on TSN ports (IEEE 802.1Q): 8 strict-priority classes, each behind
 * an 802.1Qbv gate (a frame starts only if it ends before its gate closes: the guard band)
 * and optionally an 802.1Qav credit-based shaper, with 802.1Qbu/802.3br frame preemption of
 * preemptable classes by express ones. All three may be combined on one port.
 *
 * Preemption: a preemptable frame is cut once its current fragment holds at least
 * `minFragment − 4` bytes of frame data and at least as many remain; the fragment ends with a
 * 4 B mCRC and an inter-frame gap, the rest later goes out behind an 8 B preamble/SMD-C.
 * With gates, a preemptable frame may start when at least a minimum fragment fits and is
 * held (preempted) when its gate closes. The arrival already scheduled for a preempted frame
 * is voided by bumping the packet's generation. The preemptable MAC holds one frame at a
 * time: no other preemptable frame starts before a held one has been resumed and finished. A
 * preemptable frame is handed to a cut-through switch only whole (as store-and-forward): the
 * receiving MAC merge sublayer reassembles it before the bridge sees it.
 *
 * Credit-based shaping accrues while a class waits whatever the gates (a simplification of
 * 802.1Q-2018 §8.6.8.2, which freezes credit while the gate is closed).
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { EgressMedium, PortContext } from './EgressMedium.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortQueues } from './PortQueues.ts';
import type { PortStats } from './PortStats.ts';
import { type ClassState, CreditShaper } from './tsn/CreditShaper.ts';
import { Gates } from './tsn/Gates.ts';
import { PS_BITS, type Wire } from './Wire.ts';
const MCRC = 4;
const CONTINUATION_PREAMBLE = 8;

class TsnPort {
  gates: Gates | undefined;
  shaper: CreditShaper | undefined;
  expressMask = 0xff;
  minFragment = 0;
  /** the frame on the wire (-1: none; the port may still be busy ending a fragment) */
  cur = -1;
  curClass = -1;
  busy = false;
  /** start of the current transmission, its wire bytes and the frame bytes it still carried */
  curStart = 0;
  curPre = 0;
  curFrameLeft = 0;
  curFree = 0;
  token = 0;
  /** a preempted frame waiting to resume, its class and frame bytes left */
  held = -1;
  heldClass = -1;
  heldLeft = 0;
  wakeAt = -1;
}

export class TsnScheduler implements EgressMedium {
  private readonly state: (TsnPort | undefined)[];
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly queues: PortQueues;
  private readonly wire: Wire;
  private readonly stats: PortStats;
  private readonly txEndKind: EventKind;
  private readonly wakeKind: EventKind;
  /** what `needs` found (fields, not an object: it runs on every selection) */
  private fit = 0;
  private from = 0;

  constructor(ctx: PortContext) {
    ({ kernel: this.kernel, pool: this.pool, queues: this.queues, wire: this.wire, stats: this.stats } = ctx);
    const { model, rng } = ctx;
    this.state = model.ports.map((p) => {
      if (!p.tsn) return undefined;
      const s = new TsnPort();
      const link = model.links[p.link];
      if (p.tsn.gates) {
        const bound = p.tsn.gates.syncErrorPs;
        const offset = bound > 0 ? Math.round((2 * rng.stream(`port:${link.id}:${p.from}/clock`).next() - 1) * bound) : 0;
        s.gates = new Gates(p.tsn.gates, offset);
      }
      if (p.tsn.cbs) s.shaper = new CreditShaper(p.tsn.cbs, link.rateBps);
      if (p.tsn.preemption) {
        s.expressMask = p.tsn.preemption.expressMask;
        s.minFragment = p.tsn.preemption.minFragment;
      }
      return s;
    });
    this.txEndKind = this.kernel.register('tsn:tx-end', (port, token) => this.txEnd(port as PortId, token, this.kernel.now));
    this.wakeKind = this.kernel.register('tsn:wake', (port) => this.wake(port as PortId, this.kernel.now));
  }

  handles(port: PortId): boolean {
    return this.state[port] !== undefined;
  }

  /** A packet reaches a TSN port: it is queued in its class (or dropped), then transmission selection runs. */
  enqueue(port: PortId, pkt: PacketId): void {
    if (!this.queues.admit(port, pkt)) return;
    const now = this.kernel.now;
    const s = this.state[port]!;
    const c = this.pool.prio[pkt];
    // the class was idle until now if this is its only frame
    if (s.shaper) this.advance(port, s, now, c === s.curClass ? -1 : c);
    this.kick(port, s, now);
  }

  private txEnd(port: PortId, token: number, now: number): void {
    const s = this.state[port]!;
    if (token !== s.token) return;
    if (s.shaper) this.advance(port, s, now, -1);
    const c = s.curClass;
    s.busy = false;
    s.cur = -1;
    s.curClass = -1;
    if (s.shaper && c >= 0 && !this.hasFrame(port, s, c)) s.shaper.emptied(c);
    this.kick(port, s, now);
  }

  private wake(port: PortId, now: number): void {
    const s = this.state[port]!;
    if (s.wakeAt === now) s.wakeAt = -1;
    if (s.shaper) this.advance(port, s, now, -1);
    this.kick(port, s, now);
  }

  /** Brings every shaped class's credit to `now`; `fresh` is a class whose first frame just arrived. */
  private advance(port: PortId, s: TsnPort, now: number, fresh: number): void {
    const shaper = s.shaper!;
    for (let c = 0; c < 8; c++) {
      if (!shaper.shaped(c)) continue;
      let state: ClassState = c === s.curClass && s.cur >= 0 ? 'sending' : this.hasFrame(port, s, c) ? 'waiting' : 'idle';
      if (c === fresh && state === 'waiting' && this.queues.count(port, c) === 1 && s.heldClass !== c) state = 'idle';
      shaper.advance(c, now, state);
    }
  }

  private hasFrame(port: PortId, s: TsnPort, c: number): boolean {
    return (s.held >= 0 && s.heldClass === c) || this.queues.head(port, c) >= 0;
  }

  private preemptable(s: TsnPort, c: number): boolean {
    return s.minFragment > 0 && ((s.expressMask >> c) & 1) === 0;
  }

  /**
   * Into `fit` and `from`: the wire time of what class c would send next (the whole frame, or
   * what must fit before its gate closes), and the earliest it may start: a cut-through frame
   * still arriving cannot finish leaving before its last bit is in, as on any port (WiredMedium).
   */
  private needs(port: PortId, s: TsnPort, c: number, now: number): void {
    const pre = this.wire.preambleOf(port);
    const rate = this.wire.rateOf(port);
    const resume = s.held >= 0 && s.heldClass === c;
    const pkt = (resume ? s.held : this.queues.head(port, c)) as PacketId;
    const bytes = resume ? CONTINUATION_PREAMBLE + s.heldLeft : pre + this.wire.frameBytes(port, pkt);
    const fitBytes = this.preemptable(s, c) ? Math.min(bytes, pre + s.minFragment) : bytes;
    this.from = resume ? now : Math.max(now, this.pool.lastBitAt[pkt] - Math.round((bytes * PS_BITS) / rate));
    this.fit = Math.round((fitBytes * PS_BITS) / rate);
  }

  /** When class c's gate lets what `needs` found start (its `from` on a port without gates). */
  private gateStart(s: TsnPort, c: number): number {
    return s.gates ? s.gates.nextStart(c, this.from, this.fit) : this.from;
  }

  private kick(port: PortId, s: TsnPort, now: number): void {
    if (s.busy) {
      if (s.cur >= 0 && this.preemptable(s, s.curClass)) this.maybePreempt(port, s, now);
      return;
    }
    let wake = Infinity;
    for (let c = 7; c >= 0; c--) {
      if (!this.hasFrame(port, s, c)) continue;
      // the preemptable MAC finishes the frame it holds before it starts another
      if (s.held >= 0 && s.heldClass !== c && this.preemptable(s, c)) continue;
      this.needs(port, s, c, now);
      let gateAt = this.gateStart(s, c);
      // a frame no window of its gate can hold would block its class for ever: it is dropped
      while (gateAt === Infinity && this.queues.head(port, c) >= 0 && !(s.held >= 0 && s.heldClass === c)) {
        this.queues.dropHead(port, c);
        if (!this.hasFrame(port, s, c)) break;
        this.needs(port, s, c, now);
        gateAt = this.gateStart(s, c);
      }
      if (!this.hasFrame(port, s, c) || gateAt === Infinity) continue;
      const creditAt = s.shaper ? s.shaper.eligibleAt(c, now) : now;
      if (gateAt === now && creditAt === now) {
        this.start(port, s, c, now);
        return;
      }
      const ready = Math.max(gateAt, creditAt);
      if (ready < wake) wake = ready;
    }
    if (wake !== Infinity) this.scheduleWake(s, port, wake, now);
  }

  private scheduleWake(s: TsnPort, port: PortId, at: number, now: number): void {
    if (s.wakeAt > now && s.wakeAt <= at) return;
    s.wakeAt = at;
    this.kernel.push(at, this.wakeKind, port, 0);
  }

  private start(port: PortId, s: TsnPort, c: number, now: number): void {
    const wire = this.wire;
    const resume = s.held >= 0 && s.heldClass === c;
    const pkt = resume ? (s.held as PacketId) : this.queues.dequeueClass(port, c);
    const frame = resume ? s.heldLeft : wire.frameBytes(port, pkt);
    const pre = resume ? CONTINUATION_PREAMBLE : wire.preambleOf(port);
    if (resume) {
      s.held = -1;
      s.heldClass = -1;
    }
    const rate = wire.rateOf(port);
    const lastBit = Math.round(((pre + frame) * PS_BITS) / rate);
    const free = Math.round(((pre + frame + wire.ifgOf(port)) * PS_BITS) / rate);
    s.busy = true;
    s.cur = pkt;
    s.curClass = c;
    s.curStart = now;
    s.curPre = pre;
    s.curFrameLeft = frame;
    s.curFree = free;
    this.kernel.push(now + free, this.txEndKind, port, ++s.token);
    // a preemptable frame reaches a cut-through switch whole: forwarding its first bytes before
    // a cut would send them on twice
    wire.send(port, pkt, 0, lastBit, frame, this.preemptable(s, c), resume);
    if (!resume) this.stats.account(port, pkt, free); // a resumed frame's rest was counted when it was cut
    if (this.preemptable(s, c)) this.armPreemption(port, s, now);
  }

  /**
   * While a preemptable frame is on the wire, look again when its gate closes before it ends (it
   * is held then) and when a waiting express frame can start — its last bit in (cut-through),
   * its gate open, its credit back — for it cuts then.
   */
  private armPreemption(port: PortId, s: TsnPort, now: number): void {
    const end = s.curStart + Math.round(((s.curPre + s.curFrameLeft) * PS_BITS) / this.wire.rateOf(port));
    if (s.gates) {
      const close = s.gates.closeTime(s.curClass, now);
      if (close < end) this.scheduleWake(s, port, close, now);
    }
    for (let e = 7; e >= 0; e--) {
      if (((s.expressMask >> e) & 1) === 0 || !this.hasFrame(port, s, e)) continue;
      this.needs(port, s, e, now);
      const at = Math.max(this.gateStart(s, e), s.shaper ? s.shaper.eligibleAt(e, now) : now);
      if (at > now && at < end) this.scheduleWake(s, port, at, now);
    }
  }

  /** An express frame is ready, or the current frame's gate has closed: cut the preemptable frame if 802.3br allows. */
  private maybePreempt(port: PortId, s: TsnPort, now: number): void {
    const c = s.curClass;
    const gateClosed = s.gates !== undefined && !s.gates.isOpen(c, now);
    let expressReady = false;
    for (let e = 7; e >= 0 && !expressReady; e--) {
      if (((s.expressMask >> e) & 1) === 0 || !this.hasFrame(port, s, e)) continue;
      this.needs(port, s, e, now);
      // cut through and still coming in: armPreemption looks again then
      if (this.from === now) expressReady = (!s.gates || s.gates.nextStart(e, now, this.fit) === now) && (!s.shaper || s.shaper.eligible(e));
    }
    if (!expressReady && !gateClosed) {
      this.armPreemption(port, s, now); // a wake that came early must not lose the later ones
      return;
    }
    const rate = this.wire.rateOf(port);
    const min = s.minFragment - MCRC;
    let sent = Math.floor(((now - s.curStart) * rate) / PS_BITS) - s.curPre; // frame bytes sent by now
    let at = now;
    if (sent < min) {
      at = s.curStart + Math.ceil(((s.curPre + min) * PS_BITS) / rate);
      sent = min;
    }
    if (s.curFrameLeft - sent < min) return; // too little left to split: it finishes
    if (at > now) {
      this.scheduleWake(s, port, at, now);
      return;
    }
    // cut here: the fragment ends with an mCRC, then the gap; the rest waits as the held frame
    if (s.shaper) this.advance(port, s, now, -1);
    const pkt = s.cur;
    this.pool.gen[pkt]++;
    s.held = pkt;
    s.heldClass = c;
    s.heldLeft = s.curFrameLeft - sent;
    s.cur = -1;
    const end = now + Math.round(((MCRC + this.wire.ifgOf(port)) * PS_BITS) / rate);
    // busy time: the part not sent now is sent later, with a continuation preamble
    const later = Math.round(((CONTINUATION_PREAMBLE + s.heldLeft + this.wire.ifgOf(port)) * PS_BITS) / rate);
    this.stats.adjustBusy(port, s.curStart, later - (s.curStart + s.curFree - end));
    this.kernel.push(end, this.txEndKind, port, ++s.token);
  }
}
