/** One poll of a fieldbus device as the gateway (bus master) makes it: its time on the wire. */
import { canFrameTime } from './canFrame.ts';
import { modbusRtuTransaction } from './modbusRtu.ts';
import { profibusDpTransaction } from './profibusDp.ts';

export type FieldbusProtocol = 'modbus-rtu' | 'profibus-dp' | 'can';

export interface FieldbusTiming {
  protocol: FieldbusProtocol;
  rateBps: number;
  /** Modbus RTU: the slave's turnaround, seconds */
  turnaroundS: number;
  /** PROFIBUS DP: the slave's station delay TSDR, bit times */
  stationDelayBits: number;
  /** CAN: 29-bit identifiers (2.0B) */
  extended: boolean;
}

/**
 * Seconds from the poll's start to the last of its data at the master, `bytes` of data:
 * Modbus RTU request + turnaround + response with their silences; PROFIBUS DP TSYN + request +
 * TSDR + response; CAN the device's data frame (sent in its turn after the cycle's start) with
 * its worst-case stuffing.
 */
export function fieldbusTransaction(t: FieldbusTiming, bytes: number): number {
  switch (t.protocol) {
    case 'modbus-rtu':
      return modbusRtuTransaction(bytes, t.rateBps, t.turnaroundS);
    case 'profibus-dp':
      return profibusDpTransaction(bytes, t.rateBps, t.stationDelayBits);
    case 'can':
      return canFrameTime(bytes, t.rateBps, t.extended);
  }
}
