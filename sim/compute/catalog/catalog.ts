/** Looking accelerators and models up by their catalog id. */
import { ACCELERATORS } from './accelerators.ts';
import { MODEL_SPECS } from './models.ts';
import type { Accelerator, ModelSpec } from './types.ts';

const accelerators = new Map(ACCELERATORS.map((a) => [a.id, a]));
const models = new Map(MODEL_SPECS.map((m) => [m.id, m]));

export const ACCELERATOR_IDS: readonly string[] = ACCELERATORS.map((a) => a.id);
export const MODEL_IDS: readonly string[] = MODEL_SPECS.map((m) => m.id);
/** the models with a KV-cache figure: those an `llm` flow may name */
export const LANGUAGE_MODEL_IDS: readonly string[] = MODEL_SPECS.filter((m) => m.kvBytesPerToken !== undefined).map((m) => m.id);

export function findAccelerator(id: string): Accelerator | undefined {
  return accelerators.get(id);
}

export function findModel(id: string): ModelSpec | undefined {
  return models.get(id);
}
