/**
 * What the results rest on besides the scenario's own figures: each model default the scenario
 * leaves in place (how many nodes, links or flows rely on it, and where the default comes from),
 * and the workload templates' defaults with their published sources ("assumption" where no cited
 * figure exists).
 */
import { FORWARDING_TYPES, type ScenarioJson } from '../../scenario/schema.ts';
import { DEFAULT_MTU } from '../../scenario/compile.ts';
import { DEFAULT_SWITCH_QUEUE } from '../../scenario/compileNode.ts';
import { esc, section, table } from './html.ts';

interface ModelDefault {
  what: string;
  /** how many places of the scenario rely on it, and what they are */
  uses: (s: ScenarioJson) => [number, string];
  source: string;
}

const switches = (s: ScenarioJson) => s.nodes.filter((n) => FORWARDING_TYPES.has(n.type));

export const MODEL_DEFAULTS: ModelDefault[] = [
  {
    what: 'Ethernet framing: 14 B header + 4 B FCS (+ 4 B VLAN tag when priority-tagged), padded to 64 B, + 20 B preamble, SFD and inter-frame gap',
    uses: (s) => [s.links.filter((l) => l.framing === undefined).length, 'links'],
    source: 'IEEE 802.3 clause 3 (MAC frame) and clause 4 (inter-frame gap); IEEE 802.1Q clause 9 (VLAN tag)',
  },
  {
    what: `largest packet ${DEFAULT_MTU} B; larger ones are fragmented at the source`,
    uses: (s) => [s.links.filter((l) => l.mtu === undefined).length, 'links'],
    source: 'IEEE 802.3 maximum client data of a basic frame; RFC 894 (IP over Ethernet)',
  },
  {
    what: 'propagation speed from the cable length: copper 0.66 c, fiber 0.68 c',
    uses: (s) => [s.links.filter((l) => l.length !== undefined && l.delay === undefined).length, 'links'],
    source: 'assumption: typical velocity factors of Cat 6 twisted pair and single-mode fiber (cable datasheets)',
  },
  {
    what: 'egress scheduling: 8 strict-priority queues by PCP, FIFO within a class',
    uses: (s) => [switches(s).filter((n) => n.switch?.scheduler === undefined).length, 'switches'],
    source: 'IEEE 802.1Q clause 8.6.8.1 (strict priority transmission selection)',
  },
  {
    what: `egress queue limit ${DEFAULT_SWITCH_QUEUE} packets per port`,
    uses: (s) => [switches(s).filter((n) => n.switch?.queueLimit === undefined).length, 'switches'],
    source: 'assumption: a managed industrial switch buffers on the order of a thousand frames per port',
  },
  {
    what: 'forwarding latency 0 (store-and-forward only)',
    uses: (s) => [switches(s).filter((n) => n.switch?.latency === undefined).length, 'switches'],
    source: 'assumption: set the datasheet latency of your switch',
  },
  {
    what: 'priority 0 (best effort)',
    uses: (s) => [s.flows.filter((f) => f.priority === undefined).length, 'flows'],
    source: 'IEEE 802.1Q Table I-2: PCP 0 for untagged best-effort traffic',
  },
  {
    what: 'route: the shortest path by hops (ties broken by the order of the links)',
    uses: (s) => [s.flows.filter((f) => f.path === undefined).length, 'flows'],
    source: 'assumption: a spanning tree or shortest-path bridging (IEEE 802.1Q clause 13, 802.1aq); name a `path` to fix a route',
  },
  {
    what: 'packets in flight after the emission window may arrive for 1 s (drain)',
    uses: (s) => [s.simulation?.drain === undefined ? 1 : 0, 'simulation'],
    source: 'NetLoom default (DESIGN.md, simulation)',
  },
];

/** Figures by template, each with its source (sim/workloads DEFAULTS, handed in by the façade). */
export type CitedDefaults = Record<string, Record<string, { value: unknown; source: string }>>;

/** The templates' defaults as rows: template, figure, value, source. */
function templateRows(cited: CitedDefaults): string[][] {
  const rows: string[][] = [];
  for (const [template, figures] of Object.entries(cited))
    for (const [figure, cited] of Object.entries(figures))
      rows.push([esc(template), esc(figure), esc(typeof cited.value === 'string' ? cited.value : JSON.stringify(cited.value)), esc(cited.source)]);
  return rows;
}

export function assumptions(s: ScenarioJson, cited: CitedDefaults): string {
  const used = MODEL_DEFAULTS.map((d) => ({ d, use: d.uses(s) })).filter(({ use }) => use[0] > 0);
  const body = [
    s.description ? `<h3>The scenario</h3><p>${esc(s.description)}</p>` : '',
    '<h3>Model defaults the scenario relies on</h3>',
    used.length === 0
      ? '<p class="muted">None: the scenario sets every figure itself.</p>'
      : table(
          ['default', 'applies to', 'source'],
          used.map(({ d, use }) => [esc(d.what), `${use[0].toLocaleString('en-US')} ${esc(use[1])}`, esc(d.source)]),
          [1],
        ),
    '<h3>Workload template defaults</h3>',
    '<p class="muted">The figures NetLoom\'s workload templates start from, each with its source; ' +
      'a scenario built from a template carries them unless it sets its own.</p>',
    table(['template', 'figure', 'value', 'source'], templateRows(cited)),
  ];
  return section('assumptions', 'Assumptions and sources', body.join('\n'), true);
}
