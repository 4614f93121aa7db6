/** What the plant view draws. */
import type { Position, ScenarioJson } from '../../sim/api/index.ts';
import type { FlowRoute } from '../model/analyzeScenario.ts';
import type { PlanOverlay } from '../planner/planOverlay.ts';
import type { Selection } from '../state/AppState.ts';

export interface PlantData {
  scenario: ScenarioJson;
  positions: Map<string, Position>;
  routes: Map<string, FlowRoute>;
  selection: Selection;
  /** flow id → requirement margin after a run (null: no requirement) */
  margins: Map<string, number | null> | null;
  utilization: Map<string, number> | null;
  dark: boolean;
  /** the plan's changes to mark, and what it would add (ghosts) */
  plan: PlanOverlay | null;
}

export interface PlantEvents {
  onSelectNode(id: string, additive: boolean): void;
  onSelectLink(key: string, additive: boolean): void;
  onBackground(): void;
}
