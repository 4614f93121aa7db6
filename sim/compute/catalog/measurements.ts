/**
 * Published LLM serving measurements from ../shared/data/accelerators.csv (checked against it by
 * catalog.test.ts): one fits the serving efficiency (servingEfficiency.ts), the others check the model
 * (test/validation/llmServing.test.ts).
 */
import type { CsvFigure, Quantization } from './types.ts';

export interface Measurement {
  model: string;
  accelerator: string;
  count: number;
  quantization: Quantization;
  /** requests served at once (batch size or client concurrency) */
  concurrency: number;
  /** prompt tokens, when the source states them */
  promptTokens?: number;
  metric: 'ttft' | 'tpot';
  /** seconds */
  seconds: CsvFigure;
}

export const VLLM_H100_TPOT_C1: Measurement = {
  model: 'llama-3.1-8b',
  accelerator: 'H100-SXM',
  count: 1,
  quantization: 'fp16',
  concurrency: 1,
  metric: 'tpot',
  seconds: {
    value: 0.00648,
    row: {
      item: 'Llama-3.1-8B-Instruct on 1x H100 80GB, vLLM',
      metric: 'TPOT p50',
      conditions: '1x H100-80GB-HBM3; vLLM 0.21.0; FP16; concurrency 1; profile llm.inference.chatbot-short (seq lengths not stated)',
      value: '6.48',
      unit: 'ms',
    },
    scale: 1e-3,
    source: 'https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/ (InferenceBench recipe page)',
    locator: 'same table, row conc 1, col tpot_p50_ms',
  },
};
export const VLLM_H100_TPOT_C16: Measurement = {
  model: 'llama-3.1-8b',
  accelerator: 'H100-SXM',
  count: 1,
  quantization: 'fp16',
  concurrency: 16,
  metric: 'tpot',
  seconds: {
    value: 0.01094,
    row: {
      item: 'Llama-3.1-8B-Instruct on 1x H100 80GB, vLLM',
      metric: 'TPOT p50',
      conditions: '1x H100-80GB-HBM3; vLLM 0.21.0; FP16; concurrency 16; profile llm.inference.chatbot-short (seq lengths not stated)',
      value: '10.94',
      unit: 'ms',
    },
    scale: 1e-3,
    source: 'https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/ (InferenceBench recipe page)',
    locator: 'same table, row conc 16, col tpot_p50_ms',
  },
};
export const TRTLLM_A100_TTFT_2048: Measurement = {
  model: 'llama-2-7b',
  accelerator: 'A100-SXM-80GB',
  count: 1,
  quantization: 'fp16',
  concurrency: 1,
  promptTokens: 2048,
  metric: 'ttft',
  seconds: {
    value: 0.133,
    row: {
      item: 'LLaMA(-2) 7B on 1x A100, TensorRT-LLM v0.5',
      metric: 'TTFT (prefill, batch 1)',
      conditions: 'batch 1; TP=1; input 2048 tokens; FP16; static batching (gptSessionBenchmark)',
      value: '133',
      unit: 'ms',
    },
    scale: 1e-3,
    source: 'github:NVIDIA/TensorRT-LLM docs/source/performance.md (commit 138f96d45f90b9667426f7c47297d8c06bafac73)',
    locator: "section 'Low Latency' > 'A100 GPUs (FP16)' table, row 'LLaMA 7B' / Input Length 2048",
  },
};
export const TRTLLM_A100_TTFT_128: Measurement = {
  model: 'llama-2-7b',
  accelerator: 'A100-SXM-80GB',
  count: 1,
  quantization: 'fp16',
  concurrency: 1,
  promptTokens: 128,
  metric: 'ttft',
  seconds: {
    value: 0.016,
    row: {
      item: 'LLaMA(-2) 7B on 1x A100, TensorRT-LLM v0.5',
      metric: 'TTFT (prefill, batch 1)',
      conditions: 'batch 1; TP=1; input 128 tokens; FP16; static batching (gptSessionBenchmark)',
      value: '16',
      unit: 'ms',
    },
    scale: 1e-3,
    source: 'github:NVIDIA/TensorRT-LLM docs/source/performance.md (commit 138f96d45f90b9667426f7c47297d8c06bafac73)',
    locator: "section 'Low Latency' > 'A100 GPUs (FP16)' table, row 'LLaMA 7B' / Input Length 128",
  },
};
export const TRTLLM_L40S_TTFT_2048: Measurement = {
  model: 'llama-2-7b',
  accelerator: 'L40S',
  count: 1,
  quantization: 'fp8',
  concurrency: 1,
  promptTokens: 2048,
  metric: 'ttft',
  seconds: {
    value: 0.073,
    row: {
      item: 'LLaMA(-2) 7B on 1x L40S, TensorRT-LLM v0.5',
      metric: 'TTFT (prefill, batch 1)',
      conditions: 'batch 1; TP=1; input 2048 tokens; FP8; static batching (gptSessionBenchmark)',
      value: '73',
      unit: 'ms',
    },
    scale: 1e-3,
    source: 'github:NVIDIA/TensorRT-LLM docs/source/performance.md (commit 138f96d45f90b9667426f7c47297d8c06bafac73)',
    locator: "section 'Low Latency' > 'L40S GPUs (FP8)' table, row 'LLaMA 7B' / Input Length 2048",
  },
};

export const MEASUREMENTS: readonly Measurement[] = [VLLM_H100_TPOT_C1, VLLM_H100_TPOT_C16, TRTLLM_A100_TTFT_2048, TRTLLM_A100_TTFT_128, TRTLLM_L40S_TTFT_2048];
