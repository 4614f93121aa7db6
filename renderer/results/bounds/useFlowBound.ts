/** One flow's bound and simulated figures as the results show them, and whether they are about the same scenario. */
import type { FlowBound, FlowReport } from '../../../sim/api/index.ts';
import { useApp } from '../../state/appStore.ts';
import { type BoundCheck, checkBound, flowBound } from './flowBounds.ts';

export interface FlowBoundView {
  bound: FlowBound | null;
  simulated: FlowReport | null;
  /** the bounds and the last run are of the same version of the scenario */
  sameScenario: boolean;
  check: BoundCheck;
  computing: boolean;
  error: string | null;
  /** bounds exist at all (the scenario has been run once) */
  asked: boolean;
}

export function useFlowBound(id: string | null): FlowBoundView {
  const bounds = useApp((s) => s.bounds);
  const last = useApp((s) => s.lastReport);
  const bound = id ? flowBound(bounds?.report, id) : null;
  const simulated = (id && last?.report.flows.find((f) => f.id === id)) || null;
  const sameScenario = !!bounds && !!last && bounds.revision === last.revision;
  const check = bound ? checkBound(bound.delay, sameScenario ? simulated?.latency?.max : null) : 'not-simulated';
  return { bound, simulated, sameScenario, check, computing: bounds?.computing ?? false, error: bounds?.error ?? null, asked: bounds !== null };
}
