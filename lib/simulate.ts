/** Simulation, bounds and gate schedules of a scenario, in this thread. */
import {
  applySchedule as apply,
  type BoundsReport,
  computeBounds,
  createSimApi,
  loadScenario,
  type Report,
  runTraced,
  ScenarioError,
  scheduleGates,
} from '../sim/api/index.ts';
import { checkNumber, limitsOf, type Schedule, type ScheduleOptions, type SimulateOptions } from './options.ts';
import { partsOf, type Scenario, type ScenarioLike } from './Scenario.ts';
import { tracedRun } from './trace.ts';

/**
 * Simulates every replication of `scenario` and merges them into one report (`netloom.report/v1`,
 * as `netloom run --json` writes it): the same scenario and seed give the same figures as the CLI.
 * With `trace`, each packet's outcome and the captured ports' frames are written to the streams it
 * gives as the run goes (what `--trace-out` and `--pcap-out` write). Runs in this thread. Throws
 * ScenarioError (every problem with its JSON path) for a bad scenario.
 */
export async function simulate(scenario: ScenarioLike, options: SimulateOptions = {}): Promise<Report> {
  checkNumber('seed', options.seed, 'seed');
  checkNumber('replications', options.replications, 'count');
  checkNumber('durationS', options.durationS, 'positive');
  const limits = limitsOf(options);
  const started = performance.now();
  const { doc, files } = partsOf(scenario);
  const overrides = { seed: options.seed, replications: options.replications, durationS: options.durationS, ...limits };
  let report: Report;
  if (options.trace) {
    const model = loadScenario(doc, files, overrides);
    report = await runTraced(model, tracedRun(model, options.trace), limits, options.onProgress);
  } else {
    const api = createSimApi();
    const loaded = api.load({ scenario: doc, files }, overrides);
    if (!loaded.ok) throw new ScenarioError(loaded.issues);
    report = api.run(options.onProgress);
  }
  report.wallSeconds = (performance.now() - started) / 1000;
  return report;
}

/** Worst-case latency bounds of every flow by network calculus, without simulating (as `netloom bounds`). */
export async function bounds(scenario: ScenarioLike): Promise<BoundsReport> {
  const { doc, files } = partsOf(scenario);
  return computeBounds(loadScenario(doc, files));
}

/**
 * 802.1Qbv gate schedules for the time-critical flows (as `netloom schedule`); `ok` is false, with the
 * conflicts, when none exists. Throws RangeError when the request cannot be scheduled as asked (no
 * time-critical flow, an unknown flow).
 */
export async function schedule(scenario: ScenarioLike, options: ScheduleOptions = {}): Promise<Schedule> {
  checkNumber('maxWaitS', options.maxWaitS, 'positive');
  const { doc, files } = partsOf(scenario);
  const model = loadScenario(doc, files);
  const maxWaitPs = options.maxWaitS === undefined ? undefined : Math.round(options.maxWaitS * 1e12);
  const outcome = scheduleGates(doc, model, { flows: options.flows, maxWaitPs });
  if (outcome.kind === 'input') throw new RangeError(outcome.message);
  return outcome.schedule;
}

/** A new scenario: `scenario` with the schedule's gates and send offsets applied (what `netloom schedule --out` writes). */
export function applySchedule(scenario: ScenarioLike, s: Schedule): Scenario {
  if (!s.ok) throw new Error(`this schedule cannot be applied: it has ${s.conflicts.length} conflict${s.conflicts.length === 1 ? '' : 's'} and no gates`);
  const { doc, files } = partsOf(scenario);
  return { json: apply(doc, s), files: { ...files } };
}
