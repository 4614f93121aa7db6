/** The queue waits on consecutive route positions from `offset` (ReplicationResult.hops), port after port: "where it waits". */
import type { HopWait } from './Report.ts';
import type { ReportAccumulator } from './ReportAccumulator.ts';

const PS = 1e12;

export function hopWaits(acc: ReportAccumulator, ports: readonly number[], offset: number): HopWait[] {
  const { model, hops: h } = acc;
  return ports.map((port, k) => {
    const i = offset + k;
    const p = model.ports[port];
    return {
      link: model.links[p.link].id,
      from: model.nodes[p.from].id,
      to: model.nodes[p.to].id,
      meanWait: h.frames[i] > 0 ? h.waitSum[i] / h.frames[i] / PS : 0,
      maxWait: h.waitMax[i] / PS,
    };
  });
}
