import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ScenarioJson } from '../../sim/api/index.ts';
import type { Doc } from './AppState.ts';
import { appStore } from './appStore.ts';
import { cancelPlan, startPlan } from './planActions.ts';

// the search and the compile, as this thread would call them: a call here fails the test
const inThread = vi.hoisted(() => ({ plan: 0, load: 0 }));
vi.mock('../../sim/api/index.ts', async (original) => {
  const api = await original<typeof import('../../sim/api/index.ts')>();
  return {
    ...api,
    plan: (...a: Parameters<typeof api.plan>) => (inThread.plan++, api.plan(...a)),
    loadScenario: (...a: Parameters<typeof api.loadScenario>) => (inThread.load++, api.loadScenario(...a)),
  };
});

/** A Worker that keeps what the window posts to it and never answers. */
class PostedWorker {
  static made: PostedWorker[] = [];
  posted: unknown[] = [];
  constructor(readonly url: URL) {
    PostedWorker.made.push(this);
  }
  postMessage(m: unknown): void {
    this.posted.push(m);
  }
  addEventListener(): void {}
  removeEventListener(): void {}
  terminate(): void {}
}

const pharma = JSON.parse(readFileSync(new URL('../../scenarios/industry/pharma-fill-finish.json', import.meta.url), 'utf8')) as ScenarioJson;

afterEach(() => {
  cancelPlan();
  vi.unstubAllGlobals();
});

describe('the plan leaves the window free', () => {
  test('startPlan posts the scenario to the plan worker and neither compiles it nor searches in this thread', async () => {
    vi.stubGlobal('Worker', PostedWorker);
    appStore.set({ doc: { scenario: pharma, files: { read: {} } } as unknown as Doc });
    void startPlan();
    await vi.waitFor(() => expect(PostedWorker.made[0]?.posted.length).toBe(1));
    const w = PostedWorker.made[0];
    expect(w.url.pathname).toMatch(/plan\.worker\.ts$/);
    expect(w.posted[0]).toMatchObject({ type: 'APPLY', path: ['plan'] });
    expect(JSON.stringify(w.posted[0])).toContain('"id":"EDGE"'); // the scenario goes over whole
    expect(inThread).toEqual({ plan: 0, load: 0 });
    const state = appStore.get().plan;
    expect(state.status === 'running' && state.runs).toBeNull(); // run lengths: not known until the worker says
  });
});
