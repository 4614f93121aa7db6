/** Small scenarios for the engine's tests: a line of hosts and switches, flows added by the test. */
export function line(opts: { rate?: string; framing?: unknown; switchLatency?: string; queueLimit?: number; txBuffer?: number; scheduler?: string } = {}) {
  const sw: Record<string, unknown> = {};
  if (opts.switchLatency) sw.latency = opts.switchLatency;
  if (opts.queueLimit) sw.queueLimit = opts.queueLimit;
  if (opts.txBuffer !== undefined) sw.txBuffer = opts.txBuffer;
  if (opts.scheduler) sw.scheduler = opts.scheduler;
  const link = (from: string, to: string, rate = opts.rate ?? '100 Mb/s') => ({
    from,
    to,
    rate,
    delay: '1 us',
    ...(opts.framing ? { framing: opts.framing } : {}),
  });
  return {
    format: 'netloom.scenario/v1',
    name: 'test line',
    nodes: [
      { id: 'A', type: 'plc' },
      { id: 'A2', type: 'camera' },
      { id: 'S', type: 'switch', switch: sw },
      { id: 'B', type: 'drive' },
      { id: 'GPU', type: 'compute' } as Record<string, unknown>,
    ],
    links: [link('A', 'S'), link('A2', 'S', '10 Gb/s'), link('S', 'B'), link('S', 'GPU', '1 Gb/s')],
    flows: [] as Record<string, unknown>[],
    simulation: { duration: '10 ms', seed: 1 } as Record<string, unknown>,
  };
}
