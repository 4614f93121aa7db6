export type { ReplicationResult } from './ReplicationResult.ts';
export { flowRoutes } from './engineRoutes.ts';
export { Simulation } from './Simulation.ts';
export { TIMELINE_BINS } from './ReplicationResult.ts';
export type { SimHost } from './Simulation.ts';
