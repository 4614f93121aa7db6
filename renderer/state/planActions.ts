/**
 * The upgrade planner in the app. The core's plan() runs in a worker of its own (renderer/sim/plan.worker.ts),
 * which runs the simulations it asks for in a pool of workers it starts: the window does none of the
 * search (at 10,000 devices that froze it for 28 s at a stretch); its structured progress goes to the store.
 * Cancel terminates the plan's worker, and with it its simulations' workers. The
 * side-by-side verdicts are the plan's own (as-is and verified). Accepting replaces the working scenario with the upgraded one —
 * the plan, a point of its Pareto front, or its roadmap up to a year — as one undoable edit.
 */
import { proxy, wrap } from 'comlink';
import {
  type Catalog,
  expandScenario,
  exportBom,
  fetchParts,
  formatMoney,
  PlanCancelled,
  resolveCatalog,
  ScenarioError,
  sendParts,
} from '../../sim/api/index.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import { scenarioHash } from './reportHtml.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { simWorkers } from '../sim/browserPool.ts';
import type { PlanEvents, PlanOutcome, PlanWorkerApi } from '../sim/plan.worker.ts';
import type { Doc, PlanSettings, PlanState } from './AppState.ts';
import { appStore } from './appStore.ts';
import { applyEdit } from './editActions.ts';
import { budgetProblem, savePlanSettings, yearsOf } from './planSettings.ts';
import { variantLabel, variantOf, variantScenario, type VariantKey } from './planVariants.ts';
import { toast } from './toast.ts';

const MAX_MESSAGES = 80;
/** the worker of the plan in progress (renderer/sim/plan.worker.ts) */
let planning: Worker | null = null;
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

/** Stops the plan in progress: its worker, and with it the workers of its simulations. */
function stopPlanner(): void {
  generation++;
  planning?.terminate();
  planning = null;
}

export async function startPlan(): Promise<void> {
  const { doc, plan: state, planSettings } = appStore.get();
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
  stopPlanner();
  const mine = generation;
  const workers = simWorkers();
  const worker = new Worker(new URL('../sim/plan.worker.ts', import.meta.url), { type: 'module', name: 'netloom-plan' });
  planning = worker;
  const started = performance.now();
  const running = () => {
    const p = appStore.get().plan;
    return mine === generation && p.status === 'running' ? p : null;
  };
  let lastPaint = 0;
  const events: PlanEvents = {
    runs: (runs) => {
      const p = running();
      if (p)
        appStore.set({
          plan: { ...p, runs, messages: [...p.messages, `simulating the scenario as it is (${runs.verify.replications} × ${runs.verify.durationS} s)`] },
        });
    },
    batch: (done, total, verify) => {
      const now = performance.now();
      const p = running();
      if (!p || (done > 0 && now - lastPaint < 100 && done < total)) return;
      lastPaint = now;
      appStore.set({ plan: { ...p, batch: { done, total, verify } } });
    },
    progress: (message, progress) => {
      const p = running();
      if (p) appStore.set({ plan: { ...p, progress, messages: [...p.messages.slice(-MAX_MESSAGES + 1), message] } });
    },
  };
  appStore.set({
    plan: {
      status: 'running',
      started: Date.now(),
      base,
      batch: null,
      runs: null, // the plan's worker compiles the scenario and says (events.runs)
      progress: null,
      messages: [`compiling the scenario, then simulating it on ${workers} workers`],
    },
    planPreview: null,
  });

  try {
    const budget = { years: yearsOf(planSettings), perYear: planSettings.perYear };
    // a worker that cannot start or dies (out of memory) answers nothing: its error event says so
    const died = new Promise<never>((_, reject) =>
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        reject(new Error(`its worker stopped${e.message ? `: ${e.message}` : ''}`));
      }),
    );
    const remote = wrap<PlanWorkerApi>(worker);
    // a large job and outcome go in parts, each its own message (sim/api/messageParts.ts)
    const exchange = async (): Promise<PlanOutcome> => {
      const job = { base, catalog, files, budget, workers };
      const sent = await sendParts(job, (part) => remote.receive(part));
      const answer = await remote.plan(sent ? null : job, proxy(events));
      return answer.whole ?? ((await fetchParts(answer.parts ?? 0, (i) => remote.part(i))) as PlanOutcome);
    };
    const outcome = await Promise.race([exchange(), died]);
    if (mine !== generation) return;
    if (!outcome.ok) {
      const n = outcome.issues.length;
      const message = `${n} problem${n === 1 ? '' : 's'} in the scenario: fix ${n === 1 ? 'it' : 'them'} (see the inspector) before planning`;
      appStore.set({ plan: { status: 'error', message } });
      return toast(message, 'error');
    }
    const { result, upgraded, runs } = outcome;
    result.stats.wallSeconds = (performance.now() - started) / 1000;
    result.stats.evaluationsPerSecond = (result.stats.evaluations + result.stats.verifications) / result.stats.wallSeconds;
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
    worker.terminate();
    if (planning === worker) planning = null;
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
    // with the planned scenario's hash, as `netloom plan` writes it: `netloom report --plan` checks it
    const plan = { ...state.result.plan, scenarioHash: await scenarioHash(expandScenario(state.result.base)) };
    if (await getPlatform().exportFile(name, JSON.stringify(plan, null, 2) + '\n', 'json')) toast(`Exported the plan (${name})`, 'success');
  } catch (e) {
    toast(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

/** The plan's bill of materials as CSV (what `netloom plan --bom` writes): item, quantity, unit price, amount, where, total. */
export async function exportBillOfMaterials(): Promise<void> {
  const { doc, plan: state } = appStore.get();
  if (!doc || state.status !== 'done' || !state.result.plan.found) return toast('Plan first: there is no plan to list yet.', 'error');
  const name = `${doc.name.replace(/\.json$/, '')}.bom.csv`;
  try {
    const { csv } = exportBom(state.result.plan, expandScenario(state.result.base));
    if (await getPlatform().exportFile(name, csv, 'csv')) toast(`Exported the bill of materials (${name})`, 'success');
  } catch (e) {
    toast(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

export function showPlanChanges(on = !appStore.get().planOverlay): void {
  appStore.set((s) => ({ planOverlay: on, ...(on && (s.view === 'planner' || s.view === 'results') ? { view: 'split' } : {}) }));
}
