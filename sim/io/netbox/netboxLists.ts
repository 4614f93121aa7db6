/**
 * A NetBox export → its devices, interfaces and cables, each item with the file and JSON path it
 * came from. Accepted: one JSON file `{"devices": …, "interfaces": …, "cables": …}`, or one file per
 * list (a folder of three); each list as the REST API returns it (`{count, next, previous,
 * results}`, /api/dcim/devices/ etc.) or as a plain array. Which list a file holds is read from its
 * items (cables have a_terminations, devices a device_type, interfaces a device).
 */
import { ImportError } from '../ImportError.ts';
import type { ImportFile } from '../ImportResult.ts';
import { asObject, readJson } from '../readJson.ts';

export type ListName = 'devices' | 'interfaces' | 'cables';

export interface Item {
  value: Record<string, unknown>;
  /** "netbox.json $.cables.results[3]" */
  at: string;
}

export interface NetboxLists {
  devices: Item[];
  interfaces: Item[];
  cables: Item[];
  /** for each list, the items NetBox counted and the ones the files hold, when they differ (pages left out) */
  missing: string[];
}

const NAMES: readonly ListName[] = ['devices', 'interfaces', 'cables'];

export function netboxLists(files: readonly ImportFile[]): NetboxLists {
  const lists: NetboxLists = { devices: [], interfaces: [], cables: [], missing: [] };
  const counted: Record<ListName, number> = { devices: 0, interfaces: 0, cables: 0 };
  for (const f of files) {
    const json = readJson(f);
    const root = asObject(json);
    const named = root && NAMES.some((n) => n in root);
    const parts: [unknown, string, ListName | undefined][] = named
      ? NAMES.filter((n) => n in (root as object)).map((n) => [(root as Record<string, unknown>)[n], `$.${n}`, n])
      : [[json, '$', undefined]];
    for (const [part, path, name] of parts) {
      const page = asObject(part);
      const results = Array.isArray(part) ? part : page?.results;
      if (!Array.isArray(results))
        throw new ImportError(f.name, path, 'a NetBox list: {"count", "next", "previous", "results": […]} as /api/dcim/… returns it, or an array');
      const base = Array.isArray(part) ? path : `${path}.results`;
      const list = name ?? listOf(f, results, base);
      if (list === undefined) continue; // an empty list of unknown kind adds nothing
      results.forEach((r, i) => {
        const value = asObject(r);
        if (!value) throw new ImportError(f.name, `${base}[${i}]`, `a ${list.slice(0, -1)} object`);
        lists[list].push({ value, at: `${f.name} ${base}[${i}]` });
      });
      counted[list] += typeof page?.count === 'number' ? page.count : results.length;
    }
  }
  for (const n of NAMES)
    if (counted[n] > lists[n].length)
      lists.missing.push(`${n}: NetBox counted ${counted[n]}, the files hold ${lists[n].length} (export every page: follow "next", or ask with ?limit=0)`);
  return lists;
}

function listOf(f: ImportFile, results: unknown[], base: string): ListName | undefined {
  const first = asObject(results[0]);
  if (!first) {
    if (results.length === 0) return undefined;
    throw new ImportError(f.name, `${base}[0]`, 'a NetBox object');
  }
  if ('a_terminations' in first || 'b_terminations' in first) return 'cables';
  if ('device_type' in first) return 'devices';
  if ('device' in first) return 'interfaces';
  throw new ImportError(f.name, `${base}[0]`, 'a NetBox device (with device_type), interface (with device) or cable (with a_terminations)');
}
