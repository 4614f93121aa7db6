/**
 * Gate-schedule synthesis (sim/analysis/gcl) in a Web Worker: the same calls as `netloom
 * schedule` — load, synthesize with the scenario's gate list limits, and the 802.1Qcw YANG
 * document of a schedule that exists — so a large network never stalls the window.
 */
import { expose } from 'comlink';
import { gateLimits, type QcwDocument, type Schedule, ScheduleInputError, synthesizeSchedule, toQcwYang } from '../../sim/analysis/gcl/index.ts';
import { type Issue, loadScenario, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';

export interface ScheduleRequest {
  /** the flows to schedule; absent: the time-critical ones (the synthesizer's default) */
  flows?: string[];
  /** bounded waiting per hop, picoseconds (0: no-wait only) */
  maxWaitPs?: number;
}

export type SynthesisOutcome =
  | { kind: 'schedule'; schedule: Schedule; qcw: QcwDocument | null; qcwError: string | null; ms: number }
  | { kind: 'input'; message: string }
  | { kind: 'invalid'; issues: Issue[] };

const api = {
  /** `files`: the trace files the scenario names */
  synthesize(scenario: ScenarioJson, request: ScheduleRequest, files: Readonly<Record<string, string>>): SynthesisOutcome {
    const t0 = performance.now();
    let model;
    try {
      model = loadScenario(scenario, files);
    } catch (e) {
      if (e instanceof ScenarioError) return { kind: 'invalid', issues: e.issues };
      throw e;
    }
    let schedule: Schedule;
    try {
      schedule = synthesizeSchedule(model, { ...request, maxEntries: gateLimits(scenario, model) });
    } catch (e) {
      if (e instanceof ScheduleInputError) return { kind: 'input', message: e.message };
      throw e;
    }
    let qcw: QcwDocument | null = null;
    let qcwError: string | null = null;
    if (schedule.ok) {
      try {
        qcw = toQcwYang(schedule, model);
      } catch (e) {
        qcwError = e instanceof Error ? e.message : String(e);
      }
    }
    return { kind: 'schedule', schedule, qcw, qcwError, ms: performance.now() - t0 };
  },
};

export type ScheduleWorkerApi = typeof api;

expose(api);
