/**
 * The roofline (Williams, Waterman & Patterson 2009, CACM 52(4)): a step of work takes at least the
 * longer of its bytes moved ÷ memory bandwidth and its FLOPs ÷ peak FLOP/s. For a decoder-only LLM
 * served on `count` accelerators with tensor parallelism (weights and work split evenly):
 * - bytes: every weight once per step (at the quantization's bytes per parameter), plus the KV
 *   cache read for every token of context and written for every new token (FP16 KV);
 * - FLOPs: 2 per parameter per token processed (Kaplan et al. 2020, eq. 2.1: C_forward ≈ 2N),
 *   attention's context-dependent FLOPs left out (for Llama-2-7B at 2048 tokens, about 4 %).
 * A prefill of N prompt tokens processes N tokens; a decode step processes one token for each of
 * its b requests and reads the KV cache of their contexts.
 */
import type { Accelerator, ModelSpec, Quantization } from './catalog/types.ts';
import { BYTES_PER_PARAMETER, COMPUTE_PRECISION } from './catalog/quantization.ts';

/** A model served on `count` accelerators of one type at one quantization. */
export interface ServingSetup {
  model: ModelSpec;
  accelerator: Accelerator;
  count: number;
  quantization: Quantization;
}

/** One engine step's work: prompt tokens prefilled, requests decoding one token, their context tokens in all. */
export interface StepWork {
  prefillTokens: number;
  decodes: number;
  contextTokens: number;
}

/** Bytes of the model's weights at its quantization. */
export function weightBytes(s: ServingSetup): number {
  return s.model.parameters.value * BYTES_PER_PARAMETER[s.quantization].value;
}

/** The peak FLOP/s of the setup at the quantization's compute precision; undefined when the catalog has none. */
export function peakFlops(s: ServingSetup): number | undefined {
  const f = s.accelerator.flops[COMPUTE_PRECISION[s.quantization]];
  return f === undefined ? undefined : f.value * s.count;
}

/** Bytes moved and FLOPs of one step. */
export function stepCost(s: ServingSetup, w: StepWork): { bytes: number; flops: number } {
  const kv = s.model.kvBytesPerToken?.value ?? 0;
  const tokens = w.prefillTokens + w.decodes;
  return { bytes: weightBytes(s) + (w.contextTokens + tokens) * kv, flops: 2 * s.model.parameters.value * tokens };
}

/** The roofline time of one step, seconds. */
export function rooflineSeconds(s: ServingSetup, w: StepWork): number {
  const { bytes, flops } = stepCost(s, w);
  const peak = peakFlops(s);
  if (peak === undefined) throw new Error(`${s.accelerator.id} has no ${COMPUTE_PRECISION[s.quantization]} peak in the catalog`);
  return Math.max(bytes / (s.accelerator.bandwidthBytesPerS.value * s.count), flops / peak);
}

/** The least time to prefill `tokens` prompt tokens of one request, seconds. */
export function prefillSeconds(s: ServingSetup, tokens: number): number {
  return rooflineSeconds(s, { prefillTokens: tokens, decodes: 0, contextTokens: 0 });
}

/** The least time of one decode step for `batch` requests each at `context` tokens, seconds. */
export function decodeStepSeconds(s: ServingSetup, batch: number, context: number): number {
  return rooflineSeconds(s, { prefillTokens: 0, decodes: batch, contextTokens: batch * context });
}

/** KV-cache tokens that fit beside the weights in the setup's memory (0 when the weights do not fit). */
export function kvCapacityTokens(s: ServingSetup): number {
  const kv = s.model.kvBytesPerToken?.value;
  if (kv === undefined) return 0;
  return Math.max(0, Math.floor((s.accelerator.memoryBytes.value * s.count - weightBytes(s)) / kv));
}
