import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { type MessagePart, PartsAssembler, type ScenarioJson } from '../../sim/api/index.ts';
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

  test('a large scenario goes to the plan worker in parts, each its own message, and is the job again there', async () => {
    /** answers each part at once (comlink's wire format), so that the window sends the next */
    class AnsweringWorker extends PostedWorker {
      private listeners: ((e: { data: unknown }) => void)[] = [];
      override addEventListener(type?: string, l?: (e: { data: unknown }) => void): void {
        if (type === 'message' && l) this.listeners.push(l);
      }
      override postMessage(m: { id: string; path: string[] }): void {
        super.postMessage(m);
        if (m.path[0] === 'receive') setTimeout(() => this.listeners.forEach((l) => l({ data: { id: m.id, type: 'RAW', value: undefined } })));
      }
    }
    PostedWorker.made = [];
    vi.stubGlobal('Worker', AnsweringWorker);
    const plant = makePlant({ devices: 1500 });
    appStore.set({ doc: { scenario: plant, files: { read: {} } } as unknown as Doc });
    void startPlan();
    const w = PostedWorker.made[0];
    const calls = () => (w.posted as { path: string[] }[]).map((m) => m.path[0]);
    await vi.waitFor(() => expect(calls().at(-1)).toBe('plan'));
    const receives = calls().filter((c) => c === 'receive').length;
    expect(receives).toBeGreaterThan(2); // the shell, then the nodes and the flows in parts of 1,000
    const args = (m: unknown) => (m as { argumentList: { value: unknown }[] }).argumentList.map((a) => a.value);
    expect(args(w.posted.at(-1))[0]).toBeNull(); // plan() takes the job it received
    const a = new PartsAssembler();
    for (const m of w.posted.slice(0, receives)) a.add(args(m)[0] as MessagePart);
    const job = a.take() as { base: ScenarioJson; files: unknown };
    expect(job.base).toEqual(plant);
    expect(job.files).toEqual({});
  });
});
