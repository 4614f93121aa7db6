/**
 * The share of the roofline a serving engine reaches: fitted to ONE published measurement, the
 * TPOT of Llama-3.1-8B (FP16) on one H100 SXM with vLLM at concurrency 1 (6.48 ms, p50;
 * measurements.ts VLLM_H100_TPOT_C1). Its roofline is a decode step of batch 1, weights only
 * (the profile's context length is not stated; at 128 KiB per token, 500 tokens of context would
 * add 0.4 %): 8.03e9 × 2 B ÷ 3.35 TB/s = 4.79 ms, so the efficiency is 4.79 / 6.48 ≈ 0.74.
 * The same factor scales every step (prefill and decode) on every accelerator: an assumption the
 * validation tests measure against other published figures.
 */
import { findAccelerator, findModel } from './catalog/catalog.ts';
import { VLLM_H100_TPOT_C1 } from './catalog/measurements.ts';
import { decodeStepSeconds } from './roofline.ts';

function fitted(): number {
  const m = VLLM_H100_TPOT_C1;
  const setup = { model: findModel(m.model)!, accelerator: findAccelerator(m.accelerator)!, count: m.count, quantization: m.quantization };
  return decodeStepSeconds(setup, m.concurrency, 0) / m.seconds.value;
}

export const SERVING_EFFICIENCY: number = fitted();
