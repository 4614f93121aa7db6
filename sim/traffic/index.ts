export { sampler } from './sampler.ts';
export type { Sampler } from './sampler.ts';
export { Source } from './Source.ts';
