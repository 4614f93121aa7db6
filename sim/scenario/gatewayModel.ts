/** Smart gateways and fieldbus segments as the engine and the bounds take them (see schemaGateway.ts). */
import type { FieldbusTiming } from '../net/fieldbus/fieldbusTransaction.ts';

export interface GatewayModel {
  protocol: string;
  /** conversion time of one message, and per byte of it, picoseconds */
  perMessagePs: number;
  perBytePs: number;
  servers: number;
  /** publishing cycle (0: a converted message leaves at once) */
  cyclePs: number;
}

/** A fieldbus link: the device at one end is polled by the gateway (master) at the other. */
export interface FieldbusModel {
  timing: FieldbusTiming;
  master: number;
  device: number;
  /** the segment at the master this device is on (its name) */
  segment: string;
  cyclePs: number;
  /** start of this device's poll within each cycle */
  offsetPs: number;
  /** its poll with the largest data of the flows it sends (what its slot is sized for) */
  pollPs: number;
  /** that largest data, bytes */
  bytes: number;
  /** its poll with no data: the least a transaction takes */
  floorPs: number;
}
