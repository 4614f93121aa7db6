/**
 * A flow's `pipeline` checked and compiled: stage ids unique, each stage at a node that computes,
 * escalations to later stages, and the legs between the points an item can visit routed through
 * the network. What the format leaves for later rounds is refused here, naming its JSON path.
 */
import type { Dist } from './fields.ts';
import type { NodeModel } from './model.ts';
import type { LegModel, PipelineModel, StageModel } from './pipelineModel.ts';
import type { ParsedFlow } from './schema.ts';
import { type Graph, shortestRoute } from './topology.ts';

type Err = (path: string, message: string) => void;

/** The pipeline of flow `f` (at JSON path `at`) from node `from` to node `to`, or undefined after reporting its problems. */
export function compilePipeline(
  f: ParsedFlow,
  at: string,
  from: number,
  to: number,
  nodes: readonly NodeModel[],
  nodeIndex: ReadonlyMap<string, number>,
  graph: Graph,
  err: Err,
): PipelineModel | undefined {
  const written = f.pipeline;
  if (!written) return undefined;
  const before = { n: 0 };
  const e: Err = (p, m) => {
    before.n++;
    err(p, m);
  };
  if (f.response) e(`${at}.pipeline`, 'a flow has either "pipeline" or "response", not both (a request/response flow is a one-stage pipeline)');
  if (f.frer) e(`${at}.frer`, 'redundancy (frer) on a pipeline flow is not supported yet');
  if (f.service) e(`${at}.service`, 'a pipeline flow sets its service per stage (pipeline[].service)');
  if (f.model) e(`${at}.model`, 'a pipeline flow names its models per stage (pipeline[].model)');
  if (f.batch) e(`${at}.batch`, "a pipeline stage batches as its node's compute settings say; a flow-level batch applies to request flows");
  if (f.path) e(`${at}.path`, 'an explicit path does not apply to a pipeline flow: its legs between stages are routed by the network');
  const index = new Map<string, number>();
  written.forEach((s, k) => {
    const first = index.get(s.id);
    if (first !== undefined) e(`${at}.pipeline[${k}].id`, `duplicate stage id "${s.id}" (first at pipeline[${first}])`);
    else index.set(s.id, k);
  });
  const targets = new Set<number>();
  const stages: StageModel[] = written.map((s, k) => {
    const p = `${at}.pipeline[${k}]`;
    const node = nodeIndex.get(s.at);
    if (node === undefined) e(`${p}.at`, `unknown node "${s.at}"`);
    else if (!nodes[node].compute)
      e(
        `${p}.at`,
        `"${s.at}" does not compute: a stage runs at a compute or cloud node, or at a node with a "compute" object (a ${nodes[node].type} with an NPU)`,
      );
    let escalate: StageModel['escalate'];
    if (s.escalate) {
      const t = index.get(s.escalate.to);
      if (t === undefined) e(`${p}.escalate.to`, `unknown stage "${s.escalate.to}" (stages: ${written.map((w) => w.id).join(', ')})`);
      else if (t <= k) e(`${p}.escalate.to`, `an escalation goes to a later stage; "${s.escalate.to}" is at pipeline[${t}]`);
      else {
        targets.add(t);
        escalate =
          'probability' in s.escalate
            ? { to: t, probability: s.escalate.probability }
            : { to: t, confidence: s.escalate.confidence as Dist, below: s.escalate.below };
      }
    }
    return { id: s.id, at: node ?? 0, service: s.service, model: s.model, size: s.size, escalate, target: false, next: -1, escalateLeg: -1 };
  });
  if (before.n > 0) return undefined;
  for (const t of targets) stages[t].target = true;
  // legs: from the source to the first stage, from each stage to where it sends items on
  const legs: LegModel[] = [];
  const legOf = new Map<string, number>();
  const nodeAt = (stage: number, end: number) => (stage < 0 ? end : stages[stage].at);
  const leg = (a: number, b: number): number => {
    const key = `${a}>${b}`;
    const known = legOf.get(key);
    if (known !== undefined) return known;
    const x = nodeAt(a, from);
    const y = nodeAt(b, to);
    const route = x === y ? [] : shortestRoute(graph, x, y);
    const where = (s: number, end: string) => (s < 0 ? end : `stage "${stages[s].id}" at "${nodes[stages[s].at].id}"`);
    if (!route) e(b < 0 ? `${at}.to` : `${at}.pipeline[${b}].at`, `no route from ${where(a, `"${f.from}"`)} to ${where(b, `"${f.to}"`)}`);
    legs.push({ from: a, to: b, route: route ?? [] });
    legOf.set(key, legs.length - 1);
    return legs.length - 1;
  };
  /** the stage after k for an item that is not escalated there: the next one that is not an escalation target (−1: the destination) */
  const after = (k: number) => {
    for (let j = k + 1; j < stages.length; j++) if (!stages[j].target) return j;
    return -1;
  };
  leg(-1, 0);
  stages.forEach((s, k) => {
    s.next = leg(k, after(k));
    if (s.escalate) s.escalateLeg = leg(k, s.escalate.to);
  });
  if (before.n > 0) return undefined;
  const paths: number[][] = [];
  const walk = (k: number, path: number[]) => {
    if (k < 0) return void paths.push(path);
    const s = stages[k];
    walk(after(k), [...path, k]);
    if (s.escalate) walk(s.escalate.to, [...path, k]);
  };
  walk(0, []);
  return { stages, legs, paths };
}

/** Checks of a flow's requirement that concern pipelines: `escalated` needs a pipeline that escalates. */
export function checkPipelineRequirement(f: ParsedFlow, at: string, err: Err): void {
  if (f.requirement?.escalated === undefined) return;
  if (!f.pipeline) err(`${at}.requirement.escalated`, 'an escalated share applies to a pipeline flow; add "pipeline"');
  else if (!f.pipeline.some((s) => s.escalate)) err(`${at}.requirement.escalated`, 'no stage of this pipeline escalates (pipeline[].escalate)');
}
