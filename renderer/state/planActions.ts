/**
 * The upgrade planner in the app. The core's plan() runs here only as a coordinator: every
 * simulation it asks for runs in Web Workers (a pool of the plan's own), so the window stays
 * responsive; its structured progress goes to the store. Cancel cancels the pool: the workers
 * stop at once and plan(), whose signal is the pool's, rejects with PlanCancelled. The
 * side-by-side verdicts are the plan's own (as-is and verified). Accepting replaces the working scenario with the upgraded one —
 * the plan, a point of its Pareto front, or its roadmap up to a year — as one undoable edit.
 */
import {
  type Catalog,
  defaultRunLengths,
  type EvalOptions,
  type Evaluate,
  formatMoney,
  plan,
  PlanCancelled,
  resolveCatalog,
  ScenarioError,
  upgradedScenario,
} from '../../sim/api/index.ts';
import type { WorkerPool } from '../../sim/worker/index.ts';
import { loadWithFiles } from '../model/DocFiles.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { browserPool, simWorkers } from '../sim/browserPool.ts';
import type { Doc, PlanSettings, PlanState } from './AppState.ts';
import { appStore } from './appStore.ts';
import { applyEdit } from './editActions.ts';
import { budgetProblem, savePlanSettings, yearsOf } from './planSettings.ts';
import { variantLabel, variantOf, variantScenario, type VariantKey } from './planVariants.ts';
import { toast } from './toast.ts';

const MAX_MESSAGES = 80;
/** the workers of the plan in progress */
let planning: WorkerPool | null = null;
/** bumps on every start, cancel and reset, so a plan that finishes late is ignored */
let generation = 0;

/** How the document stands to the finished plan: the scenario planned, one of the plan's upgrades accepted, or edited since. */
export type PlanRelation = 'as-is' | 'accepted' | 'changed';

export function planRelation(doc: Doc | null, state: PlanState): PlanRelation | null {
  if (!doc || state.status !== 'done') return null;
  if (doc.scenario === state.result.base) return 'as-is';
  return variantOf(state.result, doc.scenario) !== null ? 'accepted' : 'changed';
}

export function setPlanSettings(patch: Partial<PlanSettings>): void {
  const next = { ...appStore.get().planSettings, ...patch };
  appStore.set({ planSettings: next });
  savePlanSettings(next);
}

function stopPlanner(): void {
  generation++;
  planning?.cancel();
  planning = null;
}

export async function startPlan(): Promise<void> {
  const { doc, plan: state, planSettings, analysis } = appStore.get();
  if (!doc || state.status === 'running') return;
  appStore.set({ view: 'planner' });
  const problem = budgetProblem(planSettings);
  if (problem) return toast(problem, 'error');
  let catalog: Catalog;
  try {
    catalog = resolveCatalog(planSettings.catalog);
  } catch (e) {
    const msg = e instanceof ScenarioError ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : String(e);
    return toast(`The prices cannot be used: ${msg}`, 'error');
  }
  const base = doc.scenario;
  const files = doc.files.read;
  let runs: { quick: EvalOptions; verify: EvalOptions };
  try {
    const model = loadWithFiles(base, doc.files);
    runs = defaultRunLengths(model.durationPs / 1e12, model.replications);
  } catch (e) {
    const n = e instanceof ScenarioError ? e.issues.length : (analysis?.issues.length ?? 1);
    const message = `${n} problem${n === 1 ? '' : 's'} in the scenario: fix ${n === 1 ? 'it' : 'them'} (see the inspector) before planning`;
    appStore.set({ plan: { status: 'error', message } });
    return toast(message, 'error');
  }

  stopPlanner();
  const mine = generation;
  const workers = simWorkers();
  const pool = (planning = browserPool({ size: workers }));
  const started = performance.now();
  const running = () => {
    const p = appStore.get().plan;
    return mine === generation && p.status === 'running' ? p : null;
  };
  let lastPaint = 0;
  const simulate = pool.evaluator({
    files,
    onEvaluated: (done, total, options) => {
      const now = performance.now();
      const p = running();
      if (!p || (now - lastPaint < 100 && done < total)) return;
      lastPaint = now;
      appStore.set({ plan: { ...p, batch: { done, total, verify: options === runs.verify } } });
    },
  });
  const evaluate: Evaluate = (scenarios, options) => {
    const p = running();
    if (p) appStore.set({ plan: { ...p, batch: { done: 0, total: scenarios.length, verify: options === runs.verify } } });
    return simulate(scenarios, options);
  };
  appStore.set({
    plan: {
      status: 'running',
      started: Date.now(),
      base,
      batch: null,
      runs,
      progress: null,
      messages: [`simulating the scenario as it is (${runs.verify.replications} × ${runs.verify.durationS} s) on ${workers} workers`],
    },
    planPreview: null,
  });

  try {
    const years = yearsOf(planSettings);
    const result = await plan(base, catalog, evaluate, {
      ...runs,
      files,
      budget: { years, perYear: planSettings.perYear },
      signal: pool.signal,
      onProgress: (message, progress) => {
        const p = running();
        if (p) appStore.set({ plan: { ...p, progress, messages: [...p.messages.slice(-MAX_MESSAGES + 1), message] } });
      },
    });
    if (mine !== generation) return;
    result.stats.wallSeconds = (performance.now() - started) / 1000;
    result.stats.evaluationsPerSecond = (result.stats.evaluations + result.stats.verifications) / result.stats.wallSeconds;
    const upgraded =
      result.found && result.actions.length > 0
        ? upgradedScenario(
            base,
            result.actions.map((a) => a.action),
            catalog,
            runs.verify.replications,
            files,
          )
        : null;
    const changes = scenarioChanges(base, upgraded ?? base);
    appStore.set({
      plan: { status: 'done', result: { plan: result, base, files, upgraded, changes, verify: runs.verify } },
      planOverlay: upgraded !== null,
      planPreview: null,
    });
    if (!result.found) toast(`No plan found: ${result.reason ?? 'no upgrade in the catalog fixes every flow'}`, 'error');
    else if (result.actions.length === 0) toast('Every requirement already holds: nothing to buy', 'success');
    else
      toast(
        `Plan found: ${result.actions.length} action${result.actions.length === 1 ? '' : 's'}, ` +
          `${formatMoney(result.totalCost, result.currency)} (${result.stats.wallSeconds.toFixed(1)} s)`,
        'success',
      );
  } catch (e) {
    if (e instanceof PlanCancelled || mine !== generation) return; // cancelled: cancelPlan has said so
    const message = e instanceof Error ? e.message : String(e);
    appStore.set({ plan: { status: 'error', message } });
    toast(`The planner stopped: ${message}`, 'error');
  } finally {
    void pool.close();
    if (planning === pool) planning = null;
  }
}

