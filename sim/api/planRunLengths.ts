/**
 * The planner's run lengths for a compiled scenario: `defaultRunLengths` given the scenario's
 * work (events per simulated second, from `estimateWork`), so that a large plant's quick runs
 * stay short while every scenario of a few dozen devices keeps its 2 s.
 */
import { estimateWork } from '../engine/estimateWork.ts';
import { defaultRunLengths, type RunLengths } from '../plan/planner.ts';
import type { Model } from '../scenario/model.ts';

export function planRunLengths(model: Model, replications: number): RunLengths {
  const durationS = model.durationPs / 1e12;
  const eventsPerSecond = durationS > 0 ? estimateWork(model).events / durationS : 0;
  return defaultRunLengths(durationS, replications, { eventsPerSecond, warmupS: model.warmupPs / 1e12 });
}
