/**
 * The device side of a fieldbus link: the gateway (bus master) polls the devices of a segment in
 * turn, each in its slot of every cycle (offset within the cycle, set at compile time). A packet
 * a device has to send waits for the next poll that starts at or after it is ready, one packet
 * per poll (FIFO: a second one takes the following cycle's), and reaches the gateway at the end
 * of the transaction: the protocol's frame time for its bytes (sim/net/fieldbus), then the
 * link's propagation delay. No event of its own: the arrival is scheduled when the packet comes.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Kernel } from '../core/Kernel.ts';
import type { FieldbusModel } from '../scenario/model.ts';
import type { EgressMedium, PortContext } from './EgressMedium.ts';
import { fieldbusTransaction } from './fieldbus/fieldbusTransaction.ts';
import type { PacketPool } from './PacketPool.ts';
import type { Wire } from './Wire.ts';

export class FieldbusMedium implements EgressMedium {
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly wire: Wire;
  /** the fieldbus link each device-side port is on (undefined: not such a port) */
  private readonly bus: (FieldbusModel | undefined)[];
  /** the earliest time the port's next poll may start (after the last one taken) */
  private readonly nextFree: Float64Array;

  constructor(ctx: PortContext) {
    ({ kernel: this.kernel, pool: this.pool, wire: this.wire } = ctx);
    const { model } = ctx;
    this.bus = model.ports.map((p) => {
      const fb = model.links[p.link].fieldbus;
      return fb !== undefined && p.from === fb.device ? fb : undefined;
    });
    this.nextFree = new Float64Array(model.ports.length);
  }

  handles(port: PortId): boolean {
    return this.bus[port] !== undefined;
  }

  enqueue(port: PortId, pkt: PacketId): void {
    const fb = this.bus[port]!;
    const now = this.kernel.now;
    const from = Math.max(now, this.nextFree[port]);
    const poll = fb.offsetPs + Math.max(0, Math.ceil((from - fb.offsetPs) / fb.cyclePs)) * fb.cyclePs;
    this.nextFree[port] = poll + 1;
    const size = this.pool.size[pkt];
    this.wire.send(port, pkt, poll - now, Math.round(fieldbusTransaction(fb.timing, size) * 1e12), size, true);
  }
}
