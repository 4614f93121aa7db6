/**
 * What `netloom bounds` reports (format `netloom.bounds/v2`): per flow a worst-case latency
 * bound and why it is what it is, per port a backlog bound and the flows it carries by class,
 * per compute node a waiting bound, and queueing estimates of the mean, labelled as estimates.
 * Times in seconds, rates in bit/s, sizes in bytes, as in the run report.
 *
 * v2 (from v1): a hop counts the flows it competes with (`interferers`: how many of higher
 * priority, of its class, of lower priority) and names them once per port, by class
 * (`ports[].classes`, which replaces the port's list of `flows`), instead of naming every one of
 * them on every hop of every flow, which grew with the flows squared (11 kB a flow at 5,000
 * devices, 80 % of it these names). Every figure is as in v1.
 */
export const BOUNDS_FORMAT = 'netloom.bounds/v2';

/** One ingredient of a port's share of a bound, and the mechanism it comes from. */
export interface HopTerm {
  source: 'strict priority' | '802.1Qbv' | '802.1Qav' | '802.1Qbu' | 'cut-through' | 'phase' | 'fieldbus' | 'gateway';
  /** what it is, for people */
  term: string;
  /** its size, seconds (a saving when negative); null when it is not a time (a rate, a share) */
  seconds: number | null;
}

export interface HopBound {
  /** the flow's route, its compute node's answer, or a redundant (802.1CB) route */
  direction: 'request' | 'response' | 'copy';
  port: number;
  link: string;
  from: string;
  to: string;
  scheduler: 'strict' | 'fifo';
  /** the TSN mechanisms of the port ('802.1Qbv', '802.1Qav', '802.1Qbu'), null for a plain port */
  tsn: string[] | null;
  priority: number;
  rate: number;
  /**
   * per-hop bound from arrival at the port to the frame's handover to the next node (its last bit, or
   * its first bytes into a cut-through switch); null when unbounded
   */
  delay: number | null;
  /** pay-bursts-only-once decomposition: this port's service latency (packetization included) and the burst term when it is the bottleneck */
  latency: number | null;
  packetization: number | null;
  burst: number;
  /** time to send the frames priority cannot overtake */
  blocking: number;
  propagation: number;
  forwarding: number;
  /** pay bursts only once: the least time from a frame's handover (last bit, cut-through point) to the end of its transmission, taken off */
  saving: number;
  /** what the port's share is made of, per mechanism (strict priority, 802.1Qbv, 802.1Qav, 802.1Qbu, phase, cut-through) */
  terms: HopTerm[];
  /** this port's share of the flow's bound (the terms above for the method used, propagation and forwarding included, the saving taken off) */
  contribution: number | null;
  /**
   * how many streams of the port it competes with, by relation to its class: `higher` priority, its own class
   * (`same`: at a FIFO port every other stream, relation 'FIFO'), `lower` priority (one of whose frames may block it).
   * Their names: the port's `classes` (ports[] of the same `port`), the flow itself left out of its class once.
   */
  interferers: { higher: number; same: number; lower: number };
}

export interface Check {
  criterion: 'latency' | 'jitter' | 'loss';
  required: number;
  bound: number | null;
  holds: boolean;
}

export interface FlowBound {
  id: string;
  from: string;
  to: string;
  status: 'bounded' | 'unbounded';
  /** worst-case latency bound (emission to the last bit at the destination, response included); null when unbounded */
  delay: number | null;
  /** the smallest latency possible: the bound on pdv is delay − minDelay */
  minDelay: number;
  jitter: number | null;
  method: 'pay bursts only once' | 'per-hop sum' | 'mixed' | null;
  pboo: number | null;
  additive: number | null;
  reason: string | null;
  /** the flow's arrival curve at its source port: wire bytes and wire bit/s */
  arrival: { describe: string; burst: number; rate: number } | null;
  /** latency requirement (seconds) if any, and every requirement the bounds can guarantee */
  requirement: number | null;
  checks: Check[];
  /** true when every latency, jitter and loss requirement is guaranteed; null when the flow has none */
  guaranteed: boolean | null;
  /** where the largest share of the bound comes from */
  dominant: string | null;
  /** every port crossed (for a redundant flow, on each route: its bound is the route chosen, see `route`) */
  hops: HopBound[];
  /** redundant (802.1CB) flows: which route the bound comes from (0: the first path), and why */
  redundancy: { route: number; rule: string } | null;
  compute: { node: string; delay: number | null; reason: string | null } | null;
  /** a queueing estimate of the mean latency (M/G/1 per port with Poisson arrivals): not a bound */
  estimate: { mean: number | null; note: string };
}

export interface PortBound {
  port: number;
  link: string;
  from: string;
  to: string;
  rate: number;
  scheduler: 'strict' | 'fifo';
  tsn: string[] | null;
  /** long-term offered load of the streams with an arrival curve, as a fraction of the rate */
  load: number;
  /** backlog bound: wire bytes and frames (queued, committed and on the wire); null when unbounded */
  backlog: number | null;
  frames: number | null;
  queueLimit: { packets: number | null; bytes: number | null };
  /** true when the backlog bound fits the queue limit, so the port never drops */
  lossFree: boolean | null;
  reason: string | null;
  /**
   * the streams it carries (a flow's id; its response's `id (response)`; a redundant copy's `id (copy k)`), by class,
   * the highest priority first; a FIFO port has one class, of priority null (v1's `flows`, the names once, in v2 here)
   */
  classes: { priority: number | null; flows: string[] }[];
  /** mean queueing estimate (M/G/1, Poisson arrivals): utilization and mean wait, not bounds */
  estimate: { utilization: number; meanWait: number | null };
}

export interface ComputeBound {
  node: string;
  /** the model queue (flows naming the same model batch together), null for the node's default queue */
  model: string | null;
  /** worst-case wait plus service of a request, seconds; null when unbounded */
  delay: number | null;
  reason: string | null;
  requests: string[];
  estimate: { mean: number | null; note: string };
}

export interface BoundsReport {
  format: typeof BOUNDS_FORMAT;
  scenario: string;
  /** how the bounds were computed, one line per ingredient */
  method: string[];
  /** fixed-point iterations over the ports' burst propagation; cyclic when routes depend on each other in a loop */
  iterations: number;
  cyclic: boolean;
  flows: FlowBound[];
  ports: PortBound[];
  compute: ComputeBound[];
  summary: { flows: number; bounded: number; unbounded: number; guaranteed: number; notGuaranteed: number };
}
