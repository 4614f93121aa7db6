/** The report format `netloom.report/v1` (DESIGN.md): what `netloom run --json` writes. Times in seconds, rates in bit/s. */
import type { Criterion, CriterionName } from '../stats/verdict.ts';
import type { LlmEngineReport, LlmFlowReport } from './llmReport.ts';

export const REPORT_FORMAT = 'netloom.report/v1';

export type Interval = [number, number];

export interface LatencyStats {
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  /** sum of all latencies (exact in picoseconds below 2^53 ps, so sums can be compared across tools) */
  sum: number;
  std: number;
  /** 95 % confidence intervals across replications (only with 2 or more) */
  ci95?: { mean: Interval; p99: Interval; max: Interval };
  /** the distribution as [latency s, fraction of deliveries ≤ it] points, for CDF charts */
  cdf: [number, number][];
}

export interface FlowReport {
  id: string;
  from: string;
  /** where the flow ends: the destination, or for a request flow where its response goes */
  to: string;
  /** for a request flow, the compute node that serves it */
  via?: string;
  sent: number;
  delivered: number;
  lost: number;
  /** lost / sent */
  loss: number;
  lossCi95?: Interval;
  latency: LatencyStats | null;
  /** pdv = max − min; ipdv = mean |d_i − d_{i−1}| over consecutive deliveries; std of latency */
  jitter: { pdv: number; ipdv: number; std: number; ci95?: { pdv: Interval } } | null;
  /** delivered bits/s of `size` over the measured window */
  throughput: number;
  throughputCi95?: Interval;
  /** fraction of deliveries later than the required latency (when one is set) */
  deadlineMiss: number | null;
  verdict: 'pass' | 'fail' | 'none';
  margin: number | null;
  worst: CriterionName | null;
  criteria: Criterion[];
  /** where the flow's packets waited: each hop of its route (request, then response) and the compute node */
  attribution: Attribution;
  /** per timeline bin: delivered bit/s, and the largest latency delivered in it (null when none) */
  timeline: { throughput: number[]; maxLatency: (number | null)[] };
  /** the run's own latency histogram: only in a report built with `histograms`, for the flows a report charts */
  histogram?: LatencyHistogram;
  /** an LLM flow's time to first token, time per output token and KV-cache waits (absent for other flows) */
  llm?: LlmFlowReport;
  /** a pipeline flow's figures per path taken, per stage and per leg (only for a flow with a pipeline) */
  pipeline?: PipelineReport;
}

/** A pipeline flow's breakdown (issue 12 §1); items emitted in the measured window and delivered, times in seconds. */
export interface PipelineReport {
  /** share of the delivered items escalated at some stage (null: none delivered) */
  escalated: number | null;
  /** each path an item can take: the stage ids it visits, in order */
  paths: { stages: string[]; items: number; share: number; latency: { mean: number; p50: number; p99: number; max: number } | null }[];
  /** items whose service started in the window, their mean wait in the node's queue and mean service */
  stages: { id: string; at: string; items: number; meanWait: number; meanService: number }[];
  /** each network crossing: from the source or a stage to a stage or the destination (nodes, and stage ids where a stage) */
  legs: { from: string; to: string; fromStage?: string; toStage?: string; items: number; meanNetwork: number }[];
}

/**
 * A flow's latency histogram as the run kept it (sim/stats/Histogram: log buckets, each at most
 * 0.1 % of its lower edge wide): its buckets with deliveries, ascending, column by column. Bucket i
 * holds the `count[i]` latencies in [lower[i], upper[i]), the least `min[i]`, the greatest `max[i]`; seconds.
 */
export interface LatencyHistogram {
  lower: number[];
  upper: number[];
  count: number[];
  min: number[];
  max: number[];
}

export interface HopWait {
  /** link id, and the direction crossed */
  link: string;
  from: string;
  to: string;
  /** mean and largest wait in that egress queue, seconds */
  meanWait: number;
  maxWait: number;
}

export interface Attribution {
  hops: HopWait[];
  compute: { id: string; meanWait: number; maxWait: number; meanService: number } | null;
}

export interface LinkReport {
  /** the link's id; each direction of a full-duplex link has its own entry */
  id: string;
  from: string;
  to: string;
  utilization: number;
  maxQueue: number;
  drops: number;
  /** mean wait in the egress queue, seconds */
  meanWait: number;
  frames: number;
  /** utilization per timeline bin */
  timeline: { utilization: number[] };
}

export interface ComputeReport {
  id: string;
  utilization: number;
  meanWait: number;
  jobs: number;
  meanBatch: number;
}

export interface Report {
  format: typeof REPORT_FORMAT;
  scenario: string;
  seed: number;
  replications: number;
  /** simulated seconds of emission (the duration) */
  simulated: number;
  /** measured window, seconds: [warmup, duration) */
  window: [number, number];
  wallSeconds: number;
  events: number;
  packetHops: number;
  /** the timeline's bins cover [0, duration) */
  timeline: { bins: number; binSeconds: number };
  flows: FlowReport[];
  links: LinkReport[];
  compute: ComputeReport[];
  summary: { flows: number; passed: number; failed: number; unchecked: number };
  /** the LLM engines (compute nodes with catalog accelerators serving LLM flows; absent without) */
  llmEngines?: LlmEngineReport[];
  /** smart gateways that convert protocols (absent when none does) */
  gateways?: GatewayReport[];
}

/** A converting gateway over the measured window: seconds; `held` is arrival to publication (wait + conversion + its cycle). */
export interface GatewayReport {
  id: string;
  protocol: string;
  conversions: number;
  meanWait: number;
  maxWait: number;
  meanHeld: number;
  maxHeld: number;
}
