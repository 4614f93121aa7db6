/**
 * Read-only hooks for the end-to-end tests and the benchmark (window.__netloom): the store's
 * state, the views' frame counters. Nothing here changes the app; tests drive it through the UI.
 */
import { activeTopologyView } from './editor/TopologyPanel.tsx';
import { activePlantView } from './plant/PlantPanel.tsx';
import { appStore } from './state/appStore.ts';

export function exposeTestHooks(): void {
  (window as unknown as { __netloom: unknown }).__netloom = {
    state: () => appStore.get(),
    plantFps: (ms?: number) => activePlantView?.fps(ms) ?? 0,
    plantPoint: (id: string) => activePlantView?.clientPoint(id) ?? null,
    plantPlanMarks: () => activePlantView?.planMarkCount() ?? 0,
    editorPoint: (id: string) => activeTopologyView?.clientPoint(id) ?? null,
    dragFrames: () => activeTopologyView?.dragFrames ?? [],
  };
}
