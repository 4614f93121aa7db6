/** A flow's pipeline compiled (design §1 of issue 12): stages at node indices, the legs between them as routes. */
import type { Dist } from './fields.ts';

export type Escalation = { to: number; probability: number } | { to: number; confidence: Dist; below: number };

export interface StageModel {
  id: string;
  /** the node serving the stage */
  at: number;
  /** seconds; undefined: the node's service */
  service?: Dist;
  /** the model queue it shares at the node */
  model?: string;
  /** bytes of its output; undefined: the size it received */
  size?: Dist;
  escalate?: Escalation;
  /** an escalation target: visited by escalated items only */
  target: boolean;
  /** the leg an item takes after this stage when it is not escalated */
  next: number;
  /** the leg an escalated item takes (−1: the stage does not escalate) */
  escalateLeg: number;
}

/** A network crossing between two points of the pipeline: the source (stage −1), a stage, or the destination (stage −1 as `to`). */
export interface LegModel {
  from: number;
  to: number;
  /** directed ports; empty when both ends are the same node */
  route: number[];
}

export interface PipelineModel {
  stages: StageModel[];
  /** leg 0 leaves the source */
  legs: LegModel[];
  /** every path an item can take: the stage indices it visits, in order (the first never escalates) */
  paths: number[][];
}
