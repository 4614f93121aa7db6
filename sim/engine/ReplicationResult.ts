/** What one replication hands back: plain data, mergeable, cheap to send between workers. */
import type { FlowStatsData } from '../stats/FlowStats.ts';

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
}
