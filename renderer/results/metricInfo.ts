/** One sentence per metric, shown as tooltips (for students). */
export const METRIC_INFO: Record<string, string> = {
  verdict: 'Pass when every criterion of the flow’s requirement holds over the measured window.',
  margin: 'How much headroom the worst criterion has: (required − measured) / required; negative means the requirement is violated.',
  worst: 'The criterion with the smallest margin: the one that fails first if the network gets busier.',
  latency: 'One-way latency: from the moment the application sends a packet until its last bit arrives (request and response for compute flows).',
  mean: 'Average one-way latency of all delivered packets.',
  p99: '99th percentile latency: 99 % of packets arrive at least this fast.',
  max: 'The largest latency any delivered packet saw in the run.',
  bound:
    'Worst-case latency by network calculus, computed without simulating: ' +
    'no packet can take longer, whatever the timing. ∞: no deterministic ' +
    'bound (hover for why). Never below Max — if it is, ⚠ flags a bug.',
  jitter: 'Packet delay variation (PDV): the spread between the slowest and the fastest packet, max − min latency.',
  ipdv: 'Inter-packet delay variation: the mean change in latency between consecutive packets.',
  loss: 'Fraction of packets sent that never arrived (dropped at a full queue).',
  throughput: 'Delivered payload rate of the flow over the measured window, in bits per second.',
  deadlineMiss: 'Fraction of packets that arrived later than the latency bound.',
  escalated: "Share of a pipeline's items that a stage escalated to a later one (a small model handing a hard case to a large one).",
  sent: 'Packets the source emitted during the measured window.',
  utilization: 'Fraction of time a link direction was busy transmitting; near 100 % queues grow and latency explodes.',
  maxQueue: 'The most packets that waited in this egress queue at once.',
  meanWait: 'Average time a packet waited in the queue before its transmission started.',
  drops: 'Packets discarded because the egress queue was full.',
  computeUtil: 'Fraction of time the compute node’s servers (GPUs) were busy serving requests.',
  computeWait: 'Average time a request waited for a free server or for its batch to fill.',
  cdf: 'Latency CDF: for each latency on the x axis, the fraction of packets that arrived at least that fast. Steep is predictable, a long tail is jitter.',
  pdvHist: 'Delay variation distribution: how far each packet’s latency was above the flow’s fastest packet (RFC 5481 PDV), from the latency percentiles.',
  timeline: 'Delivered throughput per time bin: dips show congestion or bursts.',
  heatmap: 'Utilization of each link direction over time: darker is busier; a column of dark cells is a burst crossing the plant.',
  delay: 'Propagation delay: the time a bit takes along the cable, from its length (or node positions) and the medium.',
};
