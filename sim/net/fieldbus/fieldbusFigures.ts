/**
 * Fieldbus figures the frame times rest on, each with its source. Values copied from
 * ../shared/data/industrial_figures.csv carry its row (fieldbusFigures.test.ts checks each copy
 * against the CSV); protocol constants come from the specifications named; what neither gives
 * is marked `assumption: …`.
 */
/** a value and where it comes from (sim/workloads/defaults.ts's Cited; sim/net may not import it) */
interface Cited<T> {
  value: T;
  source: string;
}

const CSV = '../shared/data/industrial_figures.csv';

/** UART character of Modbus RTU and PROFIBUS DP: start + 8 data + parity + stop bits */
export const CHAR_BITS: Cited<number> = {
  value: 11,
  source: 'Modbus over Serial Line V1.02 (2006) §2.5.1 (RTU: 1 start, 8 data, 1 parity or 2nd stop, 1 stop); IEC 61158-4-3 (PROFIBUS UART character)',
};

/** Modbus RTU inter-frame silence t3.5 in characters, and its fixed value above 19200 baud */
export const MODBUS_T35_CHARS: Cited<number> = { value: 3.5, source: `${CSV}: Fieldbus, Modbus RTU, inter-frame silent interval t3.5 (umodbus/serial.py)` };
export const MODBUS_T35_FAST_S: Cited<number> = {
  value: 1750e-6,
  source: `${CSV}: Fieldbus, Modbus RTU, inter-frame silent interval t3.5 ("1750 us fixed (>19200 bd)")`,
};
export const MODBUS_T35_FAST_ABOVE_BPS = 19200;
/** largest data of one read: 125 registers of 2 bytes (FC03/04) */
export const MODBUS_MAX_REGISTERS: Cited<number> = {
  value: 125,
  source: `${CSV}: Fieldbus, Modbus, max registers per read / write (libmodbus modbus.h L93-94)`,
};

/** PROFIBUS DP bit rates (kbit/s) and largest input data per slave */
export const PROFIBUS_RATES_KBPS: Cited<number[]> = {
  value: [9.6, 19.2, 45.45, 93.75, 187.5, 500, 1500, 3000, 6000, 12000],
  source: `${CSV}: Fieldbus, PROFIBUS DP, bit rates (ABB RPBA-01 manual p.113)`,
};
export const PROFIBUS_MAX_DATA: Cited<number> = {
  value: 244,
  source:
    'IEC 61158-6-3 / PROFIBUS DP: at most 244 B of inputs per slave ' +
    '(e.g. Hyundai Robotics PROFIBUS-DP slave specification: "Maximum input byte size 244 bytes")',
};
/** bus idle time before a request (TSYN), in bit times */
export const PROFIBUS_TSYN_BITS: Cited<number> = {
  value: 33,
  source: 'IEC 61158-4-3 synchronisation time TSYN = 33 bit times (as in pyprofibus PBTiming: tSYN = 33 tBit)',
};
export const PROFIBUS_TSDR_BITS: Cited<number> = {
  value: 11,
  source:
    'assumption: station delay of the responder at the minimum min_TSDR = 11 bit times (IEC 61158-4-3); ' +
    'a slave may answer later (its GSD MaxTsdr), set `stationDelay`',
};

/** CAN bit rates (CiA 305 table) and classic CAN payload */
export const CAN_RATES_KBPS: Cited<number[]> = {
  value: [1000, 800, 500, 250, 125, 50, 20, 10],
  source: `${CSV}: Fieldbus, CANopen, standard bit rates (CiA 305 LSS table, CANopenNode 305/CO_LSS.h)`,
};
export const CAN_MAX_DATA: Cited<number> = {
  value: 8,
  source: `${CSV}: Fieldbus, CAN, max payload classic CAN / CAN FD (linux can.h CAN_MAX_DLEN)`,
};
