export type { ReplicationResult } from './ReplicationResult.ts';
export { flowRoutes, Simulation } from './Simulation.ts';
export { TIMELINE_BINS } from './ReplicationResult.ts';
export type { SimHost } from './Simulation.ts';
