// The façade: every capability a host (the CLI, the app, the library) needs, and the types of its
// contract. Hosts import from here (and sim/worker for the pool), never from the layers below.

// simulate: in a worker (SimApi) or in this thread
export { createSimApi, runScenario } from './createSimApi.ts';
export type { KeptBounds, KeptReport, LoadResult, Progress, ReceivedInput, RunOptions, ScenarioInput, SimApi } from './SimApi.ts';
export { fetchParts, type MessagePart, messageParts, PartsAssembler, sendParts } from './messageParts.ts';
export { buildReport, reportOf } from './buildReport.ts';
export { ReportAccumulator } from './ReportAccumulator.ts';
export { OrderedFold } from './OrderedFold.ts';
export { REPORT_FORMAT } from './Report.ts';
export type { ComputeReport, FlowReport, Interval, LatencyStats, LinkReport, Report } from './Report.ts';
export type { ReplicationResult } from '../engine/ReplicationResult.ts';

// import a plant's topology (CSV, GraphML, LLDP, NetBox): files' text in, scenario and notes out
export { formatNote, IMPORT_KINDS, ImportError, importTopology, type ImportFile, type ImportRequest, type ImportResult, type Note } from './importTopology.ts';

// estimate and limits
export { estimateWork } from '../engine/estimateWork.ts';
export { modelFacts } from './modelFacts.ts';
export type { FlowRoute, ModelFacts } from './modelFacts.ts';
export type { WorkEstimate } from '../engine/estimateWork.ts';
export { ResourceLimitError } from '../core/ResourceLimit.ts';
export { checkWork, DEFAULT_MAX_EVENTS, DEFAULT_MAX_MEMORY_BYTES, describeWork } from './limits.ts';

// the scenario: load, check, its one type, link ids, units
export { loadScenario, parseScenarioText, validateScenario } from '../scenario/load.ts';
export { migrateScenario } from '../scenario/migrate.ts';
export { expandScenario } from '../scenario/expandScenario.ts';
export type { Migration, MigrationStep } from '../scenario/migrate.ts';
export type { Model } from '../scenario/model.ts';
export type { Issue } from '../scenario/errors.ts';
export { formatIssue, ScenarioError } from '../scenario/errors.ts';
export { FORMAT as SCENARIO_FORMAT, NODE_TYPES, FORWARDING_TYPES, COMPUTE_TYPES } from '../scenario/schema.ts';
export type { FlowJson, LinkJson, NodeJson, NodeType, Position, ScenarioJson } from '../scenario/schema.ts';
export { linkId } from '../scenario/linkId.ts';
export { parseQuantity, isQuantity, UnitParseError } from '../scenario/units.ts';
export { distMean } from '../scenario/fields.ts';
export { messagesPerSecond } from '../scenario/wireLoad.ts';
export { CELL_PROFILES } from '../net/cell/profiles.ts';
export { AC_OF_PCP } from '../net/wifi/WifiPhy.ts';

// figures as people read them (the inverse of parseQuantity)
export { exactPs, formatCount, formatMargin, formatMoney, formatPercent, formatRate, formatSize, formatTime, percent, shortPs } from '../scenario/format.ts';
export type { FigureOptions, PercentOptions } from '../scenario/format.ts';
export { maxOf, minOf } from '../core/extrema.ts';

// worst-case bounds (network calculus)
export { computeBounds } from '../analysis/computeBounds.ts';
export type { BoundsReport, FlowBound, HopBound, PortBound } from '../analysis/BoundsReport.ts';

// gate schedules (802.1Qbv synthesis, 802.1Qcw YANG)
export { scheduleGates } from './scheduleGates.ts';
export type { ScheduleOutcome, ScheduleRequest } from './scheduleGates.ts';
export { applySchedule } from '../analysis/gcl/applySchedule.ts';
export { SCHEDULE_FORMAT } from '../analysis/gcl/Schedule.ts';
export type { Conflict, PortRef, PortSchedule, Schedule, ScheduledFlow } from '../analysis/gcl/Schedule.ts';
export type { QcwDocument } from '../io/switchConfig/toQcwYang.ts';

// the upgrade planner: a pure coordinator, the host supplies `evaluate` (its worker pool)
export { defaultRunLengths, plan } from '../plan/planner.ts';
export type { PlanOptions, RunLengths } from '../plan/planner.ts';
export { planRunLengths } from './planRunLengths.ts';
export { PlanCancelled } from '../plan/SearchOptions.ts';
export type { PlanProgress } from '../plan/SearchOptions.ts';
export type { EvalOptions, Evaluate, Evaluation } from '../plan/evaluation.ts';
export { applyPlan } from '../plan/actions.ts';
export type { Action } from '../plan/actions.ts';
export { upgradedScenario } from './upgradedScenario.ts';
export { PLAN_FORMAT } from '../plan/Plan.ts';
export type { FlowVerdict, ParetoPoint, Phase, Plan, PlannedAction, Verified } from '../plan/Plan.ts';

