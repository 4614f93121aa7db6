/** A scenario's bounds and its simulation side by side, for the validation tests that hold one against the other. */
import { computeBounds, type BoundsReport } from '../../sim/analysis/index.ts';
import { loadScenario, runScenario, type Report } from '../../sim/api/index.ts';

export function both(scenario: object): { bounds: BoundsReport; sim: Report } {
  return { bounds: computeBounds(loadScenario(scenario)), sim: runScenario({ scenario }) };
}

/** A flow's bound by its id. */
export const bound = (b: BoundsReport, id: string) => b.flows.find((f) => f.id === id)!;

/** A flow's largest simulated latency, seconds. */
export const simMax = (r: Report, id: string) => r.flows.find((f) => f.id === id)!.latency!.max;
