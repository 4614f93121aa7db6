/**
 * The kinds of job compute nodes serve, each with its node, model queue, service and batching:
 * job class f is flow f's requests (a request/response flow: a one-stage pipeline), then each
 * pipeline flow's stages in flow order, from `stageBase[f]`.
 */
import type { Dist, Model } from '../scenario/model.ts';

export interface JobClass {
  node: number;
  /** the model queue it joins at its node (undefined: the node's default queue) */
  model?: string;
  /** its own service (seconds) and the stream it draws from; undefined: the node's */
  service?: Dist;
  serviceStream: string;
  /** batching of its model queue, overriding the node's */
  batch?: { max: number; timeoutPs: number; perItemPs: number };
}

/** Job classes by index (undefined for a flow that is not served anywhere), and where each flow's stages start. */
export function jobClasses(model: Model): { classes: (JobClass | undefined)[]; stageBase: Int32Array } {
  const classes: (JobClass | undefined)[] = model.flows.map((f) =>
    f.response ? { node: f.to, model: f.model, service: f.service, serviceStream: `flow:${f.id}/service`, batch: f.batch } : undefined,
  );
  const stageBase = new Int32Array(model.flows.length).fill(-1);
  for (const f of model.flows) {
    if (!f.pipeline) continue;
    stageBase[f.index] = classes.length;
    for (const s of f.pipeline.stages) classes.push({ node: s.at, model: s.model, service: s.service, serviceStream: `flow:${f.id}/stage:${s.id}/service` });
  }
  return { classes, stageBase };
}
