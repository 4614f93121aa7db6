/**
 * The network of `prio_txbuffer.cc` in NetLoom's format, from the parameters the ns-3 program
 * prints: hosts H1..Hn → S (1 Gb/s, 500 ns) → RX (100 Mb/s, 500 ns), point-to-point framing,
 * strict priority with a 1-frame transmit buffer on every port (the R1-prio anchor's queueing).
 * Every packet is a flow of its own (`bulk-<seq>`, `late-<seq>`), so the report gives each
 * packet's delay or loss; flows are declared in the program's send order, so same-instant sends
 * run in the same order.
 */
export interface PrioTxBufferParams {
  bulk: number;
  bulkBytes: number;
  bulkAt: number;
  /** host:class:sendNs,… (class ef or be) */
  late: string;
  lateBytes: number;
  switchLimit: number;
  hostLimit: number;
}

const EF_PCP = 7;

export function prioTxBufferScenario(p: PrioTxBufferParams, variant: string) {
  const late = p.late.split(',').map((entry) => {
    const [host, cls, at] = entry.split(':');
    return { host: Number(host), ef: cls === 'ef', at: Number(at) };
  });
  const hosts = Math.max(1, ...late.map((l) => l.host));
  const port = (queueLimit: number) => ({ queueLimit, scheduler: 'strict', txBuffer: 1 });
  const hostIds = Array.from({ length: hosts }, (_, k) => `H${k + 1}`);
  const flow = (id: string, from: string, bytes: number, at: number, priority: number) => ({
    id,
    from,
    to: 'RX',
    size: `${bytes} B`,
    priority,
    pattern: { type: 'trace', times: [at], unit: 'ns' },
  });
  return {
    format: 'netloom.scenario/v1',
    name: `Strict priority, 1-frame transmit buffer: ns-3 prio_txbuffer.cc ${variant}`,
    nodes: [
      { id: 'S', type: 'switch', switch: port(p.switchLimit) },
      { id: 'RX', type: 'host', nic: port(p.hostLimit) },
      ...hostIds.map((id) => ({ id, type: 'host', nic: port(p.hostLimit) })),
    ],
    links: [
      { from: 'S', to: 'RX', rate: '100 Mb/s', delay: '500 ns', framing: 'ppp' },
      ...hostIds.map((id) => ({ from: id, to: 'S', rate: '1 Gb/s', delay: '500 ns', framing: 'ppp' })),
    ],
    flows: [
      ...Array.from({ length: p.bulk }, (_, i) => flow(`bulk-${i}`, 'H1', p.bulkBytes, p.bulkAt, 0)),
      ...late.map((l, i) => flow(`late-${i}`, `H${l.host}`, p.lateBytes, l.at, l.ef ? EF_PCP : 0)),
    ],
    simulation: { duration: '1 ms', seed: 1 },
  };
}
