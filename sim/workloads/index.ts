export { DEFAULTS, LLMS, MODELS } from './defaults.ts';
export type { Cited } from './defaults.ts';
export { PlantBuilder } from './PlantBuilder.ts';
export type { SwitchKind } from './PlantBuilder.ts';
export { closedLoopAI, cyclicControl, historian, hmi, llmAgent, modelUpdate, predictiveMaintenance, telemetry, visionInspection } from './templates.ts';
