/**
 * PROFINET figures the GSDML importer checks and builds with, each with its source (rows of
 * /work/shared/data/industrial_figures.csv, which cite rt-labs p-net at commit 0df31d1).
 */

/** SendClockFactor and MinDeviceInterval tick: 31.25 µs (p-net doc/creating_gsdml_files.rst L339-341). */
export const TICK_NS = 31_250;

/** Allowed SendClockFactor values for RT (p-net src/device/pf_cmdev.c L3266-3271): 31.25 µs … 4 ms. */
export const SEND_CLOCK_FACTORS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128];

/** The send clock a GSDML list must contain, and the controller's usual choice: 32 × 31.25 µs = 1 ms (creating_gsdml_files.rst L339-342). */
export const DEFAULT_SEND_CLOCK = 32;

/** ReductionRatio range for RT_CLASS_1/2/3 (pf_cmdev.c L3290-3300). */
export const MAX_REDUCTION_RATIO = 512;

/** The usual GSDML ReductionRatio list (creating_gsdml_files.rst L342-343), used when a file gives none. */
export const DEFAULT_REDUCTION_RATIOS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

/** Conformance classes (p-net doc/profinet_basics.rst L78-103): C adds IRT (RT_CLASS_3), D is TSN. */
export const CONFORMANCE_CLASSES: readonly string[] = ['A', 'B', 'C', 'D'];

/** C_SDU (cyclic I/O data + IOPS/IOCS) of RT_CLASS_1: 40..1440 B, shorter ones padded (pf_types.h L1397-1398). */
export const MIN_C_SDU = 40;
export const MAX_C_SDU = 1440;

/** RT frame around the C_SDU: FrameID 2 B before it, APDU status 4 B after (cycle counter 2, data status 1, transfer status 1). */
export const FRAME_ID_BYTES = 2;
export const APDU_STATUS_BYTES = 4;

/**
 * The extra limits on a send clock × reduction ratio pair (pf_cmdev.c L3290-3300): RR ≥ 256
 * needs SCF ≤ 64, RR = 512 needs SCF ≤ 32, and SCF × RR must reach MinDeviceInterval.
 */
export function pairAllowed(sendClock: number, ratio: number, minDeviceInterval: number): boolean {
  if (ratio >= 256 && sendClock > 64) return false;
  if (ratio === 512 && sendClock > 32) return false;
  return sendClock * ratio >= minDeviceInterval;
}

/** Bytes of each GSDML DataItem@DataType of fixed size (GSDML spec's data types; OctetString and VisibleString take @Length). */
export const DATA_TYPE_BYTES: Readonly<Record<string, number>> = {
  Boolean: 1,
  Integer8: 1,
  Unsigned8: 1,
  Integer16: 2,
  Unsigned16: 2,
  Integer32: 4,
  Unsigned32: 4,
  Float32: 4,
  Integer64: 8,
  Unsigned64: 8,
  Float64: 8,
  N2: 2,
  N4: 4,
  V2: 2,
  E2: 2,
  C4: 4,
  Date: 7,
  TimeOfDay_with_date_indication: 6,
  TimeDifference_with_date_indication: 6,
};

export const SIZED_DATA_TYPES: readonly string[] = ['OctetString', 'VisibleString', 'UnicodeString8'];
