import { describe, expect, test, vi } from 'vitest';
import type { Doc } from './AppState.ts';
import { appStore } from './appStore.ts';
import { startRun } from './runActions.ts';

// what Run copies to a worker, in the order it does: each copy of a 10,000-device scenario is ~30-60 ms of the window's time
const sent = vi.hoisted(() => [] as string[]);
vi.mock('./boundsActions.ts', () => ({ requestBounds: () => sent.push('bounds') }));
vi.mock('./analysisScheduler.ts', () => ({
  analysisOf: async () => ({ work: {}, model: null, issues: [] }),
  isLarge: () => true,
}));
vi.mock('./runLimits.ts', () => ({ runLimits: () => ({ ask: null, maxEvents: 1e9, maxMemoryBytes: 1e9 }) }));
vi.mock('../sim/browserPool.ts', () => ({
  browserPool: () => ({ runWhole: () => (sent.push('run'), { promise: new Promise(() => {}), cancel() {} }) }),
}));

describe('pressing Run', () => {
  test('copies the scenario to the run’s worker and to the bounds’ worker in two tasks, not one', async () => {
    appStore.set({ doc: { revision: 1, scenario: { nodes: [], links: [], flows: [] }, files: { read: () => null } } as unknown as Doc, bounds: null });
    await startRun();
    expect(sent).toEqual(['run']);
    await new Promise((r) => setTimeout(r));
    expect(sent).toEqual(['run', 'bounds']);
  });
});
