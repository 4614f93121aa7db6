/** The compiled form of a scenario's LLM serving fields (schemaLlm.ts): beside model.ts, which refers to these. */
import type { Quantization } from '../compute/catalog/types.ts';
import type { Dist } from './fields.ts';

/** A compute node's catalog accelerators. */
export interface AcceleratorModel {
  id: string;
  count: number;
}

/** A request flow served as an LLM. */
export interface LlmFlowModel {
  model: string;
  quantization: Quantization;
  promptTokens: Dist;
  outputTokens: Dist;
  stream: boolean;
  /** tokens per streamed packet */
  chunk: number;
  bytesPerToken: number;
  /** the answer's size is the flow's `response.size` (given, not streamed), not its tokens × bytes per token */
  sizeGiven: boolean;
}

/** bytes of UDP/IPv4 headers around the text of each answer packet (assumption: one datagram each) */
export const ANSWER_HEADER_BYTES = 28;
/** assumption: about 4 bytes of UTF-8 text per token (English text), as the LLM template's DEFAULTS.llm.bytesPerToken */
export const DEFAULT_BYTES_PER_TOKEN = 4;
