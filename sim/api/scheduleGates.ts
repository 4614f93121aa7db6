/**
 * Gate schedules as every host makes them (`netloom schedule`, the app's Schedules view): the
 * synthesis for the time-critical flows or the ones named, within the gate list lengths the
 * scenario declares, and the 802.1Qcw YANG document of a schedule that exists.
 */
import { gateLimits } from '../analysis/gcl/gateLimits.ts';
import { type Schedule, ScheduleInputError } from '../analysis/gcl/Schedule.ts';
import { synthesizeSchedule } from '../analysis/gcl/synthesizeSchedule.ts';
import { type QcwDocument, toQcwYang } from '../io/switchConfig/toQcwYang.ts';
import type { Model } from '../scenario/model.ts';

export interface ScheduleRequest {
  /** the flows to schedule; absent: the time-critical ones (periodic, highest priority, with a latency requirement) */
  flows?: string[];
  /** bounded waiting per hop, picoseconds (0 or absent: no-wait only) */
  maxWaitPs?: number;
}

export type ScheduleOutcome =
  /** `qcw`: the YANG document, or null with `qcwError` when it cannot be written (or `schedule` has conflicts) */
  | { kind: 'schedule'; schedule: Schedule; qcw: QcwDocument | null; qcwError: string | null }
  /** the request cannot be scheduled as asked (no time-critical flow, an unknown flow…); the message names the flag or field */
  | { kind: 'input'; message: string };

/** `scenario`: the JSON `model` was compiled from (the gate list limits are read from it). */
export function scheduleGates(scenario: unknown, model: Model, request: ScheduleRequest): ScheduleOutcome {
  let schedule: Schedule;
  try {
    schedule = synthesizeSchedule(model, { ...request, maxEntries: gateLimits(scenario, model) });
  } catch (e) {
    if (e instanceof ScheduleInputError) return { kind: 'input', message: e.message };
    throw e;
  }
  if (!schedule.ok) return { kind: 'schedule', schedule, qcw: null, qcwError: null };
  try {
    return { kind: 'schedule', schedule, qcw: toQcwYang(schedule, model), qcwError: null };
  } catch (e) {
    return { kind: 'schedule', schedule, qcw: null, qcwError: e instanceof Error ? e.message : String(e) };
  }
}
