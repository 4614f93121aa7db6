/** The least times of a route's fieldbus and gateway hops, as the engine takes them (see gatewayHops.ts). */
import type { Model } from '../scenario/model.ts';

const PS = 1e-12;

/**
 * The floors of a route's fieldbus and gateway hops (the engine's least times there), in place:
 * a fieldbus hop's handover is the least transaction (its poll may be due at once), a hop into a
 * converting gateway adds its least conversion. Whether the route has such a hop.
 */
export function gatewayFloors(model: Model, route: number[], hops: { lastBitMin: number; constant: number }[], minBytes: number): boolean {
  let any = false;
  route.forEach((port, h) => {
    const p = model.ports[port];
    const fb = model.links[p.link].fieldbus;
    if (fb !== undefined && p.from === fb.device) {
      hops[h].lastBitMin = Math.max(0, fb.floorPs * PS - PS);
      any = true;
    }
    const g = model.nodes[p.to].gateway;
    if (g !== undefined && h < route.length - 1) {
      hops[h].constant += (g.perMessagePs + Math.round(g.perBytePs * minBytes)) * PS;
      any = true;
    }
  });
  return any;
}
