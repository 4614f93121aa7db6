/**
 * The limits a run in the app goes with, as the CLI's: the work is estimated before it starts, a
 * run past the default event limit is asked about (with its estimate) instead of refused, and the
 * memory of the packets in flight is bounded (a run past it stops with the port where they piled up).
 */
import { checkWork, DEFAULT_MAX_EVENTS, DEFAULT_MAX_MEMORY_BYTES, describeWork, type ModelFacts } from '../../sim/api/index.ts';

export interface RunLimits {
  maxEvents: number;
  maxMemoryBytes: number;
  /** a question to ask before running, when the run is past the default event limit */
  ask?: string;
}

/** `work`: the run's estimate and replications (sim/api's modelFacts, read where the scenario was compiled). */
export function runLimits(work: Pick<ModelFacts, 'estimate' | 'replications'>): RunLimits {
  const { estimate: e, replications } = work;
  const total = (e.events + e.overhead) * replications;
  if (!checkWork(e, replications)) return { maxEvents: DEFAULT_MAX_EVENTS, maxMemoryBytes: DEFAULT_MAX_MEMORY_BYTES };
  return {
    maxEvents: Math.ceil(total * 1.5),
    maxMemoryBytes: DEFAULT_MAX_MEMORY_BYTES,
    ask:
      `This run is ${describeWork(e, replications)}: more than the ` +
      `${DEFAULT_MAX_EVENTS.toExponential(0).replace('+', '')} events NetLoom runs without ` +
      `asking, so it may take a long time (the progress bar shows the time left once ` +
      `it starts). Run it anyway? (Or shorten it: Scenario → simulation → duration.)`,
  };
}
