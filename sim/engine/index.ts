export type { ReplicationResult } from './ReplicationResult.ts';
export { Simulation } from './Simulation.ts';
export type { SimHost } from './Simulation.ts';