export function cancelPlan(): void {
  if (appStore.get().plan.status !== 'running') return;
  stopPlanner();
  appStore.set({ plan: { status: 'cancelled' } });
  toast('Planning cancelled');
}

/** A new document: forget the plan (and stop one in progress). */
export function resetPlanner(): void {
  stopPlanner();
  appStore.set({ plan: { status: 'idle' }, planOverlay: false, planPreview: null });
}

/** Highlights a Pareto point or a roadmap year (or, with null, the plan again) in both views, and offers it to accept. */
export function previewPlan(key: VariantKey | null): void {
  appStore.set({ planPreview: key === 'plan' ? null : key, planOverlay: true });
}

/** Accepts the previewed upgrade, or the plan: the working scenario becomes the upgraded one, as one edit. */
export function acceptPlan(key: VariantKey = appStore.get().planPreview ?? 'plan'): void {
  const { doc, plan: state } = appStore.get();
  if (!doc || state.status !== 'done' || !state.result.upgraded) return;
  const r = state.result;
  const relation = planRelation(doc, state);
  if (relation === 'changed') return toast('The scenario changed since this plan was made: plan again to accept an upgrade for it.', 'error');
  if (variantOf(r, doc.scenario) === key) return toast('This upgrade is already the working scenario.');
  const upgraded = variantScenario(r, key);
  const label = variantLabel(r.plan, key);
  applyEdit(key === 'plan' ? 'accept the upgrade plan' : `accept ${label}`, () => upgraded);
  appStore.set({ planOverlay: true });
  const v = r.plan.verification!;
  toast(
    key === 'plan'
      ? `Accepted the plan: ${r.plan.actions.length} action${r.plan.actions.length === 1 ? '' : 's'}, ` +
          `${formatMoney(r.plan.totalCost, r.plan.currency)}. Run it to see every requirement ` +
          `pass (verified with ${v.replications} × ${v.durationS} s). Ctrl+Z restores the as-is.`
      : `Accepted ${label}. Run it to see where it stands. Ctrl+Z restores the as-is.`,
    'success',
    6000,
  );
}

export async function exportPlan(): Promise<void> {
  const { doc, plan: state } = appStore.get();
  if (!doc || state.status !== 'done') return toast('Plan first: there is no plan to export yet.', 'error');
  const name = `${doc.name.replace(/\.json$/, '')}.plan.json`;
  try {
    if (await getPlatform().exportFile(name, JSON.stringify(state.result.plan, null, 2) + '\n', 'json')) toast(`Exported the plan (${name})`, 'success');
  } catch (e) {
    toast(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

export function showPlanChanges(on = !appStore.get().planOverlay): void {
  appStore.set((s) => ({ planOverlay: on, ...(on && (s.view === 'planner' || s.view === 'results') ? { view: 'split' } : {}) }));
}
