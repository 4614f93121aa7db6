import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { netloom, netloomWith, ROOT } from './netloom.ts';

describe('netloom run on a scenario with LLM flows', () => {
  it('prints each LLM flow’s TTFT, TPOT and wait to join, the engine’s load, and judges ttft/tpot', () => {
    const r = netloom('run', 'scenarios/examples/llm-serving.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('LLM serving (at the client; TPOT between the packets of a streamed answer):');
    // Llama 3.1 8B INT8 on 2 × L4: a decode step reads 8 GB over 600 GB/s, ÷ 0.74 ≈ 18 ms; TPOT a little above with the KV reads
    expect(r.stdout).toMatch(/^ask-HMI1\s+[\d.]+ ms\s+[\d.]+ ms\s+(19|20|21)\.\d+ ms/m);
    expect(r.stdout).toMatch(/^EDGE1\s+[\d.]+ %\s+[\d.]+ k?\s*\d*\.?\d*\s/m);
    expect(r.stdout).toMatch(/^ask-HMI1 .* pass /m);
  });

  it('the report judges ttft and tpot; on one L4 at FP16 (16 GB read per token over 300 GB/s: ≈ 72 ms) tpot fails', () => {
    const flowOf = (stdout: string) => JSON.parse(stdout).flows.find((f: { id: string }) => f.id === 'ask-HMI1');
    const fast = flowOf(netloom('run', '--json', '-', 'scenarios/examples/llm-serving.json').stdout);
    expect(fast.criteria.map((c: { name: string }) => c.name)).toEqual(['ttft', 'tpot']);
    expect(fast.verdict).toBe('pass');
    const text = readFileSync(`${ROOT}scenarios/examples/llm-serving.json`, 'utf8')
      .replace('"compute": { "accelerator": "L4", "count": 2 }', '"compute": { "accelerator": "L4" }')
      .replaceAll('"quantization": "int8"', '"quantization": "fp16"');
    const slow = flowOf(netloomWith({ input: text }, 'run', '--json', '-', '-').stdout);
    expect([slow.verdict, slow.worst]).toEqual(['fail', 'tpot']);
    expect(slow.llm.tpot.mean).toBeGreaterThan(0.07);
  });
});
