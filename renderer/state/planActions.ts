/**
 * The upgrade planner in the app. The core's plan() runs here only as a coordinator: every
 * simulation it asks for runs in Web Workers (EvaluatorPool), so the window stays responsive;
 * its progress messages go to the store; Cancel terminates the workers, which ends plan()
 * where it awaits (it has no cancellation hook of its own). Accepting a plan replaces the
 * working scenario with the upgraded one — applyPlan, with the verification's replications,
 * as `netloom plan` writes it — as one undoable edit.
 */
import { loadScenario, type Report, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';
import { applyPlan, type Catalog, defaultRunLengths, type EvalOptions, type Evaluate, plan, type Plan, resolveCatalog, type ScenarioDoc } from '../../sim/plan/index.ts';
import { formatMoney } from '../format/formatMoney.ts';
import { scenarioChanges } from '../model/scenarioChanges.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { EvaluatorPool, plannerWorkers } from '../sim/EvaluatorPool.ts';
import { CancelledError } from '../sim/SimRunner.ts';
import type { Doc, PlanSettings, PlanState } from './AppState.ts';
import { appStore } from './appStore.ts';
import { applyEdit } from './editActions.ts';
import { budgetProblem, savePlanSettings, yearsOf } from './planSettings.ts';
import { toast } from './toast.ts';

const MAX_MESSAGES = 80;
let pool: EvaluatorPool | null = null;
/** bumps on every start, cancel and reset, so a plan that finishes late is ignored */
let generation = 0;

/** How the document stands to the finished plan: still the scenario planned, the accepted upgrade, or edited since. */
export type PlanRelation = 'as-is' | 'accepted' | 'changed';

export function planRelation(doc: Doc | null, state: PlanState): PlanRelation | null {
  if (!doc || state.status !== 'done') return null;
  if (doc.scenario === state.result.base) return 'as-is';
  if (state.result.upgraded && doc.scenario === state.result.upgraded) return 'accepted';
  return 'changed';
}

/** The plan applied to the scenario it was made for, set to run as it was verified (as `netloom plan --out` writes it). */
export function upgradedScenario(base: ScenarioJson, p: Plan, verify: EvalOptions): ScenarioJson {
  const out = applyPlan(base as unknown as ScenarioDoc, p.actions.map((a) => a.action), p.catalog);
  out.simulation = { ...(out.simulation ?? {}), replications: verify.replications };
  return out as unknown as ScenarioJson;
}

function say(message: string, mine: number): void {
  const p = appStore.get().plan;
  if (mine !== generation || p.status !== 'running') return;
  appStore.set({ plan: { ...p, messages: [...p.messages.slice(-MAX_MESSAGES + 1), message] } });
}

export function setPlanSettings(patch: Partial<PlanSettings>): void {
  const next = { ...appStore.get().planSettings, ...patch };
  appStore.set({ planSettings: next });
  savePlanSettings(next);
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
  let runs: { quick: EvalOptions; verify: EvalOptions };
  try {
    const model = loadScenario(base);
    runs = defaultRunLengths(model.durationPs / 1e12, model.replications);
  } catch (e) {
    const n = e instanceof ScenarioError ? e.issues.length : (analysis?.issues.length ?? 1);
    const message = `${n} problem${n === 1 ? '' : 's'} in the scenario: fix ${n === 1 ? 'it' : 'them'} (see the inspector) before planning`;
    appStore.set({ plan: { status: 'error', message } });
    return toast(message, 'error');
  }

  const mine = ++generation;
  const started = performance.now();
  // the verified reports, by scenario: the side-by-side view shows the as-is and the planned one
  const verified = new Map<string, Report>();
  let lastPaint = 0;
  const workers = plannerWorkers();
  pool?.cancel();
  const myPool = (pool = new EvaluatorPool({
    size: workers,
    onEvaluated: (done, total, options) => {
      const now = performance.now();
      const p = appStore.get().plan;
      if (mine !== generation || p.status !== 'running' || (now - lastPaint < 100 && done < total)) return;
      lastPaint = now;
      appStore.set({ plan: { ...p, batch: { done, total, verify: options === runs.verify } } });
    },
  }));
  const evaluate: Evaluate = async (scenarios, options) => {
    const p = appStore.get().plan;
    if (mine === generation && p.status === 'running') appStore.set({ plan: { ...p, batch: { done: 0, total: scenarios.length, verify: options === runs.verify } } });
    const reports = await myPool.evaluate(scenarios, options);
    if (options === runs.verify) reports.forEach((r, i) => 'error' in r || verified.set(JSON.stringify(scenarios[i]), r));
    return reports;
  };
  appStore.set({
    plan: {
      status: 'running',
      started: Date.now(),
      base,
      batch: null,
      runs,
      messages: [`simulating the scenario as it is (${runs.verify.replications} × ${runs.verify.durationS} s) on ${workers} workers`],
    },
  });

  try {
    const years = yearsOf(planSettings);
    const result = await plan(base as unknown as ScenarioDoc, catalog, evaluate, { ...runs, budget: { years, perYear: planSettings.perYear }, onProgress: (m) => say(m, mine) });
    let upgraded: ScenarioJson | null = null;
    let plannedReport: Report | null = null;
    const asIsReport = verified.get(JSON.stringify(base)) ?? null;
    if (result.found && result.actions.length > 0) {
      upgraded = upgradedScenario(base, result, runs.verify);
      const key = JSON.stringify(applyPlan(base as unknown as ScenarioDoc, result.actions.map((a) => a.action), catalog));
      plannedReport = verified.get(key) ?? null;
      if (!plannedReport) {
        say('simulating the planned scenario for the side-by-side comparison', mine);
        const [r] = await evaluate([JSON.parse(key) as object], runs.verify);
        plannedReport = 'error' in r ? null : r;
      }
    } else if (result.found) plannedReport = asIsReport;
    if (mine !== generation) return;
    result.stats.wallSeconds = (performance.now() - started) / 1000;
    result.stats.evaluationsPerSecond = (result.stats.evaluations + result.stats.verifications) / result.stats.wallSeconds;
    const changes = scenarioChanges(base, upgraded ?? base);
    appStore.set({ plan: { status: 'done', result: { plan: result, base, upgraded, asIsReport, plannedReport, changes } }, planOverlay: upgraded !== null });
    if (!result.found) toast(`No plan found: ${result.reason ?? 'no upgrade in the catalog fixes every flow'}`, 'error');
    else if (result.actions.length === 0) toast('Every requirement already holds: nothing to buy', 'success');
    else toast(`Plan found: ${result.actions.length} action${result.actions.length === 1 ? '' : 's'}, ${formatMoney(result.totalCost, result.currency)} (${result.stats.wallSeconds.toFixed(1)} s)`, 'success');
  } catch (e) {
    if (mine !== generation) return;
    if (e instanceof CancelledError) appStore.set({ plan: { status: 'cancelled' } });
    else {
      const message = e instanceof Error ? e.message : String(e);
      appStore.set({ plan: { status: 'error', message } });
      toast(`The planner stopped: ${message}`, 'error');
    }
  } finally {
    myPool.close();
    if (pool === myPool) pool = null;
  }
}

export function cancelPlan(): void {
  if (appStore.get().plan.status !== 'running') return;
  generation++;
  pool?.cancel();
  pool = null;
  appStore.set({ plan: { status: 'cancelled' } });
  toast('Planning cancelled');
}

/** A new document: forget the plan (and stop one in progress). */
export function resetPlanner(): void {
  generation++;
  pool?.cancel();
  pool = null;
  appStore.set({ plan: { status: 'idle' }, planOverlay: false });
}

export function acceptPlan(): void {
  const { doc, plan: state } = appStore.get();
  if (!doc || state.status !== 'done' || !state.result.upgraded) return;
  const r = state.result;
  const upgraded = r.upgraded!;
  const relation = planRelation(doc, state);
  if (relation === 'accepted') return toast('This plan is already the working scenario.');
  if (relation === 'changed') return toast('The scenario changed since this plan was made: plan again to accept an upgrade for it.', 'error');
  applyEdit('accept the upgrade plan', () => upgraded);
  appStore.set({ planOverlay: true });
  const v = r.plan.verification!;
  toast(`Accepted the plan: ${r.plan.actions.length} action${r.plan.actions.length === 1 ? '' : 's'}, ${formatMoney(r.plan.totalCost, r.plan.currency)}. Run it to see every requirement pass (verified with ${v.replications} × ${v.durationS} s). Ctrl+Z restores the as-is.`, 'success', 6000);
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
