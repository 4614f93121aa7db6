/**
 * Scenario fields of LLM serving (issue 12): a compute node's catalog accelerators, a request
 * flow's `llm` (model, tokens, streaming), and the requirements on time to first token and time
 * per output token. Checked against the catalog by checkLlm.ts.
 */
import { z } from 'zod';
import { QUANTIZATIONS } from '../compute/catalog/types.ts';
import type { Dist } from './fields.ts';
import { quantity } from './fields.ts';

const MAX_TOKENS = 10_000_000;
const tokenCount = (d: string) => z.number().int().positive().max(MAX_TOKENS).meta({ description: d });

/** a number of tokens: a whole number, or a distribution of them (drawn values are rounded, at least 1) */
const tokens = (description: string) =>
  z
    .union([
      tokenCount(description).transform((value): Dist => ({ dist: 'constant', value })),
      z
        .discriminatedUnion('dist', [
          z.strictObject({ dist: z.literal('uniform'), min: tokenCount('fewest'), max: tokenCount('most') }).refine((d) => d.max >= d.min, {
            message: 'expected max ≥ min',
            path: ['max'],
          }),
          z.strictObject({ dist: z.literal('exponential'), mean: z.number().positive().max(MAX_TOKENS) }),
          z.strictObject({ dist: z.literal('lognormal'), mean: z.number().positive().max(MAX_TOKENS), std: z.number().nonnegative() }),
          z
            .strictObject({
              dist: z.literal('empirical'),
              values: z.array(tokenCount('a count')).min(1),
              weights: z.array(z.number().nonnegative()).optional(),
            })
            .refine((d) => d.weights === undefined || (d.weights.length === d.values.length && d.weights.some((w) => w > 0)), {
              message: 'expected as many weights as values, one of them positive',
              path: ['weights'],
            }),
        ])
        .transform((d) => d as Dist),
    ])
    .meta({ description: `${description}: a whole number, or { "dist": "uniform" | "exponential" | "lognormal" | "empirical", … } of tokens` });

export const llmComputeFields = {
  accelerator: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'catalog id of the accelerators serving LLM flows here (netloom catalog lists them), e.g. "L4", "H100-SXM"' }),
  count: z
    .number()
    .int()
    .positive()
    .max(64)
    .optional()
    .meta({ description: 'accelerators of that type serving one model together (tensor parallel); default 1' }),
};

export const llmSettings = z
  .strictObject({
    model: z.string().min(1).meta({ description: 'catalog id of a language model (netloom catalog), e.g. "llama-3.1-8b"' }),
    quantization: z.enum(QUANTIZATIONS).optional().meta({ description: 'how its weights are stored (default fp16)' }),
    promptTokens: tokens('tokens of each prompt'),
    outputTokens: tokens('tokens of each answer'),
    stream: z
      .boolean()
      .optional()
      .meta({ description: 'send the answer back as it is produced, every `chunk` tokens a packet (default false: the whole answer at the end)' }),
    chunk: z.number().int().positive().max(4096).optional().meta({ description: 'tokens per streamed packet (default 1)' }),
    bytesPerToken: z.number().positive().max(1000).optional().meta({ description: 'bytes of answer text per token (default 4)' }),
  })
  .meta({
    description:
      'an LLM request: served by continuous batching on the compute node’s catalog accelerators (prefill, then one token per step), ' +
      'step times from the roofline; needs "response"',
  });

export const llmFlowFields = { llm: llmSettings.optional() };

export const llmRequirementFields = {
  ttft: quantity('time', 'nonNegative', 'bound on the time to first token at the client, at `percentile`').optional(),
  tpot: quantity('time', 'nonNegative', 'bound on the mean time per output token after the first, at the client, at `percentile`').optional(),
};
