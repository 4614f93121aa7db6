import { describe, expect, it } from 'vitest';
import { findAccelerator, findModel } from './catalog/catalog.ts';
import { decodeStepSeconds, kvCapacityTokens, prefillSeconds, type ServingSetup } from './roofline.ts';
import { SERVING_EFFICIENCY } from './servingEfficiency.ts';

const setup = (model: string, accelerator: string, count = 1, quantization: ServingSetup['quantization'] = 'fp16'): ServingSetup => ({
  model: findModel(model)!,
  accelerator: findAccelerator(accelerator)!,
  count,
  quantization,
});

// hand-computed from the catalog's figures (accelerators.csv rows; parameters are model-card assumptions)
describe('the roofline', () => {
  it('a long prefill is compute-bound: 2 × 6.74e9 × 2048 FLOP ÷ 312 TFLOP/s on an A100', () => {
    expect(prefillSeconds(setup('llama-2-7b', 'A100-SXM-80GB'), 2048)).toBeCloseTo((2 * 6.74e9 * 2048) / 312e12, 12);
  });

  it('a short prefill is memory-bound: (13.48 GB of weights + 16 × 512 KiB of KV) ÷ 2.039 TB/s', () => {
    expect(prefillSeconds(setup('llama-2-7b', 'A100-SXM-80GB'), 16)).toBeCloseTo((6.74e9 * 2 + 16 * 524288) / 2.039e12, 12);
  });

  it('a decode step of b requests at context c reads the weights and b·c tokens of KV', () => {
    const s = setup('llama-3.1-8b', 'H100-SXM');
    expect(decodeStepSeconds(s, 1, 0)).toBeCloseTo((8.03e9 * 2 + 131072) / 3.35e12, 12);
    expect(decodeStepSeconds(s, 32, 1000)).toBeCloseTo((8.03e9 * 2 + 32 * 1001 * 131072) / 3.35e12, 12);
  });

  it('splits weights and work over the accelerators of a tensor-parallel group', () => {
    const one = decodeStepSeconds(setup('llama-2-70b', 'A100-SXM-80GB', 4), 1, 0);
    expect(one).toBeCloseTo((68.98e9 * 2 + 327680) / (4 * 2.039e12), 12);
  });

  it('quantized weights move fewer bytes: INT4 on a Jetson Orin Nano Super', () => {
    expect(decodeStepSeconds(setup('llama-3.1-8b', 'Jetson-Orin-Nano-Super-8GB', 1, 'int4'), 1, 0)).toBeCloseTo((8.03e9 * 0.5 + 131072) / 102e9, 12);
  });

  it('the KV cache holds (memory − weights) ÷ bytes per token', () => {
    expect(kvCapacityTokens(setup('llama-2-7b', 'L4'))).toBe(Math.floor((24e9 - 13.48e9) / 524288));
    expect(kvCapacityTokens(setup('llama-2-70b', 'L4'))).toBe(0);
  });

  it('the serving efficiency is the H100 decode roofline over the 6.48 ms vLLM TPOT', () => {
    expect(SERVING_EFFICIENCY).toBeCloseTo((8.03e9 * 2) / 3.35e12 / 6.48e-3, 3);
    expect(SERVING_EFFICIENCY).toBeGreaterThan(0.7);
    expect(SERVING_EFFICIENCY).toBeLessThan(0.8);
  });
});
