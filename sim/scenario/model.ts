/**
 * The compiled scenario the engine runs: indices instead of ids, integer picoseconds for
 * times, bytes and bit/s for the rest, every route resolved to a list of directed ports.
 */
import type { FieldbusModel, GatewayModel } from './gatewayModel.ts';
import type { AcceleratorModel, LlmFlowModel } from './llmModel.ts';
import type { Dist } from './fields.ts';
import type { FlowProtocol } from './schema.ts';
import type { PipelineModel } from './pipelineModel.ts';

export type { Dist, FieldbusModel, GatewayModel };

export interface Framing {
  /** bytes added to every packet (headers, trailer) */
  overhead: number;
  /** extra bytes when the frame carries an 802.1Q tag */
  tag: number;
  /** frames shorter than this (overhead included) are padded to it */
  minFrame: number;
  /** bytes on the wire before the frame (preamble, SFD) */
  preamble: number;
  /** idle bytes after the frame before the next may start (inter-frame gap) */
  ifg: number;
}

export interface NodeModel {
  id: string;
  index: number;
  type: string;
  forwarding: boolean;
  /** switch forwarding latency, picoseconds */
  latencyPs: number;
  queueLimitPackets: number;
  queueLimitBytes: number;
  scheduler: 'strict' | 'fifo';
  txBuffer: number;
  /** cut-through: bytes received before forwarding may start (0: store-and-forward) */
  cutThroughBytes: number;
  /** Wi-Fi access points: their BSS */
  wifi?: WifiModel;
  /** 5G cells */
  cell?: CellModel;
  compute?: ComputeModel;
  position?: [number, number, number];
  /** the cell, line or area the node belongs to (`area2/cell07`), as the scenario or its group instance says */
  group?: string;
  /** a smart gateway's protocol conversion */
  gateway?: GatewayModel;
}

export interface ComputeModel {
  servers: number;
  service: Dist; // seconds
  /** catalog accelerators serving LLM flows (schemaLlm) */
  accelerator?: AcceleratorModel;
  batchMax: number;
  batchTimeoutPs: number;
  perItemPs: number;
}

export interface LinkModel {
  id: string;
  index: number;
  from: number;
  to: number;
  rateBps: number;
  delayPs: number;
  framing: Framing;
  mtu: number;
  /** probability a frame is lost on the link */
  loss: number;
  /** [from, to) picosecond intervals the link is down */
  failures: [number, number][];
  /** a radio link: with a Wi-Fi AP at one end it shares the AP's channel */
  wireless: boolean;
  /** a fieldbus link polled by the gateway at one end */
  fieldbus?: FieldbusModel;
}

export interface CellModel {
  slotPs: number;
  uplinkBps: number;
  downlinkBps: number;
  grant: 'configured' | 'dynamic';
  bler: number;
  maxTransmissions: number;
  /** uplink with a dynamic grant: scheduling request, then the grant, in slots */
  grantDelaySlots: number;
  /** HARQ round trip, slots */
  harqRttSlots: number;
  corePs: number;
}

export interface WifiModel {
  standard: '802.11a' | '802.11ax';
  ackRateBps: number;
  edca: boolean;
  retryLimit: number;
  afterCollision: 'eifs' | 'difs';
}

/** 802.1Qbv gate control list of a port. */
export interface GateModel {
  cyclePs: number;
  basePs: number;
  /** each entry's duration and the classes whose gates it opens (bit c = PCP c) */
  entries: { durationPs: number; mask: number }[];
  /** bound on the port clock's offset; each port draws its own in [−bound, +bound] */
  syncErrorPs: number;
}

export interface PortTsnModel {
  gates?: GateModel;
  /** 802.1Qav idle slope per class (bit/s), undefined for classes without a shaper */
  cbs?: (number | undefined)[];
  /** 802.1Qbu express classes (bit c) and the minimum fragment in bytes */
  preemption?: { expressMask: number; minFragment: number };
}

/** One direction of a link: the egress port of `from`. */
export interface PortModel {
  index: number;
  link: number;
  from: number;
  to: number;
  tsn?: PortTsnModel;
}

export type PatternModel =
  | { type: 'periodic'; periodPs: number; offsetPs: number }
  | { type: 'cbr'; intervalPs: number; offsetPs: number }
  | { type: 'poisson'; meanIntervalPs: number; reproduce?: { seed: number; resolutionPs: number; meanSteps: number } }
  | { type: 'burst'; periodPs: number; offsetPs: number; count: number; lastSize: number; spacingPs: number }
  | { type: 'onoff'; intervalPs: number; on: Dist; off: Dist }
  /** sizes: each packet's size in bytes, in order (a trace file with a size column) */
  | { type: 'trace'; timesPs: Float64Array; sizes?: Float64Array };

export interface RequirementModel {
  latency?: number;
  percentile: number;
  jitter?: number;
  loss?: number;
  throughput?: number;
  deadlineMiss?: number;
  /** LLM flows: time to first token, mean time per output token (seconds) */
  ttft?: number;
  tpot?: number;
  /** largest share of a pipeline's items escalated */
  escalated?: number;
}

export interface FlowModel {
  id: string;
  index: number;
  from: number;
  to: number;
  size: Dist; // bytes
  priority: number;
  tagged: boolean;
  pattern: PatternModel;
  requirement?: RequirementModel;
  /** directed ports from `from` to `to` */
  route: number[];
  /** 802.1CB: further disjoint routes every frame is replicated over */
  frer?: number[][];
  response?: { size: Dist; to: number; route: number[] };
  service?: Dist; // seconds
  /** requests of flows naming the same model queue and batch together at the compute node */
  model?: string;
  /** batching of this flow's model queue, overriding the node's */
  batch?: { max: number; timeoutPs: number; perItemPs: number };
  startPs: number;
  stopPs: number;
  /** what its packets are (the scenario's `protocol`; udp when not given): for captures only, never read by the engine */
  protocol?: FlowProtocol;
  /** an LLM request flow (schemaLlm): served by continuous batching, not by the compute queue */
  llm?: LlmFlowModel;
  /** the stages its messages are served at between `from` and `to` (then neither `response` nor `frer`) */
  pipeline?: PipelineModel;
}

export interface Model {
  name: string;
  seed: number;
  replications: number;
  durationPs: number;
  warmupPs: number;
  drainPs: number;
  nodes: NodeModel[];
  links: LinkModel[];
  ports: PortModel[];
  flows: FlowModel[];
}
