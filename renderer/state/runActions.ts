/**
 * Run and cancel. The simulation runs in Web Workers (the pool); the UI only sees progress
 * and the finished report. A long scenario first gets a short preview run (its first second,
 * at most a tenth of it, one replication) whose results appear marked as a preview, then the
 * full run replaces them. Results remember the revision they ran, so an edit after a run
 * marks them stale instead of silently mixing old figures with a new scenario.
 */
import { CHARTED_FLOWS, loadScenario, type Model, parseQuantity, type Report, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';
import { RunCancelled, type RunHandle, type RunProgress } from '../../sim/worker/index.ts';
import { type DocFiles, explainFileIssues } from '../model/DocFiles.ts';
import { aggregateGroupsInSlices, shownGroupIndex } from '../model/groupAggregates.ts';
import { browserPool } from '../sim/browserPool.ts';
import { analysisOf, isLarge } from './analysisScheduler.ts';
import { appStore } from './appStore.ts';
import { requestBounds } from './boundsActions.ts';
import { deriveInSlices, flowMargins, linkUtilization } from './reportDerived.ts';
import { slimInSlices, withRun } from './runHistory.ts';
import { type RunLimits, runLimits } from './runLimits.ts';
import { toast } from './toast.ts';

/** The run's workers; one is kept warm so that pressing Run does not wait for a worker to load. */
export const runPool = browserPool({ warm: 1 });
let current: RunHandle | null = null;
/** bumps on every Run and Cancel, so a finished phase of an older run is ignored */
let generation = 0;

/** The preview's duration, or null when the scenario is short enough to run whole at once. */
export function previewDuration(s: ScenarioJson): number | null {
  const q = (v: unknown, d: number) => {
    try {
      return typeof v === 'string' ? parseQuantity(v, 'time') : d;
    } catch {
      return d;
    }
  };
  const duration = q(s.simulation?.duration, 1);
  const warmup = q(s.simulation?.warmup, 0);
  const preview = Math.max(Math.min(1, duration / 10), warmup + 0.2); // at least 0.2 s measured past the warm-up
  return duration > 2 && preview <= duration / 2 ? preview : null;
}

function fail(e: unknown, preview: boolean, doc?: { scenario: ScenarioJson; files: DocFiles }): void {
  const raw = e instanceof ScenarioError ? e.issues : [];
  const issues = doc ? explainFileIssues(raw, doc.scenario, doc.files) : raw;
  const message = issues.length
    ? `${issues.length} problem${issues.length > 1 ? 's' : ''} in the scenario: fix ${issues.length > 1 ? 'them' : 'it'} before running`
    : `The ${preview ? 'preview ' : ''}run stopped: ${e instanceof Error ? e.message : String(e)}`;
  appStore.set({ run: { status: 'error', message, issues }, resultsOpen: true });
  toast(message, 'error', 10_000);
}

/**
 * One phase's run. A large scenario runs whole on one worker, which compiles it (with the phase's
 * options) and sends the report in parts (WorkerPool.runWhole): at 10,000 devices compiling it
 * here, folding its results and copying its report at once froze the window for seconds. A small
 * one is compiled here once (the analysis's model when it has one and the phase has no options)
 * and its replications spread over the workers.
 */
function phase(
  scenario: ScenarioJson,
  files: DocFiles,
  durationS: number | undefined,
  limits: RunLimits,
  analyzed: Model | null,
  onDone: (r: Report, wall: number) => void,
  mine: number,
): void {
  let lastPaint = 0;
  const started = performance.now();
  try {
    // the charted flows' latency buckets kept (a few kB): Export report (HTML) draws their histograms from them
    const options = {
      durationS,
      maxEvents: limits.maxEvents,
      maxMemoryBytes: limits.maxMemoryBytes,
      histograms: CHARTED_FLOWS,
      ...(durationS !== undefined ? { replications: 1 } : {}),
    };
    const onProgress = ({ done, total }: RunProgress) => {
      const fraction = done / total;
      const now = performance.now();
      if (now - lastPaint < 50 && fraction < 1) return; // at most 20 repaints a second
      lastPaint = now;
      const r = appStore.get().run;
      if (r.status === 'running' && mine === generation) appStore.set({ run: { ...r, fraction } });
    };
    current = isLarge(scenario)
      ? runPool.runWhole({ input: { scenario, files: files.read }, options, onProgress })
      : runPool.run({
          model: durationS === undefined && analyzed ? analyzed : loadScenario(scenario, files.read, options), // throws ScenarioError on bad input
          options,
          workers: durationS !== undefined ? 1 : undefined,
          onProgress,
        });
  } catch (e) {
    fail(e, durationS !== undefined, { scenario, files });
    return;
  }
  current.promise.then(
    async (report) => {
      if (mine !== generation) return;
      const wall = (performance.now() - started) / 1000;
      await deriveInSlices(report); // the views' tables of a large report, a few milliseconds a task, before any view asks for them
      if (durationS === undefined) await slimInSlices(report); // the run history's copy, likewise (a preview does not join it)
      const groups = shownGroupIndex();
      if (groups) await aggregateGroupsInSlices(groups, linkUtilization(report), flowMargins(report)); // the topology's collapsed groups, likewise
      if (mine !== generation) return;
      onDone(report, wall);
    },
    (e: unknown) => {
      if (mine !== generation) return;
      current = null;
      if (e instanceof RunCancelled) {
        appStore.set({ run: { status: 'cancelled' } });
        toast('Run cancelled');
      } else fail(e, durationS !== undefined, { scenario, files });
    },
  );
}

/** true while Run waits for the check of a large scenario that had not finished when it was pressed */
let starting = false;

export async function startRun(): Promise<void> {
  const { doc, run } = appStore.get();
  if (!doc || run.status === 'running' || starting) return;
  const { revision, scenario, files } = doc;
  starting = true;
  // the analysis has compiled this very scenario already (at 10,000 devices that takes seconds, in a worker): its figures, no second compile
  const analysis = await analysisOf(scenario, files).finally(() => (starting = false));
  if (!analysis || appStore.get().doc?.scenario !== scenario) return; // edited meanwhile: the user presses Run again
  if (!analysis.work) return fail(new ScenarioError(analysis.issues), false);
  const limits = runLimits(analysis.work);
  if (limits.ask && !window.confirm(limits.ask)) return;
  const mine = ++generation;
  const replications = typeof scenario.simulation?.replications === 'number' ? scenario.simulation.replications : 1;
  const started = performance.now();
  // cheap, no simulation: ready long before the run. Asked for in the next task: copying a 10,000-device scenario to the bounds'
  // worker and to the run's in one task blocked the window ~100 ms when Run was pressed (issue 10)
  if (appStore.get().bounds?.revision !== revision) setTimeout(requestBounds);
  const full = () => {
    appStore.set((s) => ({
      run: { status: 'running', fraction: 0, started: s.run.status === 'running' ? s.run.started : started, preview: false, revision, replications },
    }));
    phase(
      scenario,
      files,
      undefined,
      limits,
      analysis.model,
      (report) => {
        current = null;
        const wallSeconds = (performance.now() - started) / 1000;
        appStore.set((s) => ({
          run: { status: 'done', report, revision, preview: false, wallSeconds },
          lastReport: { report, revision, preview: false },
          runs: withRun(s.runs, { report, scenario, revision, at: Date.now() }),
          resultsOpen: true,
        }));
        const { passed, failed } = report.summary;
        toast(`Run finished: ${passed} passed, ${failed} failed (${wallSeconds.toFixed(1)} s)`, failed > 0 ? 'error' : 'success');
      },
      mine,
    );
  };
  const preview = previewDuration(scenario);
  if (preview === null) return full();
  appStore.set({ run: { status: 'running', fraction: 0, started, preview: true, revision, replications } });
  phase(
    scenario,
    files,
    preview,
    limits,
    analysis.model,
    (report) => {
      appStore.set({ lastReport: { report, revision, preview: true }, resultsOpen: true });
      full();
    },
    mine,
  );
}

export function cancelRun(): void {
  if (appStore.get().run.status !== 'running') return;
  generation++;
  current?.cancel();
  current = null;
  appStore.set({ run: { status: 'cancelled' } });
  toast('Run cancelled');
}
