/**
 * Import PROFINET devices from their GSDML files: a folder of them → a device catalog, or the
 * devices added to a scenario as IO devices of a controller, each with its two cyclic PROFINET RT
 * flows (inputs to the controller, outputs from it). The host reads the files; nothing here touches a
 * file system. What an import writes must be a scenario `validate` accepts.
 */
import { ImportError } from '../io/ImportError.ts';
import type { ImportFile, Note } from '../io/ImportResult.ts';
import { catalogDevice } from '../io/gsdml/catalogDevice.ts';
import type { CatalogDevice, DeviceCatalog } from '../io/gsdml/DeviceCatalog.ts';
import { readGsdml } from '../io/gsdml/readGsdml.ts';
import { formatIssue } from '../scenario/errors.ts';
import { validateScenario } from '../scenario/load.ts';
import { FORWARDING_TYPES, type Position, type ScenarioJson } from '../scenario/schema.ts';

export type { CatalogDevice, DeviceCatalog } from '../io/gsdml/DeviceCatalog.ts';

/** assumed for the cable of an added device: PROFINET devices' ports are 100BASE-TX */
const DEVICE_RATE = '100 Mb/s';

export function importDeviceCatalog(files: readonly ImportFile[]): { catalog: DeviceCatalog; mapped: Note[]; assumed: Note[] } {
  const mapped: Note[] = [];
  const assumed: Note[] = [];
  const devices = files.map((f) => catalogDevice(readGsdml(f, assumed), mapped, assumed));
  const seen = new Map<string, number>();
  for (const d of devices) {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    if (n > 1) d.id = `${d.id}-${n}`;
  }
  return { catalog: { format: 'netloom.devices/v1', devices }, mapped, assumed };
}

/**
 * The devices of `files` added to `scenario` as IO devices of `controller`: each cabled to the
 * controller's switch (its first forwarding neighbour; the controller itself when it has none).
 */
export function addDevices(
  scenario: ScenarioJson,
  files: readonly ImportFile[],
  controller: string,
): { scenario: ScenarioJson; mapped: Note[]; assumed: Note[] } {
  const { catalog, mapped, assumed } = importDeviceCatalog(files);
  const plc = scenario.nodes.find((n) => n.id === controller);
  if (!plc)
    throw new ImportError(
      '--attach',
      '',
      `a node of the scenario, not "${controller}" (nodes: ${scenario.nodes
        .slice(0, 8)
        .map((n) => n.id)
        .join(', ')}…)`,
    );
  let out = scenario;
  for (const d of catalog.devices) out = placeDevice(out, d, controller, assumed).scenario;
  const issues = validateScenario(out);
  if (issues.length > 0) throw new Error(`the GSDML import wrote an invalid scenario: ${issues.slice(0, 3).map(formatIssue).join('; ')}`);
  return { scenario: out, mapped, assumed };
}

/**
 * One catalog device added to `scenario` as an IO device of `controller` (which must be one of its
 * nodes), cabled to the controller's switch (its first forwarding neighbour; the controller itself
 * when it has none), with its two cyclic flows; `position` where the app places it. What this
 * chose is added to `assumed`. Returns the new node's id and its flows' ids.
 */
export function placeDevice(
  scenario: ScenarioJson,
  d: CatalogDevice,
  controller: string,
  assumed: Note[] = [],
  position?: Position,
): { scenario: ScenarioJson; id: string; flows: string[] } {
  const types = new Map(scenario.nodes.map((n) => [n.id, n.type]));
  const neighbours = scenario.links.flatMap((l) => (l.from === controller ? [l.to] : l.to === controller ? [l.from] : []));
  const port = neighbours.find((n) => FORWARDING_TYPES.has(types.get(n) ?? '')) ?? controller;
  const ids = new Set([...scenario.nodes.map((n) => n.id), ...(scenario.flows ?? []).map((f) => f.id)]);
  const unique = (id: string) => {
    let out = id;
    for (let i = 2; ids.has(out); i++) out = `${id}-${i}`;
    ids.add(out);
    return out;
  };
  const id = unique(d.id);
  const description = `${d.vendor}, ${d.family}, conformance class ${d.conformanceClass} (${d.file})`;
  const node = { id, type: d.type, label: d.name, description, ...(position ? { position } : {}) };
  const flows = [cyclic(unique(`${id}-in`), id, controller, d, d.inputSize), cyclic(unique(`${id}-out`), controller, id, d, d.outputSize)];
  assumed.push({ source: d.file, what: `${id} cabled to ${port} at ${DEVICE_RATE}` });
  assumed.push({ source: d.file, what: `${id}'s cyclic flows must arrive within one cycle (${d.cycle})` });
  if (d.needsTsn)
    assumed.push({ source: d.file, what: `${id} is conformance class ${d.conformanceClass}: give its switches a 802.1Qbv schedule (netloom schedule)` });
  return {
    scenario: {
      ...scenario,
      nodes: [...scenario.nodes, node],
      links: [...scenario.links, { from: id, to: port, rate: DEVICE_RATE }],
      flows: [...(scenario.flows ?? []), ...flows],
    },
    id,
    flows: flows.map((f) => f.id),
  };
}

function cyclic(id: string, from: string, to: string, d: CatalogDevice, size: number) {
  return {
    id,
    from,
    to,
    size: `${size} B`,
    priority: 6,
    protocol: 'profinet-rt' as const,
    pattern: { type: 'periodic' as const, period: d.cycle },
    requirement: { latency: d.cycle },
  };
}
