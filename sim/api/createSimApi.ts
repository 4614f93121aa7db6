/** The SimApi implementation, pure: hosts expose it in a worker (comlink) or call it directly. */
import type { BoundsReport } from '../analysis/BoundsReport.ts';
import { computeBounds } from '../analysis/computeBounds.ts';
import type { ReplicationResult } from '../engine/ReplicationResult.ts';
import { estimateWork } from '../engine/estimateWork.ts';
import { type SimHost, Simulation, type SimLimits } from '../engine/Simulation.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { expandScenario } from '../scenario/expandScenario.ts';
import { loadScenario } from '../scenario/load.ts';
import type { Model } from '../scenario/model.ts';
import { buildReport, type ReportOptions } from './buildReport.ts';
import { modelFacts } from './modelFacts.ts';
import type { Report } from './Report.ts';
import { type ScheduleOutcome, type ScheduleRequest, scheduleGates } from './scheduleGates.ts';
import { PartsAssembler } from './messageParts.ts';
import { type TraceOutput, type TraceRequest, traceEncoder, traceOptions } from './traceRun.ts';
import { TraceWindow } from './TraceWindow.ts';
import type { KeptBounds, KeptReport, LoadResult, Progress, ReceivedInput, RunOptions, ScenarioInput, SimApi } from './SimApi.ts';

export function createSimApi(): SimApi {
  let model: Model | undefined;
  let scenario: unknown;
  /** the key `scenario` is kept as (load's keepAs), for reload */
  let keptAs: number | undefined;
  let limits: SimLimits = {};
  /** what the report keeps beyond its figures (RunOptions.histograms) */
  let keep: ReportOptions = {};
  let kept: Report | undefined;
  let keptBounds: BoundsReport | undefined;
  const received = new PartsAssembler();
  const loaded = (): Model => {
    if (!model) throw new Error('no scenario loaded: call load() first');
    return model;
  };
  const host = (replication: number, onProgress?: (p: Progress) => void): SimHost => ({
    progress: onProgress ? (fraction, ps, events) => onProgress({ replication, fraction, simulated: ps / 1e12, events }) : undefined,
  });
  const runOne = (replication: number, onProgress?: (p: Progress) => void): ReplicationResult =>
    new Simulation(loaded(), replication, limits).run(host(replication, onProgress));
  /** a replication whose trace goes to `output` through a credit window: the run waits while the host's output is behind */
  const runTraced = async (
    replication: number,
    onProgress: ((p: Progress) => void) | undefined,
    trace: TraceRequest,
    output: TraceOutput,
  ): Promise<ReplicationResult> => {
    const m = loaded();
    const sim = new Simulation(m, replication, limits);
    const credit = new TraceWindow(output, trace.windowBytes);
    sim.traceTo(traceOptions(m, trace), { ...traceEncoder(m, replication, credit), wait: () => credit.wait() });
    const result = await sim.runPaced(host(replication, onProgress));
    await credit.end();
    return result;
  };
  const keptReport = (): Report => {
    if (!kept) throw new Error('no report kept: call runKept() first');
    return kept;
  };
  const boundsOf = (): BoundsReport => {
    if (!keptBounds) throw new Error('no bounds kept: call boundsKept() first');
    return keptBounds;
  };
  const runAll = (onProgress?: (p: Progress) => void): Report => {
    const m = loaded();
    kept = undefined;
    const results = Array.from({ length: m.replications }, (_, r) => runOne(r, onProgress));
    return buildReport(m, results, 0, keep);
  };
  const load = (input: ScenarioInput | ReceivedInput, options: RunOptions = {}, keepAs?: number): LoadResult => {
    model = undefined;
    kept = keptBounds = undefined;
    scenario = 'received' in input ? received.take() : input.scenario;
    keptAs = keepAs;
    limits = { maxEvents: options.maxEvents, maxMemoryBytes: options.maxMemoryBytes };
    keep = { histograms: options.histograms };
    try {
      model = loadScenario(scenario, input.files ?? {}, options);
    } catch (e) {
      if (e instanceof ScenarioError) return { ok: false, issues: e.issues };
      throw e;
    }
    const m = model;
    return {
      ok: true,
      issues: [],
      summary: {
        name: m.name,
        nodes: m.nodes.length,
        links: m.links.length,
        flows: m.flows.length,
        replications: m.replications,
        duration: m.durationPs / 1e12,
        seed: m.seed,
        estimate: estimateWork(m),
      },
    };
  };
  return {
    receive: (part) => received.add(part),
    load,
    unload(): void {
      model = kept = keptBounds = undefined;
    },
    reload: (key, files, options) => (keptAs === key && scenario !== undefined ? load({ scenario, files }, options, key) : null),
    adopt(m: Model, l = {}): void {
      model = m;
      kept = keptBounds = undefined;
      scenario = keptAs = undefined;
      limits = { maxEvents: l.maxEvents, maxMemoryBytes: l.maxMemoryBytes };
      keep = {};
    },
    facts: () => modelFacts(loaded()),
    runReplication: runOne,
    traceReplication: runTraced,
    bounds: () => computeBounds(loaded()),
    boundsKept(): KeptBounds {
      keptBounds = computeBounds(loaded());
      return { head: { ...keptBounds, flows: [], ports: [] }, flows: keptBounds.flows.length, ports: keptBounds.ports.length };
    },
    keptBoundFlows: (from: number, to: number) => boundsOf().flows.slice(from, to),
    keptBoundPorts: (from: number, to: number) => boundsOf().ports.slice(from, to),
    schedule(request: ScheduleRequest): ScheduleOutcome {
      const m = loaded();
      if (scenario === undefined) throw new Error('schedule() needs the scenario: call load(), not adopt()');
      return scheduleGates(expandScenario(scenario), m, request); // the gate limits as the flat form has them
    },
    run: (onProgress?: (p: Progress) => void): Report => runAll(onProgress),
    runKept(onProgress?: (p: Progress) => void): KeptReport {
      kept = runAll(onProgress);
      return { head: { ...kept, flows: [], links: [] }, flows: kept.flows.length, links: kept.links.length };
    },
    keptFlows: (from: number, to: number) => keptReport().flows.slice(from, to),
    keptLinks: (from: number, to: number) => keptReport().links.slice(from, to),
  };
}

/** Runs a scenario to its report in this thread (tests, small runs). Throws ScenarioError on bad input. */
export function runScenario(input: ScenarioInput, options: RunOptions = {}): Report {
  const api = createSimApi();
  const loaded = api.load(input, options);
  if (!loaded.ok) throw new ScenarioError(loaded.issues);
  return api.run();
}
