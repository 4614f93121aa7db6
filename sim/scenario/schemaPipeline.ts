/**
 * A flow's `pipeline` (issue 12, design §1): the ordered stages its messages are served at between
 * `from` and `to`, each at a node that computes, with an optional escalation to a later stage
 * (a small model handing its hard cases to a large one).
 */
import { z } from 'zod';
import { distribution } from './fields.ts';

/** Stages a pipeline may have: a message's path is kept as a bit mask of the stages it visited. */
export const MAX_STAGES = 16;

/** a confidence draw is a plain number on [0, 1], not a quantity: its own distribution schema */
const unitDistribution = z
  .union([
    z
      .number()
      .min(0)
      .max(1)
      .transform((value) => ({ dist: 'constant' as const, value })),
    z.discriminatedUnion('dist', [
      z
        .strictObject({ dist: z.literal('uniform'), min: z.number().min(0).max(1), max: z.number().min(0).max(1) })
        .refine((d) => d.max >= d.min, { message: 'expected max ≥ min', path: ['max'] }),
      z.strictObject({
        dist: z.literal('empirical'),
        values: z.array(z.number().min(0).max(1)).min(1),
        weights: z.array(z.number().nonnegative()).optional(),
      }),
    ]),
  ])
  .meta({ description: 'a confidence on [0, 1]: a constant, or { "dist": "uniform" | "empirical", … }' });

const escalation = z.union([
  z.strictObject({
    to: z.string().min(1).meta({ description: 'the later stage escalated items go to' }),
    probability: z.number().min(0).max(1).meta({ description: 'probability that an item is escalated' }),
  }),
  z.strictObject({
    to: z.string().min(1).meta({ description: 'the later stage escalated items go to' }),
    confidence: unitDistribution,
    below: z.number().min(0).max(1).meta({ description: 'an item whose drawn confidence is below this is escalated' }),
  }),
]);

export const pipelineStage = z.strictObject({
  id: z
    .string()
    .min(1)
    .regex(/^[^\s]+$/, { message: 'expected a stage id without spaces' })
    .meta({ description: 'stage id, unique in the flow' }),
  at: z.string().min(1).meta({ description: 'the node serving this stage: a compute or cloud node, or any node with a `compute` object' }),
  service: distribution('time', "service time of one item at this stage (default: the node's)").optional(),
  model: z.string().min(1).optional().meta({ description: "the model serving the stage: it shares the node's queue and batching of that model" }),
  size: distribution('size', "size of the stage's output (default: the size it received)").optional(),
  escalate: escalation.optional().meta({
    description: 'send some items on to a later stage (visited by escalated items only): with a probability, or when a drawn confidence is below a threshold',
  }),
});

export const pipeline = z
  .array(pipelineStage)
  .min(1)
  .max(MAX_STAGES)
  .meta({ description: 'the stages a message is served at in turn between `from` and `to`; the last stage it visits sends its output to `to`' });

/** Fields of a pipeline stage the format keeps for a later round (design §1): refused with a message that says so. */
const LATER: Record<string, string> = {
  next: 'fork/join inside a pipeline ("next" lists) comes in a later round: list the stages in the order an item visits them',
  join: 'fan-in (a stage waiting for several flows) comes in a later round',
  after: 'fan-in (a stage waiting for several flows) comes in a later round',
};

/** The message for `key` written in a pipeline stage at `path` when it is a field of a later round, else undefined. */
export function laterPipelineField(path: readonly PropertyKey[], key: string): string | undefined {
  return path.length >= 2 && path[path.length - 2] === 'pipeline' && Object.hasOwn(LATER, key) ? LATER[key] : undefined;
}
