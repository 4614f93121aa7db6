/**
 * The limits a run in the app goes with, as the CLI's: the work is estimated before it starts, a
 * run past the default event limit is asked about (with its estimate) instead of refused, and the
 * memory of the packets in flight is bounded (a run past it stops with the port where they piled up).
 */
import { checkWork, DEFAULT_MAX_EVENTS, DEFAULT_MAX_MEMORY_BYTES, describeWork, estimateWork, type Model } from '../../sim/api/index.ts';

export interface RunLimits {
  maxEvents: number;
  maxMemoryBytes: number;
  /** a question to ask before running, when the run is past the default event limit */
  ask?: string;
}

export function runLimits(model: Model): RunLimits {
  const e = estimateWork(model);
  const total = (e.events + e.overhead) * model.replications;
  if (!checkWork(e, model.replications)) return { maxEvents: DEFAULT_MAX_EVENTS, maxMemoryBytes: DEFAULT_MAX_MEMORY_BYTES };
  return {
    maxEvents: Math.ceil(total * 1.5),
    maxMemoryBytes: DEFAULT_MAX_MEMORY_BYTES,
    ask:
      `This run is ${describeWork(e, model.replications)}: more than the ` +
      `${DEFAULT_MAX_EVENTS.toExponential(0).replace('+', '')} events NetLoom runs without ` +
      `asking, so it may take a long time (the progress bar shows the time left once ` +
      `it starts). Run it anyway? (Or shorten it: Scenario → simulation → duration.)`,
  };
}
