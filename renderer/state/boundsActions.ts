/**
 * The bounds beside the simulation: computed (in a worker, no simulation) when the user runs,
 * then again after every edit — a short pause after the last one — so the bounds on screen are
 * always those of the scenario as it is, while the simulated figures stay those of the last run.
 */
import { formatIssue } from '../../sim/api/index.ts';
import { explainFileIssues } from '../model/DocFiles.ts';
import { BoundsRunner } from '../sim/BoundsRunner.ts';
import { appStore } from './appStore.ts';

const EDIT_PAUSE_MS = 300;
const runner = new BoundsRunner();
/** bumps when the document is replaced, so bounds of the old one are dropped */
let generation = 0;

export function requestBounds(): void {
  const doc = appStore.get().doc;
  if (!doc) return;
  const { scenario, revision, files } = doc;
  const mine = generation;
  appStore.set((s) => ({ bounds: { report: s.bounds?.report ?? null, revision: s.bounds?.revision ?? -1, computing: true, error: null } }));
  void runner.compute(scenario, files.read).then((o) => {
    if ('superseded' in o || mine !== generation) return;
    if (o.ok) appStore.set({ bounds: { report: o.report, revision, computing: false, error: null } });
    else {
      const issues = explainFileIssues(o.issues, scenario, files);
      const n = issues.length;
      const error =
        n === 1 && issues[0].path === ''
          ? issues[0].message
          : `${n} problem${n === 1 ? '' : 's'} in the scenario (${formatIssue(issues[0])}): no bounds until ${n === 1 ? 'it is' : 'they are'} fixed`;
      appStore.set({ bounds: { report: null, revision, computing: false, error } });
    }
  });
}

/** Recomputes the bounds after edits, once a run has asked for them. */
export function startBoundsSync(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: unknown = appStore.get().doc?.scenario;
  const unsubscribe = appStore.subscribe(() => {
    const { doc, bounds } = appStore.get();
    if (!doc || doc.scenario === last) return;
    last = doc.scenario;
    if (!bounds || doc.revision === bounds.revision) return;
    clearTimeout(timer);
    timer = setTimeout(requestBounds, EDIT_PAUSE_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** A new document: no bounds until it is run. */
export function resetBounds(): void {
  generation++;
  appStore.set({ bounds: null });
}
