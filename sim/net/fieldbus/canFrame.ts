/**
 * Worst-case time of a classic CAN data frame: Davis, Burns, Bril and Lukkien (2007),
 * "Controller Area Network (CAN) schedulability analysis: refuted, revisited and revised",
 * Real-Time Systems 35(3), eq. (1): C = (g + 8s + 13 + ⌊(g + 8s − 1)/4⌋)·τbit, with g = 34
 * bits subject to stuffing for an 11-bit identifier (2.0A) and 54 for a 29-bit one (2.0B), s
 * data bytes, 13 bits not stuffed (CRC delimiter, ACK, end of frame, 3-bit inter-frame space).
 */

export function canFrameBits(bytes: number, extended: boolean): number {
  const g = extended ? 54 : 34;
  return g + 8 * bytes + 13 + Math.floor((g + 8 * bytes - 1) / 4);
}

/** Seconds of the frame with its worst-case bit stuffing at `rateBps`. */
export function canFrameTime(bytes: number, rateBps: number, extended: boolean): number {
  return canFrameBits(bytes, extended) / rateBps;
}
