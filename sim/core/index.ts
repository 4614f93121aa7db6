export { EventQueue } from './EventQueue.ts';
export { Rng, RngStream } from './Rng.ts';
export { Mulberry32 } from './mulberry32.ts';
export { MAX_PS, PS_PER_S, psFromSeconds, secondsFromPs, txTimePs } from './SimTime.ts';
export type { Ps } from './SimTime.ts';
