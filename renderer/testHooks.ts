/**
 * Hooks for the end-to-end tests and the benchmark (window.__netloom): read-only views of the
 * store's state and the views' frame counters; and, for the robustness tests only, fault
 * injection — a view that throws, simulation workers that fail, a shorter silence before a
 * worker counts as stuck. Nothing in the app calls these; tests drive the app through the UI.
 */
import { breakView } from './app/viewFaults.ts';
import { activeTopologyView } from './editor/TopologyPanel.tsx';
import { activePlantView } from './plant/PlantPanel.tsx';
import type { PlantSettings } from './plant/PlantView.ts';
import { simWorker } from './sim/browserPool.ts';
import { createFaultyWorker, type WorkerFaultSpec } from './sim/createFaultyWorker.ts';
import { appStore } from './state/appStore.ts';
import { runPool } from './state/runActions.ts';

export function exposeTestHooks(): void {
  (window as unknown as { __netloom: unknown }).__netloom = {
    state: () => appStore.get(),
    plantFps: (ms?: number) => activePlantView?.fps(ms) ?? 0,
    plantPoint: (id: string) => activePlantView?.clientPoint(id) ?? null,
    plantPlanMarks: () => activePlantView?.planMarkCount() ?? 0,
    plantStats: () => activePlantView?.deviceStats() ?? null,
    plantRenderCost: () => ({ ...activePlantView?.renderCost }),
    plantFit: () => activePlantView?.fit(),
    plantFlyTo: (id: string) => activePlantView?.flyToDevice(id),
    plantPixelScale: () => activePlantView?.pixelScale() ?? 0,
    plantSettings: (s: Partial<PlantSettings>) => activePlantView?.configure(s),
    editorPoint: (id: string) => activeTopologyView?.clientPoint(id) ?? null,
    dragFrames: () => activeTopologyView?.dragFrames.values() ?? [],
    breakView,
    injectWorkerFault: (f: WorkerFaultSpec | null) => runPool.setWorkerFactory(f ? () => createFaultyWorker(f) : simWorker),
    setWorkerSilence: (ms: number) => (runPool.silenceMs = ms),
    liveSimWorkers: () => runPool.liveWorkers,
  };
}
