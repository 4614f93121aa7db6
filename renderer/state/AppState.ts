/** Everything the renderer holds: the document, its history, selection, the run and the UI. */
import type { BoundsReport, Catalog, EvalOptions, Issue, Plan, PlanProgress, QcwDocument, Report, ScenarioJson, Schedule } from '../../sim/api/index.ts';
import type { RecoverySummary } from '../platform/Platform.ts';
import type { ScenarioAnalysis } from '../model/analyzeScenario.ts';
import type { DocFiles } from '../model/DocFiles.ts';
import type { ScenarioChanges } from '../model/scenarioChanges.ts';
import type { VariantKey } from './planVariants.ts';
import type { RunRecord } from './runHistory.ts';

export type DocSource = { kind: 'new' } | { kind: 'library'; path: string } | { kind: 'file'; path?: string; handle?: unknown };

export interface Doc {
  scenario: ScenarioJson;
  /** file name shown in the title and used for Save */
  name: string;
  source: DocSource;
  /** the scenario as last saved or opened; dirty when it differs from `scenario` */
  saved: ScenarioJson | null;
  /** bumps on every edit (results remember the revision they ran) */
  revision: number;
  /** a UUID given when the document was opened: its recovery slot's key while it has no path (autosave.ts) */
  key: string;
  /** the trace files its scenario names, as read when it was opened (every load and run of it gets them) */
  files: DocFiles;
}

export interface HistoryEntry {
  scenario: ScenarioJson;
  label: string;
}

export interface Selection {
  nodes: string[];
  /** link keys (`id`, or `from-to` as the core names links without one) */
  links: string[];
  flow: string | null;
}

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number; started: number; preview: boolean; revision: number; replications: number }
  | { status: 'done'; report: Report; revision: number; preview: boolean; wallSeconds: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string; issues: Issue[] };

export type ViewName = 'editor' | 'plant' | 'split' | 'results' | 'planner' | 'schedule';

/** What the planner may buy and at what price, and the roadmap's budget (remembered between sessions). */
export interface PlanSettings {
  catalog: Catalog;
  perYear: number;
  fromYear: number;
  toYear: number;
}

export interface PlanResult {
  plan: Plan;
  /** the scenario that was planned (the document's scenario object at the time: accepting needs it unchanged) */
  base: ScenarioJson;
  /** the trace files it names */
  files: Readonly<Record<string, string>>;
  /** base with the plan applied and the verification's replications; null when no plan was found */
  upgraded: ScenarioJson | null;
  changes: ScenarioChanges;
  /** how the plan was verified (its variants are set to run the same way) */
  verify: EvalOptions;
}

export type PlanState =
  | { status: 'idle' }
  | {
      status: 'running';
      started: number;
      base: ScenarioJson;
      /** the planner's progress messages, oldest first */
      messages: string[];
      /** where the planner is: phase, round, the plan under consideration */
      progress: PlanProgress | null;
      /** the batch of simulations going on */
      batch: { done: number; total: number; verify: boolean } | null;
      /** null until the plan's worker has compiled the scenario and picked them */
      runs: { quick: { durationS: number; replications: number }; verify: { durationS: number; replications: number } } | null;
    }
  | { status: 'done'; result: PlanResult }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };
/** What to ask the gate-schedule synthesizer (remembered while the app is open). */
export interface ScheduleSettings {
  /** the flows to schedule; null: the time-critical ones the synthesizer picks */
  flows: string[] | null;
  /** largest wait of a frame at one hop when no-wait placement fails ("" : no-wait only) */
  maxWait: string;
}

export interface ScheduleResult {
  schedule: Schedule;
  /** the 802.1Qcw YANG documents, or why they cannot be written */
  qcw: QcwDocument | null;
  qcwError: string | null;
  /** the scenario it was made for (applying needs it unchanged) and, once applied, the scenario with the gates */
  base: ScenarioJson;
  applied: ScenarioJson | null;
  ms: number;
}

export type ScheduleState =
  | { status: 'idle' }
  | { status: 'running'; started: number }
  | { status: 'done'; result: ScheduleResult }
  | { status: 'error'; message: string };

/** Worst-case bounds of the scenario (network calculus, no simulation), kept in step with the edits once a run asked for them. */
export interface BoundsState {
  /** the last bounds computed, and the document revision they are for */
  report: BoundsReport | null;
  revision: number;
  /** bounds for a newer revision are being computed */
  computing: boolean;
  /** why there are no bounds for the scenario as it is (it does not load) */
  error: string | null;
}

export type Theme = 'light' | 'dark';

export interface Toast {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
}

/** A file that cannot open as a document: its name and every problem, each with its JSON path. */
export interface FileProblems {
  name: string;
  issues: Issue[];
}

export interface AppState {
  doc: Doc | null;
  /** shown instead of the workspace or start page until dismissed (the document, if any, stays open behind it) */
  fileProblems: FileProblems | null;
  past: HistoryEntry[];
  future: HistoryEntry[];
  selection: Selection;
  analysis: ScenarioAnalysis | null;
  run: RunState;
  /** the last finished report and the revision it ran, kept while a new run goes on */
  lastReport: { report: Report; revision: number; preview: boolean } | null;
  /** the document's last finished full runs, oldest first, for Compare (runHistory.ts) */
  runs: RunRecord[];
  view: ViewName;
  theme: Theme;
  /** connect mode in the editor: click two nodes to link them */
  connectFrom: string | null;
  connectMode: boolean;
  toasts: Toast[];
  paletteOpen: boolean;
  /** Ctrl+F: find a device, link or flow by name */
  findOpen: boolean;
  helpOpen: boolean;
  /** unsaved work of earlier sessions the start page offers back, newest first */
  recovery: RecoverySummary[];
  resultsOpen: boolean;
  plan: PlanState;
  planSettings: PlanSettings;
  /** highlight the plan's changes in the topology and 3D views */
  planOverlay: boolean;
  /** a Pareto point or roadmap year being previewed (highlighted, offered to accept) instead of the plan */
  planPreview: VariantKey | null;
  workloadOpen: boolean;
  /** null until the first run asks for bounds */
  bounds: BoundsState | null;
  schedule: ScheduleState;
  scheduleSettings: ScheduleSettings;
  /** the groups collapsed in the views, for the document with this key (null or another key: the default, groupActions.ts) */
  groups: { key: string; collapsed: ReadonlySet<string> } | null;
}

export const EMPTY_SELECTION: Selection = { nodes: [], links: [], flow: null };
