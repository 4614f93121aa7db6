/**
 * Compare: two scenarios (what changed, element by element, and — once the host has run both with
 * the same seed and settings — each flow before → after), or two reports (each flow before → after).
 */
import { diffReports, type ReportDiff } from '../io/diff/diffReports.ts';
import { diffScenarios, type ScenarioDiff } from '../io/diff/diffScenarios.ts';
import { isReport } from '../io/diff/readReport.ts';
import type { Report } from './Report.ts';

/** What two parsed JSON documents are: both scenarios, both reports, or one of each (which a diff refuses). */
export function pairKind(a: unknown, b: unknown): 'scenarios' | 'reports' | 'mixed' {
  const [x, y] = [isReport(a), isReport(b)];
  return x && y ? 'reports' : !x && !y ? 'scenarios' : 'mixed';
}

/** The whole comparison of two runs: the scenario changes (null for two reports alone) and the flows. */
export interface Comparison {
  scenario: ScenarioDiff | null;
  flows: ReportDiff;
}

/** Two runs compared; `scenarios` when both scenarios are known (throws ScenarioError when one cannot be expanded). */
export function compareRuns(before: Report, after: Report, scenarios?: { before: unknown; after: unknown }): Comparison {
  return { scenario: scenarios ? diffScenarios(scenarios.before, scenarios.after) : null, flows: diffReports(before, after) };
}
