/**
 * LLM serving (sim/compute/LlmServers.ts) against figures computed here and published measurements.
 *
 * - A lone request: its TTFT at the client is the request's network time + the prefill step
 *   (roofline ÷ efficiency) + the first token's network time; its TPOT the mean of the decode steps
 *   (each the roofline of batch 1 at its context ÷ efficiency): the model's own formula, computed
 *   here from the catalog, to the picosecond.
 * - Published measurements (../shared/data/accelerators.csv, each row named below) other than the
 *   one the efficiency is fitted to (vLLM Llama-3.1-8B TPOT on an H100 at concurrency 1, 6.48 ms).
 * - The KV-cache limit: how many requests fit, by hand, and the wait of the one that does not.
 * - TPOT grows with the batch as the decode roofline says.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { computeBounds, type FlowReport, loadScenario, runScenario } from '../../sim/api/index.ts';
import { findAccelerator, findModel } from '../../sim/compute/catalog/catalog.ts';
import { decodeStepSeconds, kvCapacityTokens, prefillSeconds, rooflineSeconds, type ServingSetup } from '../../sim/compute/roofline.ts';
import { SERVING_EFFICIENCY } from '../../sim/compute/servingEfficiency.ts';

const rows = csvParse(readFileSync(new URL('../../../shared/data/accelerators.csv', import.meta.url), 'utf8'));
const row = (item: string, metric: string, conditions: string) => {
  const r = rows.find((x) => x.item === item && x.metric === metric && x.conditions?.startsWith(conditions));
  if (!r) throw new Error(`no row ${item} / ${metric} / ${conditions}`);
  return Number(r.value);
};

const setup = (model: string, accelerator: string, quantization: ServingSetup['quantization'] = 'fp16', count = 1): ServingSetup => ({
  model: findModel(model)!,
  accelerator: findAccelerator(accelerator)!,
  count,
  quantization,
});
/** one engine step as the engine times it, picoseconds */
const stepPs = (seconds: number) => Math.max(1, Math.round((seconds / SERVING_EFFICIENCY) * 1e12));

/** clients → switch → the LLM server, 1 Gb/s links without propagation delay */
function plant(accelerator: string, flows: Record<string, unknown>[], o: { count?: number; duration?: string } = {}) {
  const clients = [...new Set(flows.map((f) => f.from as string))];
  return {
    format: 'netloom.scenario/v1',
    name: 'llm serving',
    nodes: [
      ...clients.map((id) => ({ id, type: 'hmi' })),
      { id: 'S', type: 'switch' },
      { id: 'G', type: 'compute', compute: { accelerator, count: o.count ?? 1 } },
    ],
    links: [...clients.map((id) => ({ from: id, to: 'S', rate: '1 Gb/s', delay: '0 s' })), { from: 'S', to: 'G', rate: '1 Gb/s', delay: '0 s' }],
    flows: flows.map((f) => ({ to: 'G', size: '1000 B', response: {}, ...f })),
    simulation: { duration: o.duration ?? '1 s', drain: '600 s', seed: 1 },
  };
}
const once = (offset = '0 s') => ({ type: 'periodic', period: '1000 s', offset });
const llmOf = (r: { flows: FlowReport[] }, id: string) => r.flows.find((f) => f.id === id)!.llm!;

/** from first to last bit of one IP packet of `bytes` over one 1 Gb/s hop: Ethernet header + FCS, padded to 64 B, + preamble, ps */
const hopPs = (bytes: number) => (Math.max(bytes + 18, 64) + 8) * 8 * 1000;

