/**
 * LLM serving fields compiled and checked against the accelerator catalog, each problem at its
 * JSON path: unknown catalog ids (listing the known ones), a model whose weights do not fit its
 * accelerators' memory, a request that could never fit the KV cache, an `llm` flow without a
 * response, and a configured service time faster than the roofline allows (the physical minimum).
 */
import { ACCELERATOR_IDS, findAccelerator, findModel, LANGUAGE_MODEL_IDS, MODEL_IDS } from '../compute/catalog/catalog.ts';
import { BYTES_PER_PARAMETER, COMPUTE_PRECISION } from '../compute/catalog/quantization.ts';
import type { Accelerator } from '../compute/catalog/types.ts';
import { kvCapacityTokens, peakFlops, type ServingSetup, weightBytes } from '../compute/roofline.ts';
import { type Dist, distMax, distMean } from './fields.ts';
import { ANSWER_HEADER_BYTES, DEFAULT_BYTES_PER_TOKEN, type LlmFlowModel } from './llmModel.ts';
import type { FlowModel, NodeModel } from './model.ts';
import type { ParsedFlow, ParsedScenario } from './schema.ts';
import { formatSize, formatTime } from './format.ts';

type Err = (path: string, message: string) => void;

/** A flow's `llm` compiled (undefined without one). */
export function llmFlowModel(f: ParsedFlow): LlmFlowModel | undefined {
  const l = f.llm;
  if (!l) return undefined;
  return {
    model: l.model,
    quantization: l.quantization ?? 'fp16',
    promptTokens: l.promptTokens,
    outputTokens: l.outputTokens,
    stream: l.stream ?? false,
    chunk: l.chunk ?? 1,
    bytesPerToken: l.bytesPerToken ?? DEFAULT_BYTES_PER_TOKEN,
    sizeGiven: f.response?.size !== undefined,
  };
}

/** A response's size: as given, or for an `llm` flow its mean answer (output tokens × bytes per token + headers). */
export function responseSize(f: ParsedFlow, at: string, err: Err): Dist {
  if (f.response?.size) return f.response.size;
  if (f.llm)
    return { dist: 'constant', value: Math.round(distMean(f.llm.outputTokens) * (f.llm.bytesPerToken ?? DEFAULT_BYTES_PER_TOKEN)) + ANSWER_HEADER_BYTES };
  err(`${at}.response.size`, 'a request flow needs the size of its response');
  return { dist: 'constant', value: 1 };
}

/** The accelerators a node names, checked (undefined when it names none or an unknown one). */
function acceleratorAt(s: ParsedScenario, i: number, err: Err): { acc: Accelerator; count: number } | undefined {
  const c = s.nodes[i].compute;
  if (c?.count !== undefined && c.accelerator === undefined) err(`nodes[${i}].compute.count`, 'a count of accelerators needs "accelerator" (a catalog id)');
  if (c?.accelerator === undefined) return undefined;
  const acc = findAccelerator(c.accelerator);
  if (!acc) return void err(`nodes[${i}].compute.accelerator`, `unknown accelerator "${c.accelerator}"; the catalog has ${ACCELERATOR_IDS.join(', ')}`);
  return { acc, count: c.count ?? 1 };
}

