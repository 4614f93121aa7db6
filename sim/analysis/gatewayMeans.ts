/**
 * Mean estimates for fieldbus and gateway hops (meanEstimate.ts): a poll comes at one phase of
 * every cycle, so data emitted at an unrelated phase waits cycle/2 on average, then takes its
 * transaction; a gateway's publishing cycle adds cycle/2 the same way. Estimates, as the rest:
 * queueing behind other messages is left out.
 */
import type { Model } from '../scenario/model.ts';

const PS = 1e-12;

/** A fieldbus device's port: the mean from its data's arrival to its handover at the gateway (undefined: not such a port). */
export function fieldbusMean(model: Model, port: number): number | undefined {
  const p = model.ports[port];
  const fb = model.links[p.link].fieldbus;
  return fb !== undefined && p.from === fb.device ? (fb.cyclePs / 2 + fb.pollPs) * PS : undefined;
}

/** The mean wait for the publishing cycle of the converting gateway a hop leads into (0 if none, or if the route ends there). */
export function publishMean(model: Model, port: number, last: boolean): number {
  const g = model.nodes[model.ports[port].to].gateway;
  return g !== undefined && !last ? (g.cyclePs / 2) * PS : 0;
}
