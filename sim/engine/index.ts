export type { ReplicationResult } from './ReplicationResult.ts';
export { flowRoutes, Simulation, TIMELINE_BINS } from './Simulation.ts';
export type { SimHost } from './Simulation.ts';
