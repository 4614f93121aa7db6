/**
 * Import a plant's traffic from a pcap or pcapng capture into a scenario: one `trace` flow per
 * source/destination (MAC, IP), PCP and EtherType, between the nodes the scenario's `addresses`
 * and the --map name (the map wins). The host reads the file; nothing here touches a file system.
 * The scenario written must pass `validate`.
 */
import { ImportError } from '../io/ImportError.ts';
import type { ImportResult, Note } from '../io/ImportResult.ts';
import { captureGroups, traceFlow } from '../io/pcap/captureFlows.ts';
import { LINKTYPE_ETHERNET, LINKTYPE_PPP } from '../io/pcap/decodeFrame.ts';
import { type CaptureFile, readCapture } from '../io/pcap/readCapture.ts';
import { formatIssue } from '../scenario/errors.ts';
import { validateScenario } from '../scenario/load.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

export type { CaptureFile } from '../io/pcap/readCapture.ts';

/** `map`: a MAC ("02:00:00:00:00:01", any case) or IPv4 address → a node of `scenario`, over the nodes' own `addresses` */
/** `fit`: each flow's pattern fitted (periodic, CBR, bursts, Poisson) instead of its trace */
export function importTraffic(scenario: ScenarioJson, file: CaptureFile, map: ReadonlyMap<string, string>, fit = false): ImportResult {
  const nodes = new Set(scenario.nodes.map((n) => n.id));
  const nodeOf = new Map<string, string>();
  for (const n of scenario.nodes) for (const address of n.addresses ?? []) nodeOf.set(address.toLowerCase(), n.id);
  const byAddress = nodeOf.size;
  for (const [address, node] of map) {
    if (!nodes.has(node)) throw new ImportError('--map', address, `a node of the scenario, not "${node}"`);
    nodeOf.set(address.toLowerCase(), node);
  }
  const capture = readCapture(file);
  if (capture.linkType !== LINKTYPE_ETHERNET && capture.linkType !== LINKTYPE_PPP)
    throw new ImportError(file.name, 'link type', `an Ethernet (LINKTYPE 1) or PPP (9) capture, not link type ${capture.linkType}`);
  const mapped: Note[] = [];
  if (byAddress > 0)
    mapped.push({
      source: file.name,
      what: `${byAddress} addresses of the scenario's nodes name the ends they match${map.size ? `; --map over them for ${map.size}` : ''}`,
    });
  const assumed: Note[] = [
    {
      source: file.name,
      what: 'each packet sent at its capture time (a capture sees a packet when its transmission starts, not when the application emitted it)',
    },
  ];
  const groups = captureGroups(file.name, capture, nodeOf, mapped, assumed);
  if (groups.length === 0)
    throw new ImportError(
      file.name,
      '',
      `packets between two mapped nodes; give the nodes their \`addresses\`, or --map MAC=NODE for the ends (${capture.packets.length} packets, none mapped)`,
    );
  const ids = new Set([...nodes, ...(scenario.flows ?? []).map((f) => f.id)]);
  const flows = [...(scenario.flows ?? [])];
  for (const g of groups) {
    const base = `${g.frame.kind}-${g.from}-${g.to}`;
    let id = base;
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    ids.add(id);
    flows.push(traceFlow(id, g, file.name, assumed, fit));
  }
  const out = { ...scenario, flows };
  const issues = validateScenario(out);
  if (issues.length > 0) throw new Error(`the capture import wrote an invalid scenario: ${issues.slice(0, 3).map(formatIssue).join('; ')}`);
  return { scenario: out, mapped, assumed };
}
