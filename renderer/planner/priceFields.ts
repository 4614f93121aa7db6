/**
 * The catalog's editable figures, grouped as a buyer reads them, each with the default it
 * replaces. Prices are the catalog's DEFAULTS (round list-price estimates, not quotes) until
 * the user types their own.
 */
import { getIn, type JsonPath, pathString } from '../model/setIn.ts';
import { type Catalog, DEFAULT_CATALOG } from '../../sim/api/index.ts';

export interface PriceField {
  path: JsonPath;
  label: string;
  unit: 'money' | 'money/m' | 'm';
  /** the default at this path, undefined when the catalog has no such entry (a custom tier) */
  default: number | undefined;
}

export interface PriceGroup {
  title: string;
  hint: string;
  fields: PriceField[];
}

const field = (path: JsonPath, label: string, unit: PriceField['unit'] = 'money'): PriceField => {
  const d = getIn(DEFAULT_CATALOG, path);
  return { path, label, unit, default: typeof d === 'number' ? d : undefined };
};

/** Labels of prices the catalog may have beyond the ones grouped below (read by key: the catalog grows). */
const MORE_LABELS: Record<string, string> = {
  wifiAp: 'a Wi-Fi 7 access point in place of an older one',
  cellUrllc: 'a 5G cell configured for URLLC',
};

export function priceGroups(c: Catalog): PriceGroup[] {
  const groups = knownGroups(c);
  const covered = new Set(groups.flatMap((g) => g.fields.map((f) => String(f.path[0]))));
  const more = Object.entries(c)
    .filter(([k, v]) => typeof v === 'number' && !covered.has(k))
    .map(([k]) => field([k], MORE_LABELS[k] ?? k));
  return more.length ? [...groups, { title: 'More', hint: 'Other upgrades the planner may propose.', fields: more }] : groups;
}

function knownGroups(c: Catalog): PriceGroup[] {
  const tier = (t: Catalog['linkTiers'][number]) => `${t.rate}${t.label ? ` · ${t.label}` : ''}`;
  // a tier's default is the default tier of the same rate, wherever it sits in the list
  const tierField = (list: 'linkTiers' | 'wanTiers', t: Catalog['linkTiers'][number], i: number): PriceField => {
    const d = DEFAULT_CATALOG[list].find((x) => x.rate === t.rate);
    return { path: [list, i, 'cost'], label: tier(t), unit: 'money', default: d?.cost };
  };
  return [
    { title: 'Link speed', hint: 'Bringing one link (both ends and labour) to this rate.', fields: c.linkTiers.map((t, i) => tierField('linkTiers', t, i)) },
    {
      title: 'WAN circuits',
      hint: 'A link to a cloud node: the circuit over the planning horizon.',
      fields: c.wanTiers.map((t, i) => tierField('wanTiers', t, i)),
    },
    {
      title: 'Copper → fiber',
      hint: 'Copper runs longer than the reach cannot carry the faster tiers and become fiber.',
      fields: [
        field(['fiberPerLink'], 'per link (transceivers, pulling)'),
        field(['fiberPerMetre'], 'per metre of cable', 'money/m'),
        field(['copperMaxLength'], 'copper reach', 'm'),
      ],
    },
    {
      title: 'Switch replacement',
      hint: 'Replacing a switch with one of these models.',
      fields: c.switchModels.map((m, i) => {
        const d = DEFAULT_CATALOG.switchModels.find((x) => x.id === m.id);
        return { path: ['switchModels', i, 'cost'], label: m.label, unit: 'money', default: d?.cost };
      }),
    },
    {
      title: 'Configuration',
      hint: 'Changes made on managed switches: free by default, the planner tries them first.',
      fields: [field(['priorityChange'], 'a flow’s 802.1Q priority'), field(['reroute'], 'an explicit route for a flow')],
    },
    {
      title: 'Compute',
      hint: 'Inference capacity: more accelerators where a model runs, or a new edge server nearer the cameras.',
      fields: [
        field(['gpuServer'], 'one more accelerator server'),
        field(['edgeServer'], `a new edge GPU server at a switch (with its ${c.edgeServerUplink} uplink)`),
      ],
    },
    { title: 'New links', hint: 'A shorter or redundant path between two switches.', fields: [field(['newLink'], `a new ${c.newLinkRate} link`)] },
  ];
}

/** Figures that differ from their default. */
export function editedPrices(c: Catalog): string[] {
  return priceGroups(c)
    .flatMap((g) => g.fields)
    .filter((f) => f.default !== undefined && getIn(c, f.path) !== f.default)
    .map((f) => pathString(f.path));
}

/** A typed figure, or why it cannot be used. */
export function parsePrice(text: string): { value: number } | { error: string } {
  const t = text.replace(/[$,\s]/g, '');
  if (t === '') return { error: 'Enter a number (0 for free).' };
  const v = Number(t);
  if (!Number.isFinite(v)) return { error: `Not a number: ${JSON.stringify(text.trim())}` };
  if (v < 0) return { error: 'A price cannot be negative.' };
  return { value: v };
}
