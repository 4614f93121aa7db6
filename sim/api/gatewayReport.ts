/** The report's `gateways`: what each converting gateway did, over every replication's measured window. */
import type { GatewayFigures } from '../net/Gateways.ts';
import type { Model } from '../scenario/model.ts';
import type { GatewayReport } from './Report.ts';

const PS = 1e12;

/** Folds one replication's gateway figures into the running ones (undefined: none yet). */
export function mergeGateways(into: GatewayFigures[] | undefined, add: GatewayFigures[] | undefined): GatewayFigures[] | undefined {
  if (add === undefined) return into;
  if (into === undefined) return add.map((g) => ({ ...g }));
  add.forEach((g, k) => {
    const m = into[k];
    m.conversions += g.conversions;
    m.waitSumPs += g.waitSumPs;
    m.heldSumPs += g.heldSumPs;
    m.waitMaxPs = Math.max(m.waitMaxPs, g.waitMaxPs);
    m.heldMaxPs = Math.max(m.heldMaxPs, g.heldMaxPs);
  });
  return into;
}

export function gatewayReport(model: Model, merged: GatewayFigures[]): GatewayReport[] {
  return merged.map((g) => {
    const n = model.nodes[g.node];
    const per = (ps: number) => (g.conversions > 0 ? ps / PS / g.conversions : 0);
    return {
      id: n.id,
      protocol: n.gateway!.protocol,
      conversions: g.conversions,
      meanWait: per(g.waitSumPs),
      maxWait: g.waitMaxPs / PS,
      meanHeld: per(g.heldSumPs),
      maxHeld: g.heldMaxPs / PS,
    };
  });
}
