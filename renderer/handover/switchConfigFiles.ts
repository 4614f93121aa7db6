/**
 * Export switch configuration: the files `netloom config --out DIR` writes, by the same names and
 * with the same text (SWITCH.netconf.xml, SWITCH.restconf.json), and the notes it prints after them.
 * The app zips these; the e2e test compares them with the command's files byte for byte.
 */
import type { SwitchConfigs } from '../../sim/api/index.ts';

export type ConfigFormat = 'netconf' | 'restconf' | 'both';

export interface ConfigFile {
  name: string;
  text: string;
}

/** A file name for each switch, as cli/commands/config.ts makes it: what a file system refuses replaced by "_", made unique ignoring case. */
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
    ...(format !== 'restconf' ? [{ name: `${names[i]}.netconf.xml`, text: s.netconf }] : []),
    ...(format !== 'netconf' ? [{ name: `${names[i]}.restconf.json`, text: s.restconf }] : []),
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
