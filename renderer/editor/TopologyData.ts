/** What the topology view draws and what it reports back. */
import type { Position, ScenarioJson } from '../../sim/api/index.ts';
import type { CollapsedView } from '../model/collapsedView.ts';
import type { GroupAggregate } from '../model/groupAggregates.ts';
import type { TopologyLayout } from './layout/elkLayout.ts';
import type { PlanOverlay } from '../planner/planOverlay.ts';
import type { Selection } from '../state/AppState.ts';

export interface TopologyData {
  scenario: ScenarioJson;
  positions: Map<string, Position>;
  /** what is drawn: the scenario with its collapsed groups as single nodes */
  view: CollapsedView;
  /** the drawn nodes the scenario places (drawn at their position, over the layout) */
  pinned: ReadonlySet<string>;
  /** ELK's layout of `view` (null: the floor plan, straight links) */
  layout: TopologyLayout | null;
  /** collapsed group → its busiest link and worst margin */
  aggregates: Map<string, GroupAggregate>;
  /** link key → line rate in bit/s (for the stroke width) */
  rates: Map<string, number>;
  selection: Selection;
  highlight: { nodes: string[]; links: string[] } | null;
  /** link key → utilization of its busiest direction, after a run */
  utilization: Map<string, number> | null;
  connectFrom: string | null;
  connecting: boolean;
  issueNodes: Set<string>;
  issueLinks: Set<string>;
  /** the plan's changes to mark, and what it would add (ghosts) */
  plan: PlanOverlay | null;
}

export interface TopologyEvents {
  onNodeClick(id: string, additive: boolean): void;
  onSelect(sel: { nodes: string[]; links: string[] }, additive: boolean): void;
  onBackground(): void;
  onMove(moves: Map<string, Position>): void;
  onDropDevice(type: string, at: Position): void;
  onToggleGroup(id: string): void;
}
