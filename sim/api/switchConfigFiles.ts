/**
 * The switch configuration as it is handed over, said once for `netloom config`, the library and
 * the app: the files (SWITCH.netconf.xml, SWITCH.restconf.json), the notes printed after them, and
 * the model configured with the gates of the synthesized schedule (`--schedule`). The app zips
 * these files; its e2e test compares them with the command's byte for byte.
 */
import { applySchedule } from '../analysis/gcl/applySchedule.ts';
import type { Schedule } from '../analysis/gcl/Schedule.ts';
import { expandScenario } from '../scenario/expandScenario.ts';
import { loadScenario } from '../scenario/load.ts';
import type { Model } from '../scenario/model.ts';
import { scheduleGates } from './scheduleGates.ts';
import type { SwitchConfigs } from './switchConfig.ts';

export type ConfigFormat = 'netconf' | 'restconf' | 'both';

export interface ConfigFile {
  /** the index of its switch in the result */
  switch: number;
  name: string;
  text: string;
}

/** A file name for each switch: its id with what a file system refuses replaced by "_", made unique ignoring case. */
export function configFileNames(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    const base = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export function switchConfigFiles(result: SwitchConfigs, format: ConfigFormat): ConfigFile[] {
  const names = configFileNames(result.switches.map((s) => s.node));
  return result.switches.flatMap((s, i) => [
    ...(format !== 'restconf' ? [{ switch: i, name: `${names[i]}.netconf.xml`, text: s.netconf }] : []),
    ...(format !== 'netconf' ? [{ switch: i, name: `${names[i]}.restconf.json`, text: s.restconf }] : []),
  ]);
}

/** What the command prints after the files: the modules the switches need, how to send each format, and what was assumed. */
export function configNotes(result: SwitchConfigs, format: ConfigFormat): { how: string[]; assumed: string[] } {
  return {
    how: [
      `YANG modules the switches must implement: ${result.modules.join(', ')}`,
      ...(format === 'restconf' ? [] : ["NETCONF: send each .netconf.xml as it is (edit-config on running; its gate lists replace the switch's)."]),
      ...(format === 'netconf'
        ? []
        : [
            'RESTCONF: PATCH {+restconf}/data with each .restconf.json (Content-Type application/yang-data+json); a PATCH merges, ' +
              'so a longer gate list already on the switch keeps its extra entries.',
          ]),
    ],
    assumed: result.assumed,
  };
}

export type ScheduledModel =
  | { kind: 'model'; model: Model; schedule: Schedule }
  /** the scenario cannot be scheduled as it is (the message says why) */
  | { kind: 'input'; message: string }
  /** no gate schedule exists: `schedule.conflicts` say why */
  | { kind: 'none'; schedule: Schedule };

/** The model with the gates of the schedule `netloom schedule` would compute for `scenario` (compiled as `model`). */
export function scheduledModel(scenario: unknown, model: Model, files: Readonly<Record<string, string>>): ScheduledModel {
  const flat = expandScenario(scenario);
  const outcome = scheduleGates(flat, model, {});
  if (outcome.kind === 'input') return outcome;
  const s = outcome.schedule;
  return s.ok ? { kind: 'model', model: loadScenario(applySchedule(flat, s), { ...files }), schedule: s } : { kind: 'none', schedule: s };
}
