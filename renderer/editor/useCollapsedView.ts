/** The topology's collapsed view of the open scenario and what each collapsed group carries. */
import { useEffect, useMemo } from 'react';
import { linkId, type Position, type Report, type ScenarioJson } from '../../sim/api/index.ts';
import type { ScenarioAnalysis } from '../model/analyzeScenario.ts';
import { collapsedView } from '../model/collapsedView.ts';
import { groupAggregates, groupIndex, showGroupIndex } from '../model/groupAggregates.ts';
import { useApp } from '../state/appStore.ts';
import { flowMargins } from '../state/reportDerived.ts';
import { collapsedGroups, groupsOf } from '../state/groupActions.ts';

export function useCollapsedView(
  scenario: ScenarioJson | null,
  positions: Map<string, Position>,
  utilization: Map<string, number> | null,
  analysis: ScenarioAnalysis | null,
  last: { report: Report } | null,
) {
  const collapsed = useApp(collapsedGroups);
  const view = useMemo(() => (scenario ? collapsedView(scenario, positions, groupsOf(scenario), collapsed) : null), [scenario, positions, collapsed]);
  // the links' keys follow the scenario, not the report: a new report does not recompute them
  const links = useMemo(() => scenario?.links.map((l) => ({ key: linkId(l), from: l.from, to: l.to })) ?? [], [scenario?.links]);
  // which links and flows touch which group follows the view and the routes; a new report only folds its figures over it
  const index = useMemo(() => (view ? groupIndex(view, links, analysis?.routes ?? new Map()) : null), [view, links, analysis]);
  useEffect(() => (showGroupIndex(index), () => showGroupIndex(null)), [index]); // a run's figures are folded over it ahead (runActions)
  const aggregates = useMemo(
    () => (index ? groupAggregates(index, utilization, last ? flowMargins(last.report) : null) : new Map()),
    [index, utilization, last],
  );
  return { view, aggregates };
}
