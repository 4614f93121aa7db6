/** The routes the engine numbers, from the compiled model. */
import type { Model } from '../scenario/model.ts';

/**
 * Every flow's routes in engine order: flow f's request route is 2f, its response route 2f + 1
 * (empty if none); after them, the redundant (802.1CB) routes of each flow in flow order; then
 * the legs of each pipeline flow in flow order (legRoutes), so existing routes keep their numbers.
 */
export function flowRoutes(model: Model): number[][] {
  return [
    ...model.flows.flatMap((f) => [f.route, f.response?.route ?? []]),
    ...model.flows.flatMap((f) => f.frer ?? []),
    ...model.flows.flatMap((f) => f.pipeline?.legs.map((l) => l.route) ?? []),
  ];
}
