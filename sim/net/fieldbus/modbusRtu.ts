/**
 * Modbus RTU read transaction (Modbus over Serial Line V1.02, 2006, §2.5.1.1; application
 * protocol V1.1b3 §6.3, FC03 Read Holding Registers): the master's request (address, function,
 * start, quantity, CRC: 8 characters), the slave's turnaround, its response (address, function,
 * byte count, the registers, CRC: 5 + 2·registers characters), each frame followed by the
 * 3.5-character silence that ends it. Characters are 11 bits.
 */
import { CHAR_BITS, MODBUS_T35_CHARS, MODBUS_T35_FAST_ABOVE_BPS, MODBUS_T35_FAST_S } from './fieldbusFigures.ts';

export const MODBUS_REQUEST_CHARS = 8;
export const MODBUS_RESPONSE_OVERHEAD_CHARS = 5;

/** The inter-frame silence t3.5 at `rateBps` baud: 3.5 characters, fixed 1.75 ms above 19200 baud. */
export function modbusSilence(rateBps: number): number {
  return rateBps > MODBUS_T35_FAST_ABOVE_BPS ? MODBUS_T35_FAST_S.value : (MODBUS_T35_CHARS.value * CHAR_BITS.value) / rateBps;
}

/** Characters of the response that carries `bytes` of data (whole 2-byte registers). */
export function modbusResponseChars(bytes: number): number {
  return MODBUS_RESPONSE_OVERHEAD_CHARS + 2 * Math.ceil(bytes / 2);
}

/** Seconds from the start of the request to the end of the silence after the response. */
export function modbusRtuTransaction(bytes: number, rateBps: number, turnaroundS: number): number {
  const chars = MODBUS_REQUEST_CHARS + modbusResponseChars(bytes);
  return (chars * CHAR_BITS.value) / rateBps + 2 * modbusSilence(rateBps) + turnaroundS;
}
