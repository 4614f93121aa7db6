/**
 * Defaults of the 5G cell profiles. Slot = 1 ms / 2^μ (3GPP TS 38.211 §4.3.2). URLLC targets
 * a 1 − 10⁻⁵ success probability within 1 ms for small packets (3GPP TR 38.913 §7.9), reached
 * with a configured grant, short slots and a conservative first-transmission BLER of 10⁻³ and
 * two HARQ transmissions; eMBB uses link adaptation towards a 10 % BLER (the usual target, an
 * assumption here), dynamic grants and up to 4 transmissions. Capacities, grant delays, HARQ
 * round trips and core latency are assumptions for a 100 MHz TDD private cell: set your own.
 */
import type { CellModel } from '../../scenario/model.ts';

/** A cell's settings as the profiles give them: the model's, with the numerology for the slot. */
export type CellProfile = Omit<CellModel, 'slotPs'> & { numerology: number };

export const CELL_PROFILES: Record<'urllc' | 'embb', CellProfile> = {
  urllc: {
    numerology: 2,
    uplinkBps: 100e6,
    downlinkBps: 300e6,
    grant: 'configured',
    bler: 1e-3,
    maxTransmissions: 2,
    grantDelaySlots: 0,
    harqRttSlots: 2,
    corePs: 100e6,
  },
  embb: {
    numerology: 1,
    uplinkBps: 200e6,
    downlinkBps: 800e6,
    grant: 'dynamic',
    bler: 0.1,
    maxTransmissions: 4,
    grantDelaySlots: 4,
    harqRttSlots: 8,
    corePs: 500e6,
  },
};