describe('LLM serving: a lone request', () => {
  const s = setup('llama-3.1-8b', 'H100-SXM');
  const [prompt, output] = [550, 150];
  const r = runScenario({
    scenario: plant('H100-SXM', [
      { id: 'ask', from: 'C', pattern: once(), llm: { model: 'llama-3.1-8b', promptTokens: prompt, outputTokens: output, stream: true } },
    ]),
  });
  const llm = llmOf(r, 'ask');
  // each streamed token is one packet: 4 B of text + 28 B of UDP/IP headers
  const network = 2 * hopPs(1000) + 2 * hopPs(4 + 28);

  it('TTFT = request over two hops + prefill ÷ efficiency + first token over two hops', () => {
    const expected = network + stepPs(prefillSeconds(s, prompt));
    expect(llm.ttft!.mean * 1e12).toBeCloseTo(expected, -1); // within 10 ps (report seconds are floats)
    // compute-bound: 2 × 8.03e9 × 550 FLOP ÷ 989.5 TFLOP/s = 8.93 ms (the weights' 16 GB ÷ 3.35 TB/s take 4.8 ms), ÷ 0.74
    expect(llm.ttft!.mean).toBeCloseTo((2 * 8.03e9 * 550) / 989.5e12 / SERVING_EFFICIENCY, 4); // + 18 µs of network
  });

  it('TPOT = the mean decode step (batch 1, context 551 … 699 tokens) ÷ efficiency: streamed tokens arrive one step apart', () => {
    let sum = 0;
    for (let made = 1; made < output; made++) sum += stepPs(decodeStepSeconds(s, 1, prompt + made));
    expect(llm.tpot!.mean * 1e12).toBeCloseTo(sum / (output - 1), -1);
    // close to the 6.48 ms the efficiency is fitted to (the context adds 551–699 × 128 KiB of KV reads: +0.5 %)
    expect(llm.tpot!.mean).toBeGreaterThan(6.48e-3);
    expect(llm.tpot!.mean).toBeLessThan(6.48e-3 * 1.01);
  });

  it('chunks of 10 tokens: TPOT unchanged, TTFT later by the 9 decode steps the first chunk waits for', () => {
    const chunked = llmOf(
      runScenario({
        scenario: plant('H100-SXM', [
          { id: 'ask', from: 'C', pattern: once(), llm: { model: 'llama-3.1-8b', promptTokens: prompt, outputTokens: output, stream: true, chunk: 10 } },
        ]),
      }),
      'ask',
    );
    let nine = 0;
    for (let made = 1; made < 10; made++) nine += stepPs(decodeStepSeconds(s, 1, prompt + made));
    // and the first packet is longer: 10 × 4 + 28 = 68 B instead of 32 B, over two hops
    expect((chunked.ttft!.mean - llm.ttft!.mean) * 1e12).toBeCloseTo(nine + 2 * (hopPs(68) - hopPs(32)), -1);
    expect(chunked.tpot!.mean).toBeCloseTo(llm.tpot!.mean, 6);
  });

  it('the full answer (the flow latency) ends with the last token’s packet', () => {
    const latency = r.flows[0].latency!.mean;
    expect(latency).toBeCloseTo(llm.ttft!.mean + llm.tpot!.mean * (output - 1), 9);
  });
});

