/**
 * PROFIBUS DP Data_Exchange transaction (IEC 61158-4-3 FDL telegrams, 11-bit characters): the
 * master waits the sync time TSYN, sends its request, the slave answers after its station delay
 * TSDR, and its response carries the inputs. A request without outputs is a fixed-length SD1
 * telegram (SD1 DA SA FC FCS ED: 6 characters); with data, and every response with data, a
 * variable-length SD2 telegram (SD2 LE LEr SD2 DA SA FC, the data, FCS ED: 9 + n characters);
 * a response without data is the short acknowledgement SC (1 character).
 */
import { CHAR_BITS, PROFIBUS_TSYN_BITS } from './fieldbusFigures.ts';

export const SD1_CHARS = 6;
export const SD2_OVERHEAD_CHARS = 9;
export const SC_CHARS = 1;

/** Characters of a telegram carrying `bytes` of data (0: SD1 for a request, SC for a response). */
export function profibusTelegramChars(bytes: number, response: boolean): number {
  if (bytes > 0) return SD2_OVERHEAD_CHARS + bytes;
  return response ? SC_CHARS : SD1_CHARS;
}

/** Bit times of one Data_Exchange: TSYN + request + TSDR + response. */
export function profibusDpBits(inputs: number, outputs: number, stationDelayBits: number): number {
  return PROFIBUS_TSYN_BITS.value + CHAR_BITS.value * (profibusTelegramChars(outputs, false) + profibusTelegramChars(inputs, true)) + stationDelayBits;
}

/** Seconds of one Data_Exchange at `rateBps` whose response carries `inputs` bytes (no outputs). */
export function profibusDpTransaction(inputs: number, rateBps: number, stationDelayBits: number): number {
  return profibusDpBits(inputs, 0, stationDelayBits) / rateBps;
}
