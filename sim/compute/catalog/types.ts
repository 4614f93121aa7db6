/** The accelerator and model catalog's types: every figure carries where it comes from. */

/** A figure copied from a row of ../shared/data/accelerators.csv: value = the row's `take`-th number × `scale`. */
export interface CsvFigure {
  value: number;
  /** the row (item, metric, and conditions where those two repeat) and its value and unit as written there */
  row: { item: string; metric: string; conditions?: string; value: string; unit: string };
  /** from the row's unit to SI (GB → bytes: 1e9; a sparse peak to dense: 0.5e12) */
  scale?: number;
  /** which number of the row's value (0: the first; "15-60" → 1 is 60) */
  take?: number;
  source: string;
  locator: string;
  note?: string;
}

/** A figure with no row behind it: `source` starts with "assumption: " and says what it rests on. */
export interface AssumedFigure {
  value: number;
  source: string;
}

export type Figure = CsvFigure | AssumedFigure;

/** Number formats a model's weights are stored in, and the compute precision it runs at. */
export const QUANTIZATIONS = ['fp16', 'fp8', 'int8', 'int4'] as const;
export type Quantization = (typeof QUANTIZATIONS)[number];
/** precisions an accelerator states a dense peak for */
export type Precision = 'fp16' | 'fp8' | 'int8';

export interface Accelerator {
  /** the catalog id a scenario names (`compute.accelerator`) */
  id: string;
  name: string;
  memoryBytes: Figure;
  bandwidthBytesPerS: Figure;
  /** dense peak FLOP/s (OP/s for int8) per precision it has a figure for */
  flops: Partial<Record<Precision, Figure>>;
  powerW?: Figure;
  price?: { currency: 'USD' | 'EUR'; amount: Figure };
}

export interface ModelSpec {
  /** the catalog id a flow names (`llm.model`) */
  id: string;
  name: string;
  parameters: Figure;
  /** KV-cache bytes per token at FP16 (language models only) */
  kvBytesPerToken?: Figure;
  /** FLOPs of one inference (vision models) */
  flopsPerInference?: Figure;
  accuracy?: { metric: string; value: number; source: string; locator: string };
}
