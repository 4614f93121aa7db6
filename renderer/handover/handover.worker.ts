/**
 * Export switch configuration's work, off the window's thread: the scenario compiled (with the
 * synthesized gate schedule when asked, as `netloom config --schedule` does), each switch's files
 * made by the façade and zipped. At 10,000 devices compiling alone takes seconds, which the window
 * must not wait for. A problem comes back as its message, never as a thrown error.
 */
import { expose, transfer } from 'comlink';
import { strToU8, zipSync } from 'fflate';
import {
  type ConfigFormat,
  configNotes,
  formatIssue,
  loadScenario,
  type MessagePart,
  PartsAssembler,
  type Model,
  type ScenarioJson,
  ScenarioError,
  scheduledModel,
  switchConfig,
  switchConfigFiles,
  YangValueError,
} from '../../sim/api/index.ts';

export interface ConfigRequest {
  format: ConfigFormat;
  /** the gates of the schedule the Schedules view would synthesize, instead of the scenario's own */
  schedule: boolean;
}

export interface ConfigZip {
  zip: Uint8Array;
  files: string[];
  /** one line per switch: its ports, and how many carry gates or shapers */
  switches: string[];
  how: string[];
  assumed: string[];
  /** what scheduling said (how many flows were scheduled, in which PCP) */
  scheduled: string | null;
}

export type ConfigOutcome = { ok: true; value: ConfigZip } | { ok: false; problem: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The model with the synthesized schedule's gates, or the reason there is none. */
function scheduled(scenario: ScenarioJson, files: Readonly<Record<string, string>>, model: Model): { model: Model; said: string } | string {
  const outcome = scheduledModel(scenario, model, files);
  if (outcome.kind === 'input') return `With the synthesized schedule: ${outcome.message}`;
  const s = outcome.schedule;
  if (outcome.kind === 'none')
    return `No gate schedule exists — ${plural(s.conflicts.length, 'conflict')}: ${s.conflicts.map((c) => `[${c.kind}] ${c.message}`).join('; ')}`;
  const said =
    `${plural(s.flows.length, 'time-critical flow')} scheduled in PCP ${s.pcp}; ` +
    'the scheduled scenario needs their send offsets too (Schedules → Apply, then save)';
  return { model: outcome.model, said };
}

function configZip(scenario: ScenarioJson, files: Readonly<Record<string, string>>, request: ConfigRequest): ConfigOutcome {
  try {
    const compiled = loadScenario(scenario, files);
    const withSchedule = request.schedule ? scheduled(scenario, files, compiled) : null;
    if (typeof withSchedule === 'string') return { ok: false, problem: withSchedule };
    const result = switchConfig(withSchedule?.model ?? compiled);
    if (result.switches.length === 0) return { ok: false, problem: 'The scenario has no switch (type "switch"): there is nothing to configure.' };
    const made = switchConfigFiles(result, request.format);
    const zip = zipSync(Object.fromEntries(made.map((f) => [f.name, strToU8(f.text)])));
    const switches = result.switches.map((s) =>
      [s.node, plural(s.ports, 'port'), s.gated > 0 ? `${s.gated} with gates` : '', s.shaped > 0 ? `${s.shaped} with CBS` : ''].filter(Boolean).join(', '),
    );
    const value = { zip, files: made.map((f) => f.name), switches, ...configNotes(result, request.format), scheduled: withSchedule?.said ?? null };
    return transfer({ ok: true, value }, [zip.buffer]);
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, problem: `Fix the scenario first: ${e.issues.slice(0, 3).map(formatIssue).join('; ')}` };
    if (e instanceof YangValueError) return { ok: false, problem: e.message };
    return { ok: false, problem: `NetLoom could not make the configuration: ${e instanceof Error ? e.message : String(e)}` };
  }
}

const received = new PartsAssembler();

const api = {
  /** a part of a large scenario (sim/api/messageParts.ts): the 10,000-device steel works in one message stops the window ~100 ms */
  receive(part: MessagePart): void {
    received.add(part);
  },
  /** `scenario` null: the one received in parts */
  configZip(scenario: ScenarioJson | null, files: Readonly<Record<string, string>>, request: ConfigRequest): ConfigOutcome {
    return configZip(scenario ?? (received.take() as ScenarioJson), files, request);
  },
};

export type HandoverWorkerApi = typeof api;

expose(api);
