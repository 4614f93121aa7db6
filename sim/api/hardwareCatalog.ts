/** The accelerator and model catalog with every figure's source, for hosts (`netloom catalog`, the app). */
import { ACCELERATORS } from '../compute/catalog/accelerators.ts';
import { MEASUREMENTS, type Measurement } from '../compute/catalog/measurements.ts';
import { MODEL_SPECS } from '../compute/catalog/models.ts';
import { BYTES_PER_PARAMETER } from '../compute/catalog/quantization.ts';
import type { Accelerator, AssumedFigure, ModelSpec, Quantization } from '../compute/catalog/types.ts';
import { SERVING_EFFICIENCY } from '../compute/servingEfficiency.ts';

export interface HardwareCatalog {
  accelerators: readonly Accelerator[];
  models: readonly ModelSpec[];
  bytesPerParameter: Record<Quantization, AssumedFigure>;
  /** published serving measurements: the first fits `servingEfficiency`, the others check it */
  measurements: readonly Measurement[];
  /** the share of the roofline an LLM serving engine reaches (sim/compute/servingEfficiency.ts) */
  servingEfficiency: number;
}

export function hardwareCatalog(): HardwareCatalog {
  return {
    accelerators: ACCELERATORS,
    models: MODEL_SPECS,
    bytesPerParameter: BYTES_PER_PARAMETER,
    measurements: MEASUREMENTS,
    servingEfficiency: SERVING_EFFICIENCY,
  };
}
