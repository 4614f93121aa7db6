export { interval95, t95 } from './confidence.ts';
export { mergeFlowStats } from './FlowStats.ts';
export type { FlowStatsData } from './FlowStats.ts';
export { FlowTable } from './FlowTable.ts';
export { bucketOf, Histogram } from './Histogram.ts';
export type { HistogramData } from './Histogram.ts';
export { judge } from './verdict.ts';
export type { Criterion, CriterionName, Measured, RequirementSI, Verdict } from './verdict.ts';
