/** Bytes per parameter of each quantization, and the precision its matrix products run at. */
import type { AssumedFigure, Precision, Quantization } from './types.ts';

export const BYTES_PER_PARAMETER: Record<Quantization, AssumedFigure> = {
  fp16: { value: 2, source: 'assumption: by definition, IEEE 754 binary16 / bfloat16 is 16 bits' },
  fp8: { value: 1, source: 'assumption: by definition, FP8 (E4M3/E5M2) is 8 bits; per-tensor scales ignored' },
  int8: { value: 1, source: 'assumption: by definition, 8-bit integers; per-channel scales ignored' },
  int4: { value: 0.5, source: 'assumption: 4-bit weights; group scales (~3 % more at group size 128) ignored' },
};

/** The precision whose dense peak bounds a quantization's FLOP/s (int4 weights: int8 kernels, assumption: W4A8). */
export const COMPUTE_PRECISION: Record<Quantization, Precision> = { fp16: 'fp16', fp8: 'fp8', int8: 'int8', int4: 'int8' };
