/**
 * Gate schedules in the app, as `netloom schedule` makes them: synthesize (in a worker) for the
 * time-critical flows or the ones the user picks, show the result or its conflicts, apply it as
 * one undoable edit (applySchedule: the gate control lists on the ports, the offsets and class
 * on the flows), export it as IEEE 802.1Qcw YANG (JSON) for the switches.
 */
import { applySchedule, formatIssue, parseQuantity, type ScheduleRequest, UnitParseError } from '../../sim/api/index.ts';
import { faultOf } from '../../sim/worker/index.ts';
import { explainFileIssues } from '../model/DocFiles.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { browserPool } from '../sim/browserPool.ts';
import type { Doc, ScheduleSettings, ScheduleState } from './AppState.ts';
import { appStore } from './appStore.ts';
import { applyEdit } from './editActions.ts';
import { toast } from './toast.ts';

/** the synthesizer's worker: a large network's synthesis never stalls the window */
const synthesizer = browserPool({ size: 1 });
/** Well past the seconds a large network's synthesis takes (a synthesis sends no progress). */
const SYNTHESIS_DEADLINE_MS = 60_000;
/** bumps on every start and reset, so a result that comes back late is ignored */
let generation = 0;

/** How the document stands to the schedule: the scenario it was made for, the scenario with it applied, or edited since. */
export function scheduleRelation(doc: Doc | null, state: ScheduleState): 'as-is' | 'applied' | 'changed' | null {
  if (!doc || state.status !== 'done') return null;
  if (doc.scenario === state.result.base) return 'as-is';
  return state.result.applied && doc.scenario === state.result.applied ? 'applied' : 'changed';
}

/** The settings as a request; a bad maximum wait is said, not guessed. */
export function scheduleRequest(settings: ScheduleSettings): ScheduleRequest | string {
  const request: ScheduleRequest = settings.flows ? { flows: settings.flows } : {};
  if (settings.maxWait.trim() === '') return request;
  try {
    return { ...request, maxWaitPs: Math.round(parseQuantity(settings.maxWait, 'time') * 1e12) };
  } catch (e) {
    return `maximum wait: ${e instanceof UnitParseError ? e.message : String(e)}`;
  }
}

export function setScheduleSettings(patch: Partial<ScheduleSettings>): void {
  appStore.set((s) => ({ scheduleSettings: { ...s.scheduleSettings, ...patch } }));
}

export async function startSchedule(): Promise<void> {
  const { doc, scheduleSettings } = appStore.get();
  if (!doc) return;
  appStore.set({ view: 'schedule' });
  const request = scheduleRequest(scheduleSettings);
  if (typeof request === 'string') return void appStore.set({ schedule: { status: 'error', message: request } });
  const mine = ++generation;
  const base = doc.scenario;
  appStore.set({ schedule: { status: 'running', started: Date.now() } });
  try {
    const t0 = performance.now();
    const synthesis = await synthesizer.call('the synthesis', { scenario: base, files: doc.files.read }, (api) => api.schedule(request), SYNTHESIS_DEADLINE_MS);
    const ms = performance.now() - t0;
    if (mine !== generation) return;
    if (!synthesis.ok) {
      const issues = explainFileIssues(synthesis.issues, base, doc.files);
      const n = issues.length;
      return void appStore.set({
        schedule: {
          status: 'error',
          message: `${n} problem${n === 1 ? '' : 's'} in the scenario (${formatIssue(issues[0])}): fix ${n === 1 ? 'it' : 'them'} in the inspector first`,
        },
      });
    }
    // the synthesizer speaks to the command line: here the flows are picked on the left
    const out = synthesis.value;
    if (out.kind === 'input')
      return void appStore.set({
        schedule: {
          status: 'error',
          message: out.message.replace(/ ?\(?name the flows to schedule with --flows\)?/, ': pick the flows to schedule on the left'),
        },
      });
    const { schedule, qcw, qcwError } = out;
    appStore.set({ schedule: { status: 'done', result: { schedule, qcw, qcwError, base, applied: null, ms } } });
    if (schedule.ok)
      toast(`Gate schedules for ${schedule.flows.length} flow${schedule.flows.length === 1 ? '' : 's'} on ${schedule.ports.length} ports`, 'success');
    else toast(`No gate schedule: ${schedule.conflicts.length} conflict${schedule.conflicts.length === 1 ? '' : 's'}`, 'error');
  } catch (e) {
    if (mine !== generation) return;
    appStore.set({ schedule: { status: 'error', message: `the synthesis failed: ${faultOf(e).message}` } });
  }
}

export function applyGateSchedule(): void {
  const { doc, schedule: state } = appStore.get();
  if (!doc || state.status !== 'done') return toast('Synthesize the gate schedules first.', 'error');
  const r = state.result;
  if (!r.schedule.ok) return toast('There is no schedule to apply: resolve the conflicts first.', 'error');
  const relation = scheduleRelation(doc, state);
  if (relation === 'applied') return toast('This schedule is already applied.');
  if (relation === 'changed') return toast('The scenario changed since this schedule was made: synthesize again.', 'error');
  const applied = applySchedule(r.base, r.schedule);
  applyEdit('apply the gate schedules', () => applied);
  appStore.set({ schedule: { status: 'done', result: { ...r, applied } } });
  toast(
    `Applied: gate control lists on ${r.schedule.ports.length} ports, offsets on ` +
      `${r.schedule.flows.length} flows. Run to see every scheduled flow meet its deadline. Ctrl+Z undoes it.`,
    'success',
    6000,
  );
}

export async function exportGateYang(): Promise<void> {
  const { doc, schedule: state } = appStore.get();
  if (!doc || state.status !== 'done' || !state.result.qcw) {
    const why = state.status === 'done' ? (state.result.qcwError ?? 'the schedule has conflicts') : 'synthesize the gate schedules first';
    return toast(`Nothing to export: ${why}.`, 'error');
  }
  const name = `${doc.name.replace(/\.json$/, '')}.qcw.json`;
  try {
    if (await getPlatform().exportFile(name, JSON.stringify(state.result.qcw, null, 2) + '\n', 'json'))
      toast(`Exported the 802.1Qcw YANG (${name})`, 'success');
  } catch (e) {
    toast(`Could not export: ${e instanceof Error ? e.message : String(e)}`, 'error');
  }
}

/** A new document: forget the schedule. */
export function resetSchedule(): void {
  generation++;
  appStore.set({ schedule: { status: 'idle' } });
}
