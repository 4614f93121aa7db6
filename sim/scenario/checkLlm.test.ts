import { describe, expect, it } from 'vitest';
import { loadScenario, validateScenario } from './load.ts';

/** an operator's PC asking an LLM on a compute node with catalog accelerators */
function plant(llm: Record<string, unknown>, o: { compute?: Record<string, unknown>; flow?: Record<string, unknown> } = {}) {
  return {
    format: 'netloom.scenario/v1',
    name: 'llm',
    nodes: [
      { id: 'PC', type: 'hmi' },
      { id: 'S', type: 'switch' },
      { id: 'GPU', type: 'compute', compute: { accelerator: 'L4', ...o.compute } },
    ],
    links: [
      { from: 'PC', to: 'S', rate: '1 Gb/s' },
      { from: 'S', to: 'GPU', rate: '10 Gb/s' },
    ],
    flows: [{ id: 'ask', from: 'PC', to: 'GPU', size: '2 kB', pattern: { type: 'poisson', interval: '1 s' }, response: {}, llm, ...o.flow }],
  };
}
const llm = { model: 'llama-3.1-8b', promptTokens: 500, outputTokens: 100 };
const messages = (s: unknown) => validateScenario(s).map((i) => `${i.path}: ${i.message}`);

describe('LLM serving fields', () => {
  it('compile: the node keeps its accelerators, the flow its model, the response its size from the tokens', () => {
    const m = loadScenario(plant({ ...llm, stream: true, chunk: 4 }, { compute: { count: 2 } }));
    expect(m.nodes[2].compute?.accelerator).toEqual({ id: 'L4', count: 2 });
    expect(m.flows[0].llm).toMatchObject({ model: 'llama-3.1-8b', quantization: 'fp16', stream: true, chunk: 4, bytesPerToken: 4 });
    expect(m.flows[0].response?.size).toEqual({ dist: 'constant', value: 100 * 4 + 28 });
  });

  it('an unknown accelerator or model lists the known ones, at its JSON path', () => {
    expect(messages(plant(llm, { compute: { accelerator: 'T4' } }))).toEqual([
      expect.stringMatching(/^nodes\[2\]\.compute\.accelerator: unknown accelerator "T4"; the catalog has H100-SXM, .*L4, /),
    ]);
    expect(messages(plant({ ...llm, model: 'gpt-5' }))).toEqual([expect.stringMatching(/^flows\[0\]\.llm\.model: unknown model "gpt-5"; .* llama-2-7b, /)]);
    expect(messages(plant({ ...llm, model: 'yolov8n' }))).toEqual([expect.stringContaining('"yolov8n" is not a language model')]);
  });

  it('the weights must fit the accelerators’ memory: 70B at FP16 (138 GB) does not fit one L4, nor two', () => {
    expect(messages(plant({ ...llm, model: 'llama-2-70b' }, { compute: { count: 2 } }))).toEqual([
      'flows[0].llm.model: llama-2-70b at fp16 needs 138 GB for its weights; 2 × L4 hold 48 GB',
    ]);
  });

  it('a request that can never fit the KV cache is refused: (24 GB − 16.06 GB) ÷ 128 KiB = 60 577 tokens on one L4', () => {
    expect(messages(plant({ ...llm, promptTokens: 60_000, outputTokens: 578 }))).toEqual([
      expect.stringContaining('holds 60577 tokens'.replace('holds', 'hold')),
    ]);
    expect(messages(plant({ ...llm, promptTokens: 60_000, outputTokens: 577 }))).toEqual([]);
  });

  it('llm needs a response; stream-only fields need stream; an LLM takes no service, model or batch', () => {
    const s = plant(llm);
    delete (s.flows[0] as Record<string, unknown>).response;
    expect(messages(s)).toEqual(['flows[0].llm: an LLM flow is a request: add "response" (where the answer goes)']);
    expect(messages(plant({ ...llm, chunk: 4 }))).toEqual([expect.stringMatching(/^flows\[0\]\.llm\.chunk: /)]);
    expect(messages(plant(llm, { flow: { service: '1 ms', batch: { max: 4 } } })).map((m) => m.split(':')[0])).toEqual(['flows[0].service', 'flows[0].batch']);
  });

  it('ttft and tpot apply to LLM flows only, tpot to streamed ones', () => {
    const s = plant({ ...llm, stream: true }, { flow: { requirement: { ttft: '500 ms', tpot: '30 ms', percentile: 99 } } });
    expect(messages(s)).toEqual([]);
    // TPOT is measured between the packets of a streamed answer
    expect(messages(plant(llm, { flow: { requirement: { tpot: '30 ms' } } }))).toEqual([
      expect.stringMatching(/^flows\[0\]\.requirement\.tpot: .*add "stream": true/),
    ]);
    expect(loadScenario(s).flows[0].requirement).toMatchObject({ ttft: 0.5, tpot: 0.03, percentile: 99 });
    const plain = plant(llm, { flow: { requirement: { ttft: '500 ms' }, response: { size: '1 kB' } } });
    delete (plain.flows[0] as Record<string, unknown>).llm;
    expect(messages(plain)).toEqual(['flows[0].requirement.ttft: a time to first token applies to LLM flows; add "llm"']);
  });

  it('a service time faster than the roofline is refused with the physical minimum: YOLOv8m (78.9 GFLOP) on an L4 (242.5 TOP/s) takes ≥ 325 µs', () => {
    const s = plant(llm, { flow: { model: 'yolov8m', service: '0.1 ms', response: { size: '200 B' } } });
    delete (s.flows[0] as Record<string, unknown>).llm;
    expect(messages(s)).toEqual([
      expect.stringMatching(/^flows\[0\]\.service: 100 µs is faster than yolov8m can run on 1 × L4: the roofline allows at least 325 µs/),
    ]);
    (s.flows[0] as Record<string, unknown>).service = '1 ms';
    expect(messages(s)).toEqual([]);
  });
});