describe('LLM serving against published measurements (not the one the efficiency is fitted to)', () => {
  const ttftOf = (accelerator: string, model: string, quantization: string, prompt: number) =>
    llmOf(
      runScenario({
        scenario: plant(accelerator, [{ id: 'ask', from: 'C', pattern: once(), llm: { model, quantization, promptTokens: prompt, outputTokens: 1 } }]),
      }),
      'ask',
    ).ttft!.mean;

  // TensorRT-LLM v0.5 docs/source/performance.md, 'Low Latency' tables (batch 1, static batching)
  it('Llama-2-7B FP16, one A100, 2048-token prompt: TTFT 133 ms published, 119.6 ms modelled (−10 %), within 15 %', () => {
    const published = row('LLaMA(-2) 7B on 1x A100, TensorRT-LLM v0.5', 'TTFT (prefill, batch 1)', 'batch 1; TP=1; input 2048') / 1e3;
    expect(published).toBe(0.133);
    const ttft = ttftOf('A100-SXM-80GB', 'llama-2-7b', 'fp16', 2048);
    expect(ttft / published - 1).toBeCloseTo(-0.1, 1);
    expect(Math.abs(ttft / published - 1)).toBeLessThan(0.15);
  });

  // outside the 15 %: FP8 on Ada reaches less of its peak than the efficiency fitted on Hopper FP16 says
  it('Llama-2-7B FP8, one L40S, 2048-token prompt: TTFT 73 ms published, 50.9 ms modelled (−30 %)', () => {
    const published = row('LLaMA(-2) 7B on 1x L40S, TensorRT-LLM v0.5', 'TTFT (prefill, batch 1)', 'batch 1; TP=1; input 2048') / 1e3;
    const ttft = ttftOf('L40S', 'llama-2-7b', 'fp8', 2048);
    expect(ttft / published - 1).toBeGreaterThan(-0.35);
    expect(ttft / published - 1).toBeLessThan(-0.2);
  });

  // short prompts are where the roofline is weakest: fixed per-step costs it leaves out
  it('Llama-2-7B FP16, one A100, 128-token prompt: TTFT 16 ms published, 9.0 ms modelled (−44 %)', () => {
    const published = row('LLaMA(-2) 7B on 1x A100, TensorRT-LLM v0.5', 'TTFT (prefill, batch 1)', 'batch 1; TP=1; input 128') / 1e3;
    const ttft = ttftOf('A100-SXM-80GB', 'llama-2-7b', 'fp16', 128);
    expect(ttft / published - 1).toBeGreaterThan(-0.5);
    expect(ttft / published - 1).toBeLessThan(-0.4);
  });

  // NVIDIA's Jetson Orin Nano Super figure via a secondary source (MLC, INT4, single stream): 19.14 tokens/s
  it('Llama 3.1 8B INT4, Jetson Orin Nano Super: 52.2 ms per token published, 53.5 ms modelled (+2.3 %), within 5 %', () => {
    const published = 1 / row('Llama 3.1 8B on Jetson Orin Nano Super 8GB (MLC, INT4)', 'decode throughput', 'INT4');
    const r = runScenario({
      scenario: plant('Jetson-Orin-Nano-Super-8GB', [
        { id: 'ask', from: 'C', pattern: once(), llm: { model: 'llama-3.1-8b', quantization: 'int4', promptTokens: 100, outputTokens: 100, stream: true } },
      ]),
    });
    const tpot = llmOf(r, 'ask').tpot!.mean;
    expect(Math.abs(tpot / published - 1)).toBeLessThan(0.05);
  });
  // vLLM 0.21 at concurrency 16 (InferenceBench concurrency sweep, chatbot-short profile, lengths not stated: the LLMPerf means
  // 550 in / 150 out assumed): 16 requests at once. The model misses what a real server adds at that load (scheduling, sampling,
  // prefills of the closed loop's next requests interleaved with the decodes): 7.0 ms against 10.94 ms, −36 %
  it('Llama-3.1-8B FP16, one H100, 16 at once: TPOT 10.94 ms published (p50), 7.0 ms modelled (−36 %)', () => {
    const published = row('Llama-3.1-8B-Instruct on 1x H100 80GB, vLLM', 'TPOT p50', '1x H100-80GB-HBM3; vLLM 0.21.0; FP16; concurrency 16') / 1e3;
    const flows = Array.from({ length: 16 }, (_, k) => ({
      id: `ask${k}`,
      from: 'C',
      pattern: once(`${k} us`),
      llm: { model: 'llama-3.1-8b', promptTokens: 550, outputTokens: 150, stream: true },
    }));
    const r = runScenario({ scenario: plant('H100-SXM', flows) });
    const tpot = llmOf(r, 'ask15').tpot!.mean;
    expect(tpot / published - 1).toBeGreaterThan(-0.4);
    expect(tpot / published - 1).toBeLessThan(-0.3);
  });
});

