/**
 * NetLoom as a library, for Node scripts: read a scenario, change it, simulate it, bound it,
 * schedule it, plan its upgrade. Every result is the document the CLI writes with --json, in the
 * formats whose JSON Schemas are in the package's schema/ folder.
 *
 *   import { loadScenario, simulate } from 'netloom';
 *   const s = await loadScenario('plant.json');
 *   const report = await simulate(s, { durationS: 1 });
 *   await simulate(s, { trace: { csv: createWriteStream('trace.csv') } });   // per-packet outcomes, as --trace-out
 *   const { switches } = await switchConfig(s, { format: 'netconf' });      // as netloom config
 *
 * The public surface is recorded in etc/netloom.api.md (API Extractor): change it on purpose.
 */
export { loadScenario, migrateScenario, ScenarioFileError } from './loadScenario.ts';
export { applySchedule, bounds, schedule, simulate } from './simulate.ts';
export { applyPlan, plan } from './plan.ts';
export { switchConfig } from './switchConfig.ts';
export type { SwitchConfig, SwitchConfigOptions, SwitchConfigResult } from './switchConfig.ts';
export type { TraceOptions, TraceWritable } from './trace.ts';
export type { Scenario, ScenarioLike } from './Scenario.ts';
export type { PlanOptions, Quantity, Schedule, ScheduleOptions, SimulateOptions } from './options.ts';
export {
  formatIssue,
  parseQuantity,
  PlanCancelled,
  REPORT_FORMAT,
  ResourceLimitError,
  SCENARIO_FORMAT,
  ScenarioError,
  UnitParseError,
  YangValueError,
} from '../sim/api/index.ts';
export type {
  BoundsReport,
  CatalogInput,
  ComputeReport,
  FlowBound,
  FlowReport,
  HopBound,
  Interval,
  Issue,
  LatencyHistogram,
  LatencyStats,
  LinkReport,
  Migration,
  Plan,
  PortBound,
  Progress,
  Report,
  ScenarioJson,
  GatewayReport,
  PipelineReport,
} from '../sim/api/index.ts';
