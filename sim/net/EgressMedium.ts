/**
 * The contract of an egress medium: what drives a kind of egress port. Wired Ethernet (strict
 * priority or FIFO behind a transmit buffer), TSN transmission selection (802.1Qbv gates,
 * 802.1Qav shapers, 802.1Qbu preemption), a Wi-Fi BSS (EDCA) and a 5G cell each implement it.
 * A medium takes the packets that reach its ports: it queues them (PortQueues) or drops them,
 * starts their frames when it may (Wire.send schedules the arrival at the far end), counts
 * their busy time (PortStats), and registers with the kernel the event kinds it schedules.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Kernel } from '../core/Kernel.ts';
import type { Rng } from '../core/Rng.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortQueues } from './PortQueues.ts';
import type { PortSlots } from './PortSlots.ts';
import type { PortStats } from './PortStats.ts';
import type { Wire } from './Wire.ts';

export interface EgressMedium {
  /** Whether this medium drives `port`. */
  handles(port: PortId): boolean;
  /** A packet reaches `port` now (the kernel's time, during its current event). */
  enqueue(port: PortId, pkt: PacketId): void;
}

/** What every medium is built from: the parts all ports share. */
export interface PortContext {
  readonly model: Model;
  readonly kernel: Kernel;
  readonly pool: PacketPool;
  readonly queues: PortQueues;
  readonly wire: Wire;
  readonly stats: PortStats;
  readonly rng: Rng;
  /** the slot each port's state is kept at in the structures above */
  readonly slots: PortSlots;
  /** Drops a packet at a port (from a queue or not): counted there, its message lost. */
  drop(port: PortId, pkt: PacketId): void;
  /** The port a packet is crossing now. */
  portOf(pkt: PacketId): PortId;
}