describe('LLM serving: the KV-cache limit', () => {
  // Llama 3.1 8B at INT4 on a Jetson Orin Nano Super: 8 GB − 8.03e9 × 0.5 B = 3.985 GB beside the
  // weights, ÷ 131 072 B per token = 30 403 tokens; requests of 10 000 + 100 tokens: 3 fit, not 4
  const s = setup('llama-3.1-8b', 'Jetson-Orin-Nano-Super-8GB', 'int4');
  const ask = (k: number, prompt: number) => ({
    id: `ask${k}`,
    from: 'C',
    pattern: once(`${k} us`),
    llm: { model: 'llama-3.1-8b', quantization: 'int4', promptTokens: prompt, outputTokens: 100, stream: true },
  });

  it('the cache holds 30 403 tokens: three requests of 10 100 fit, the fourth waits until the first is done', () => {
    expect(kvCapacityTokens(s)).toBe(Math.floor((8e9 - 8.03e9 * 0.5) / 131072));
    expect(kvCapacityTokens(s)).toBe(30403);
    const r = runScenario({
      scenario: plant(
        'Jetson-Orin-Nano-Super-8GB',
        [0, 1, 2, 3].map((k) => ask(k, 10_000)),
      ),
    });
    const waits = [0, 1, 2, 3].map((k) => llmOf(r, `ask${k}`).maxWait);
    // the first is admitted on arrival; the 2nd and 3rd at the end of its prefill step
    const first = stepPs(prefillSeconds(s, 10_000)) / 1e12;
    expect(waits[0]).toBe(0);
    expect(waits[1]).toBeLessThan(first);
    expect(waits[2]).toBeLessThan(first);
    // the 4th: until the 1st has made its 100 tokens (its prefill, the 2nd and 3rd's prefill with its decode, 98 decode steps of 3)
    let untilDone = first + rooflineSeconds(s, { prefillTokens: 20_000, decodes: 1, contextTokens: 10_001 }) / SERVING_EFFICIENCY;
    for (let made = 2; made < 100; made++)
      untilDone += stepPs(rooflineSeconds(s, { prefillTokens: 0, decodes: 3, contextTokens: 10_000 + made + 2 * (10_000 + made - 1) })) / 1e12;
    expect(waits[3]).toBeGreaterThan(untilDone - first);
    expect(waits[3]).toBeLessThan(untilDone);
  });

  it('requests of 7 100 tokens: all four fit (28 400 ≤ 30 403), none waits past the first prefill', () => {
    const r = runScenario({
      scenario: plant(
        'Jetson-Orin-Nano-Super-8GB',
        [0, 1, 2, 3].map((k) => ask(k, 7000)),
      ),
    });
    const first = stepPs(prefillSeconds(s, 7000)) / 1e12;
    for (const k of [1, 2, 3]) expect(llmOf(r, `ask${k}`).maxWait).toBeLessThan(first);
  });
});

describe('LLM serving: TPOT grows with the batch as the decode roofline says', () => {
  const s = setup('llama-3.1-8b', 'H100-SXM');
  const tpotAt = (b: number) => {
    // b requests from one client, 1 µs apart: the 1st prefills alone, the others join together at its end
    const flows = Array.from({ length: b }, (_, k) => ({
      id: `ask${k}`,
      from: 'C',
      pattern: once(`${k} us`),
      llm: { model: 'llama-3.1-8b', promptTokens: 1000, outputTokens: 200, stream: true },
    }));
    const r = runScenario({ scenario: plant('H100-SXM', flows) });
    return llmOf(r, `ask${b - 1}`).tpot!.mean;
  };

  it.each([1, 16, 64, 256])('batch %i: the mean decode step at batch b and mean context 1100 tokens, ÷ efficiency, within 1 %', (b) => {
    const expected = decodeStepSeconds(s, b, 1100) / SERVING_EFFICIENCY;
    expect(Math.abs(tpotAt(b) / expected - 1)).toBeLessThan(0.01);
  });

  it('batch 256 is 4.3 times slower per token than batch 1 (KV reads: 256 × 1100 × 128 KiB = 36.9 GB vs 16 GB of weights)', () => {
    const ratio = decodeStepSeconds(s, 256, 1100) / decodeStepSeconds(s, 1, 1100);
    expect(ratio).toBeCloseTo((16.06e9 + 256 * 1101 * 131072) / (16.06e9 + 1101 * 131072), 6);
    expect(ratio).toBeGreaterThan(3);
  });
});

describe('LLM serving in the worst-case bounds', () => {
  it('an LLM flow is reported unbounded, saying why, and has no M/G/1 mean estimate (its engine is no M/G/1 server)', () => {
    const model = loadScenario(plant('L4', [{ id: 'ask', from: 'C', pattern: once(), llm: { model: 'llama-3.1-8b', promptTokens: 100, outputTokens: 10 } }]));
    const b = computeBounds(model).flows[0];
    expect(b.status).toBe('unbounded');
    expect(b.reason).toContain('served by the LLM engine at G (continuous batching, KV-cache admission), which has no bound yet');
    expect(b.estimate.mean).toBeNull();
  });
});
