/**
 * The request queues of each compute node as sim/compute/ComputeNodes.ts builds them: one per
 * (node, model), in flow order; batching from the node unless a flow of the model (the first
 * in order that sets one) brings its own. Service bounds per queue from its flows' service
 * times (a flow's own, else the node's); undefined when one of them has no largest value.
 */
import type { Dist, Model } from '../scenario/model.ts';
import { distRange } from './sourceArrival.ts';

const PS = 1e-12;

export interface ComputeQueue {
  node: number;
  flows: number[];
  batchMax: number;
  timeout: number;
  perItem: number;
  /** largest service draw of its flows, seconds (undefined: unbounded, with the distribution) */
  serviceMax?: number;
  unbounded?: { flow: number; dist: Dist['dist']; own: boolean; llm?: boolean };
  /** largest batch service time (the engine rounds a batch to the picosecond: +1 ps) */
  batchService: number;
}

export function computeQueues(model: Model): ComputeQueue[] {
  const byKey = new Map<string, ComputeQueue>();
  const own = new Set<ComputeQueue>();
  for (const f of model.flows) {
    if (!f.response) continue;
    const c = model.nodes[f.to].compute!;
    // an LLM flow is served by its own engine (sim/compute/LlmServers.ts), which has no bound this round
    const key = f.llm ? `${f.to}\u0000llm` : `${f.to}\u0000${f.model ?? ''}`;
    let q = byKey.get(key);
    if (!q) {
      q = { node: f.to, flows: [], batchMax: c.batchMax, timeout: c.batchTimeoutPs * PS, perItem: c.perItemPs * PS, serviceMax: 0, batchService: 0 };
      byKey.set(key, q);
    }
    if (f.batch && !own.has(q)) {
      own.add(q);
      q.batchMax = f.batch.max;
      q.timeout = f.batch.timeoutPs * PS;
      q.perItem = f.batch.perItemPs * PS;
    }
    q.flows.push(f.index);
    const range = distRange(f.service ?? c.service);
    if (f.llm) {
      q.unbounded ??= { flow: f.index, dist: 'constant', own: true, llm: true };
      q.serviceMax = undefined;
    } else if (!range) {
      q.unbounded ??= { flow: f.index, dist: (f.service ?? c.service).dist, own: f.service !== undefined };
      q.serviceMax = undefined;
    } else if (q.serviceMax !== undefined) q.serviceMax = Math.max(q.serviceMax, range.max);
  }
  const queues = [...byKey.values()];
  for (const q of queues) q.batchService = q.serviceMax === undefined ? Infinity : q.serviceMax + (q.batchMax - 1) * q.perItem + PS;
  return queues;
}
