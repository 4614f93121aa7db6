/**
 * 802.11 frame timing: OFDM symbols behind a PHY preamble. The figures per standard are
 * those of ns-3's Bianchi reference scripts (src/wifi/examples/reference/Bianchi11a.m and
 * bianchi11ax.py): 802.11a — 20 us preamble and header, 4 us symbols; 802.11ax — 44 us HE
 * preamble, 13.6 us symbols (12.8 us + 0.8 us guard interval), control frames (ACK) in legacy
 * OFDM. Slot 9 us, SIFS 16 us. A data frame carries 16 service bits and 6 tail bits.
 */
export type WifiStandard = '802.11a' | '802.11ax';

export interface PhyTiming {
  slotPs: number;
  sifsPs: number;
  preamblePs: number;
  symbolPs: number;
  ackPreamblePs: number;
  ackSymbolPs: number;
}

const US = 1e6; // picoseconds

export const PHY: Record<WifiStandard, PhyTiming> = {
  '802.11a': { slotPs: 9 * US, sifsPs: 16 * US, preamblePs: 20 * US, symbolPs: 4 * US, ackPreamblePs: 20 * US, ackSymbolPs: 4 * US },
  '802.11ax': { slotPs: 9 * US, sifsPs: 16 * US, preamblePs: 44 * US, symbolPs: 13.6 * US, ackPreamblePs: 20 * US, ackSymbolPs: 4 * US },
};

const SERVICE_TAIL_BITS = 16 + 6;
const ACK_BITS = 14 * 8;

/** Air time of a data frame of `bytes` (MAC header, payload, FCS) at `rateBps`. */
export function dataDuration(p: PhyTiming, bytes: number, rateBps: number): number {
  const bitsPerSymbol = (rateBps * p.symbolPs) / 1e12;
  return p.preamblePs + p.symbolPs * Math.ceil((SERVICE_TAIL_BITS + bytes * 8) / bitsPerSymbol - 1e-9);
}

/** Air time of an ACK at the control rate. */
export function ackDuration(p: PhyTiming, ackRateBps: number): number {
  const bitsPerSymbol = (ackRateBps * p.ackSymbolPs) / 1e12;
  return p.ackPreamblePs + p.ackSymbolPs * Math.ceil((SERVICE_TAIL_BITS + ACK_BITS) / bitsPerSymbol - 1e-9);
}

/** Access categories from 802.1D user priorities (802.11-2020 Table 10-1): BK, BE, VI, VO. */
export const AC_OF_PCP = [1, 0, 0, 1, 2, 2, 3, 3];

/**
 * Default EDCA parameters per access category [BK, BE, VI, VO] for aCWmin 15, aCWmax 1023 (as in
 * ns-3, ../shared/data/workload_defaults.csv "Wi-Fi EDCA default"); DCF uses the BE contention
 * window with AIFSN 2 (DIFS).
 */
export const EDCA = [
  { cwMin: 15, cwMax: 1023, aifsn: 7 },
  { cwMin: 15, cwMax: 1023, aifsn: 3 },
  { cwMin: 7, cwMax: 15, aifsn: 2 },
  { cwMin: 3, cwMax: 7, aifsn: 2 },
];
export const DCF = { cwMin: 15, cwMax: 1023, aifsn: 2 };