// the catalog of upgrades and their prices
export { DEFAULT_CATALOG, resolveCatalog } from '../plan/catalog.ts';
export type { Catalog, CatalogInput } from '../plan/catalog.ts';

// workload templates (with their sourced defaults) and the plant builder
export {
  closedLoopAI,
  cyclicControl,
  historian,
  hmi,
  llmAgent,
  modelUpdate,
  predictiveMaintenance,
  telemetry,
  visionInspection,
} from '../workloads/templates.ts';
export { DEFAULTS, LLMS, MODELS } from '../workloads/defaults.ts';
export type { Cited } from '../workloads/defaults.ts';
export { PlantBuilder } from '../workloads/PlantBuilder.ts';
export type { SwitchKind } from '../workloads/PlantBuilder.ts';
export { addDevices, type CatalogDevice, type DeviceCatalog, importDeviceCatalog, placeDevice } from './importDevices.ts';
export { type CaptureFile, importTraffic } from './importTraffic.ts';

// export: an OMNeT++/INET project of the plant, a bill of materials of a plan, a report's flows as CSV in units a spreadsheet reads
export { exportInet, type InetProject } from './exportInet.ts';
export { type BillOfMaterials, type BomLine, exportBom } from './exportBom.ts';
export { REPORT_CSV_COLUMNS, reportCsv } from '../io/reportCsv.ts';
// switch configuration: NETCONF and RESTCONF documents per switch (PCP table, CBS idle slopes, 802.1Qbv gates)
export { SWITCH_CONFIG_MODULES, type SwitchConfig, type SwitchConfigs, switchConfig, YangValueError } from './switchConfig.ts';
export {
  type ConfigFile,
  type ConfigFormat,
  configFileNames,
  configNotes,
  type ScheduledModel,
  scheduledModel,
  switchConfigFiles,
} from './switchConfigFiles.ts';
// compare two scenarios or two runs: what changed, and each flow's verdict and margin before → after
export { compareRuns, type Comparison, pairKind } from './compareRuns.ts';
export { diffReports, type FlowDelta, type FlowFigures, type FlowMove, MARGIN_TOLERANCE, type ReportDiff, type RunFacts } from '../io/diff/diffReports.ts';
export { diffScenarios, type ElementChange, type FieldChange, type LinkChange, type ScenarioDiff } from '../io/diff/diffScenarios.ts';
export { isReport, readReport } from '../io/diff/readReport.ts';
export { describeChange, describeFields, MOVE_LABEL } from '../io/diff/describeChange.ts';
// per-packet outcomes and pcapng captures of a run (run --trace-out, --pcap-out)
export { parsePorts, pcapHeaderOf, portLabels, TRACE_CSV_HEADER, traceOptions } from './traceRun.ts';
export { type PcapTarget, parseTraceWindow, TraceAskError, type TraceAsk, type TraceField, type TraceTargets, traceTargets } from './traceTargets.ts';
export type { TraceOutput, TraceRequest } from './traceRun.ts';
// File → Import in the app: a capture's addresses, for the table that maps them to nodes
export { type CaptureAddress, captureAddresses } from './captureAddresses.ts';
// the handed-over report: one self-contained HTML page (sim/io/report), and the scenario hash a plan is checked by
export { planMismatch, reportDocument, scenarioHashText } from './reportDocument.ts';
export type { ReportDocumentInput, ReportMeta } from './reportDocument.ts';
// a traced run's backpressure: at most TRACE_WINDOW_BYTES of its trace in flight to the host's output
export { TRACE_WINDOW_BYTES, TraceWindow } from './TraceWindow.ts';
export { runTraced, type TracedRun } from './runTraced.ts';
// the report's latency histograms: the run's own buckets, for the flows a report charts (RunOptions.histograms)
export { CHARTED_FLOWS, chartedFlows } from '../io/report/chartedFlows.ts';
export type { ReportOptions } from './buildReport.ts';
export type { LatencyHistogram } from './Report.ts';
// smart gateways: the report's per-gateway protocol conversion figures
export type { GatewayReport } from './Report.ts';

// the accelerator and model catalog (issue 12): figures with their sources, the roofline
export { hardwareCatalog, type HardwareCatalog } from './hardwareCatalog.ts';
export type { Accelerator, Figure, ModelSpec, Quantization } from '../compute/catalog/types.ts';
export type { Measurement } from '../compute/catalog/measurements.ts';
export type { LlmEngineReport, LlmFlowReport, TokenTimes } from './llmReport.ts';
// AI pipelines (issue 12 §1): a pipeline flow's report part
export type { PipelineReport } from './Report.ts';