export function checkLlm(s: ParsedScenario, nodes: NodeModel[], flows: FlowModel[], err: Err): void {
  const accelerators = s.nodes.map((_, i) => acceleratorAt(s, i, err));
  accelerators.forEach((a, i) => {
    if (a && nodes[i].compute) nodes[i].compute.accelerator = { id: a.acc.id, count: a.count };
  });
  const flowAt = new Map(s.flows.map((f, i) => [f.id, i]));
  /** per node: the first LLM flow it serves (one model per node this round) */
  const servedBy = new Map<number, number>();
  for (const fm of flows) {
    const i = flowAt.get(fm.id)!;
    const f = s.flows[i];
    const at = `flows[${i}]`;
    const r = f.requirement;
    if (!f.llm) {
      if (r?.ttft !== undefined) err(`${at}.requirement.ttft`, 'a time to first token applies to LLM flows; add "llm"');
      if (r?.tpot !== undefined) err(`${at}.requirement.tpot`, 'a time per output token applies to LLM flows; add "llm"');
      const a = accelerators[fm.to];
      if (fm.response && a) checkService(fm, f, `${at}`, { ...a, node: fm.to }, s, err);
      continue;
    }
    if (!f.response) {
      err(`${at}.llm`, 'an LLM flow is a request: add "response" (where the answer goes)');
      continue;
    }
    if (f.service) err(`${at}.service`, 'an LLM flow\'s step times come from the roofline of its accelerators; remove "service"');
    if (f.model) err(`${at}.model`, 'an LLM flow names its model in "llm.model"; remove "model"');
    if (f.batch) err(`${at}.batch`, 'an LLM flow is batched continuously, step by step; remove "batch"');
    if (f.llm.stream && f.response.size) err(`${at}.response.size`, 'a streamed answer is sized by its tokens (llm.bytesPerToken); remove "size"');
    if (r?.tpot !== undefined && !f.llm.stream)
      err(`${at}.requirement.tpot`, 'the time per output token is measured between the packets of a streamed answer; add "stream": true to llm');
    if (f.llm.chunk !== undefined && !f.llm.stream) err(`${at}.llm.chunk`, 'chunks are the packets of a streamed answer; add "stream": true');
    const spec = findModel(f.llm.model);
    if (!spec) {
      err(`${at}.llm.model`, `unknown model "${f.llm.model}"; the catalog's language models are ${LANGUAGE_MODEL_IDS.join(', ')}`);
      continue;
    }
    if (!spec.kvBytesPerToken) {
      err(`${at}.llm.model`, `"${spec.id}" is not a language model (no KV cache); the catalog's are ${LANGUAGE_MODEL_IDS.join(', ')}`);
      continue;
    }
    const a = accelerators[fm.to];
    if (!a) {
      // an unknown accelerator has its issue at the node already
      if (s.nodes[fm.to].compute?.accelerator === undefined)
        err(`${at}.llm`, `"${f.to}" names no catalog accelerator: add "compute": { "accelerator": … } to it (${ACCELERATOR_IDS.join(', ')})`);
      continue;
    }
    const first = servedBy.get(fm.to);
    if (first !== undefined) {
      const other = s.flows[first].llm!;
      if (other.model !== f.llm.model || (other.quantization ?? 'fp16') !== (f.llm.quantization ?? 'fp16'))
        err(`${at}.llm.model`, `"${f.to}" serves ${other.model} (${other.quantization ?? 'fp16'}) for flows[${first}] already: one model per node`);
      continue;
    }
    servedBy.set(fm.to, i);
    const setup: ServingSetup = { model: spec, accelerator: a.acc, count: a.count, quantization: f.llm.quantization ?? 'fp16' };
    const memory = a.acc.memoryBytes.value * a.count;
    if (weightBytes(setup) > memory) {
      err(
        `${at}.llm.model`,
        `${spec.id} at ${setup.quantization} needs ${formatSize(weightBytes(setup))} for its weights; ${a.count} × ${a.acc.id} hold ${formatSize(memory)}`,
      );
      continue;
    }
    if (peakFlops(setup) === undefined)
      err(
        `${at}.llm.quantization`,
        `the catalog has no ${COMPUTE_PRECISION[setup.quantization]} peak for ${a.acc.id} (it has ${Object.keys(a.acc.flops).join(', ')})`,
      );
    const most = distMax(f.llm.promptTokens) + distMax(f.llm.outputTokens);
    const fits = kvCapacityTokens(setup);
    if (Number.isFinite(most) && most > fits)
      err(
        `${at}.llm.outputTokens`,
        `a request of up to ${most} tokens (prompt + answer) does not fit the KV cache of ${a.count} × ${a.acc.id}: ` +
          `${formatSize(memory - weightBytes(setup))} beside the weights hold ${fits} tokens`,
      );
  }
}

/**
 * A request flow with a catalog `model` at a node with catalog accelerators: its service time (the
 * flow's, else the node's; its mean) may not beat the roofline — the weights read once at the
 * smallest quantization, and for a vision model its FLOPs at the accelerator's highest peak.
 */
function checkService(fm: FlowModel, f: ParsedFlow, at: string, a: { acc: Accelerator; count: number; node: number }, s: ParsedScenario, err: Err): void {
  if (fm.model === undefined || !MODEL_IDS.includes(fm.model)) return;
  const spec = findModel(fm.model)!;
  const service = f.service ?? s.nodes[a.node].compute?.service;
  if (!service) return;
  const minBytes = spec.parameters.value * Math.min(...Object.values(BYTES_PER_PARAMETER).map((b) => b.value));
  const peak = Math.max(...Object.values(a.acc.flops).map((x) => x.value)) * a.count;
  const least = Math.max(minBytes / (a.acc.bandwidthBytesPerS.value * a.count), (spec.flopsPerInference?.value ?? 0) / peak);
  const mean = distMean(service);
  if (mean < least)
    err(
      f.service ? `${at}.service` : `nodes[${a.node}].compute.service`,
      `${formatTime(mean)} is faster than ${spec.id} can run on ${a.count} × ${a.acc.id}: the roofline allows at least ${formatTime(least)} ` +
        '(weights read once at 4 bits, FLOPs at the highest peak)',
    );
}
