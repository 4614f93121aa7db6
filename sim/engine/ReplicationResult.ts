/** What one replication hands back: plain data, mergeable, cheap to send between workers. */
import type { ComputeNodes } from '../compute/ComputeNodes.ts';
import type { GatewayFigures } from '../net/Gateways.ts';
import type { LlmResult } from './LlmClients.ts';
import { jobClasses } from '../compute/jobClasses.ts';
import type { PortStats } from '../net/PortStats.ts';
import type { Model } from '../scenario/model.ts';
import type { FlowStatsData } from '../stats/FlowStats.ts';
import type { FlowTable } from '../stats/FlowTable.ts';
import type { PipelineStatsData } from '../stats/PipelineStats.ts';
import type { Pipelines } from './Pipelines.ts';

/** timeline bins over [0, duration) for throughput and utilization over time */
export const TIMELINE_BINS = 60;

export interface ReplicationResult {
  replication: number;
  events: number;
  /** links crossed by packets (each arrival at the far end of a link counts one) */
  packetHops: number;
  /** simulated time at which the run ended (last event, or the drain cap) */
  endPs: number;
  /** width of a timeline bin, picoseconds (the timeline covers [0, duration)) */
  binPs: number;
  flows: FlowStatsData[];
  /** per directed port (link i: port 2i from→to, 2i+1 to→from), over the measured window */
  ports: {
    busyPs: Float64Array;
    frames: Float64Array;
    drops: Float64Array;
    maxQueue: Int32Array;
    waitSum: Float64Array;
    waitCount: Float64Array;
    /** busy picoseconds per port and timeline bin, port-major */
    busyBins: Float64Array;
  };
  /** per node (zero for nodes that do not compute) */
  compute: { busyPs: Float64Array; waitSum: Float64Array; jobs: Float64Array; batches: Float64Array };
  /**
   * Queue waits per route position: flow f's request route is route 2f, its response route
   * 2f + 1; routes lie one after the other in flow order (see Routes).
   */
  hops: { waitSum: Float64Array; waitMax: Float64Array; frames: Float64Array };
  /** per flow: its requests' waits and service at the compute node */
  computeByFlow: { waitSum: Float64Array; waitMax: Float64Array; serviceSum: Float64Array; jobs: Float64Array };
  /** per converting gateway (absent when none converts) */
  gateways?: GatewayFigures[];
  /** LLM flows' TTFT and TPOT at the client and their waits for the KV cache (absent without LLM flows) */
  llm?: LlmResult;
  /** per pipeline flow, in flow order (absent when no flow has a pipeline) */
  pipelines?: PipelineStatsData[];
}

/** The figures a finished replication hands back, read off the engine's tables. */
export function collectResult(
  model: Model,
  replication: number,
  events: number,
  packetHops: number,
  endPs: number,
  stats: FlowTable,
  p: PortStats,
  c: ComputeNodes,
  pipes?: Pipelines,
): ReplicationResult {
  const F = model.flows.length;
  return {
    replication,
    events,
    packetHops,
    endPs,
    binPs: Math.ceil(model.durationPs / TIMELINE_BINS),
    flows: model.flows.map((_, f) => stats.data(f)),
    ports: {
      busyPs: p.busyPs,
      frames: p.frames,
      drops: p.drops,
      maxQueue: p.maxQueue,
      waitSum: p.waitSum,
      waitCount: p.waitCount,
      busyBins: p.busyBins(),
    },
    compute: { busyPs: c.busyPs, waitSum: c.waitSum, jobs: c.served, batches: c.batches },
    hops: { waitSum: p.hopWaitSum, waitMax: p.hopWaitMax, frames: p.hopFrames },
    computeByFlow: {
      waitSum: c.classWaitSum.slice(0, F),
      waitMax: c.classWaitMax.slice(0, F),
      serviceSum: c.classServiceSum.slice(0, F),
      jobs: c.classJobs.slice(0, F),
    },
    ...(pipes ? { pipelines: pipelineData(model, pipes, c) } : {}),
  };
}

/** Each pipeline flow's figures, its stages' read off the compute nodes' job classes. */
function pipelineData(model: Model, pipes: Pipelines, c: ComputeNodes): PipelineStatsData[] {
  const { stageBase } = jobClasses(model);
  return model.flows.flatMap((f) => {
    const stats = pipes.stats[f.index];
    if (!stats || !f.pipeline) return [];
    const base = stageBase[f.index];
    return [
      stats.data(
        f.pipeline.stages.map((_, k) => ({ jobs: c.classJobs[base + k], waitSum: c.classWaitSum[base + k], serviceSum: c.classServiceSum[base + k] })),
      ),
    ];
  });
}
