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
}
