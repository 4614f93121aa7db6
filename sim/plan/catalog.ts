/**
 * The upgrade catalog: what the planner may buy and what it costs. Every price here is a
 * DEFAULT, a round list-price estimate (USD, 2026) for budgeting, not a quote: edit them for
 * your plant (`netloom plan --catalog FILE` with the same shape, any subset of fields).
 */
import { z } from 'zod';
import { checkStructure } from '../scenario/checkStructure.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { fromZodIssues } from '../scenario/zodIssues.ts';

export const catalogSchema = z.strictObject({
  currency: z.string().optional(),
  /** link rate tiers, ascending, and the cost of bringing one link (both ends + labour) to each */
  linkTiers: z
    .array(z.strictObject({ rate: z.string(), cost: z.number().nonnegative(), label: z.string().optional() }))
    .min(1)
    .optional(),
  /** the same for WAN links (a link to a cloud node): the cost of the circuit over the planning horizon */
  wanTiers: z
    .array(z.strictObject({ rate: z.string(), cost: z.number().nonnegative(), label: z.string().optional() }))
    .min(1)
    .optional(),
  /** copper runs longer than this cannot carry the faster tiers and must become fiber */
  copperMaxLength: z.number().positive().optional(),
  /** converting one link from copper to fiber (transceivers, cable, pulling), plus per metre */
  fiberPerLink: z.number().nonnegative().optional(),
  fiberPerMetre: z.number().nonnegative().optional(),
  /** switch models a switch can be replaced with */
  switchModels: z
    .array(
      z.strictObject({
        id: z.string(),
        label: z.string(),
        cost: z.number().nonnegative(),
        latency: z.string(),
        queueLimit: z.number().int().positive(),
        scheduler: z.enum(['strict', 'fifo']),
        /** 802.1Qbv: the model can hold gate control lists (a gate schedule) */
        gates: z.boolean().optional(),
      }),
    )
    .optional(),
  /** computing and deploying a gate schedule (engineering, on top of the switches it needs): free by default */
  tsnSchedule: z.number().nonnegative().optional(),
  /** configuring a flow's 802.1Q priority on managed switches: configuration work, free by default */
  priorityChange: z.number().nonnegative().optional(),
  /** an explicit route over existing links: configuration, free by default */
  reroute: z.number().nonnegative().optional(),
  /** one more accelerator server at an existing compute node */
  gpuServer: z.number().nonnegative().optional(),
  /** a new edge GPU server (one accelerator) placed at a switch, with its 10 Gb/s uplink */
  edgeServer: z.number().nonnegative().optional(),
  edgeServerUplink: z.string().optional(),
  /** a new link between two switches for a shorter or redundant path */
  newLinkRate: z.string().optional(),
  newLink: z.number().nonnegative().optional(),
  /** replacing a Wi-Fi access point with a Wi-Fi 7 one: its stations' PHY rates double, up to wifiMaxRate */
  wifiAp: z.number().nonnegative().optional(),
  wifiMaxRate: z.string().optional(),
  /** configuring a 5G cell for URLLC (configured grant, shorter slots): licence and integration */
  cellUrllc: z.number().nonnegative().optional(),
});

export type CatalogInput = z.input<typeof catalogSchema>;

export interface SwitchModel {
  id: string;
  label: string;
  cost: number;
  latency: string;
  queueLimit: number;
  scheduler: 'strict' | 'fifo';
  gates?: boolean;
}

export interface Catalog {
  currency: string;
  linkTiers: { rate: string; cost: number; label?: string }[];
  wanTiers: { rate: string; cost: number; label?: string }[];
  copperMaxLength: number;
  fiberPerLink: number;
  fiberPerMetre: number;
  switchModels: SwitchModel[];
  tsnSchedule: number;
  priorityChange: number;
  reroute: number;
  gpuServer: number;
  edgeServer: number;
  edgeServerUplink: string;
  newLinkRate: string;
  newLink: number;
  wifiAp: number;
  wifiMaxRate: string;
  cellUrllc: number;
}

export const DEFAULT_CATALOG: Catalog = {
  currency: 'USD',
  linkTiers: [
    { rate: '100 Mb/s', cost: 150, label: 'Fast Ethernet' },
    { rate: '1 Gb/s', cost: 400, label: 'Gigabit Ethernet' },
    { rate: '2.5 Gb/s', cost: 900, label: '2.5GBASE-T' },
    { rate: '10 Gb/s', cost: 2500, label: '10 GbE' },
  ],
  wanTiers: [
    { rate: '100 Mb/s', cost: 10800, label: 'dedicated internet access, 3 years' },
    { rate: '1 Gb/s', cost: 32400, label: 'dedicated internet access, 3 years' },
    { rate: '10 Gb/s', cost: 97200, label: 'dedicated internet access, 3 years' },
  ],
  copperMaxLength: 100, // metres: the reach of twisted-pair Ethernet (IEEE 802.3 BASE-T)
  fiberPerLink: 800,
  fiberPerMetre: 4,
  switchModels: [
    { id: 'managed', label: 'managed industrial switch (802.1Q priorities)', cost: 2500, latency: '4 us', queueLimit: 2000, scheduler: 'strict' },
    { id: 'tsn', label: 'TSN-capable industrial switch (802.1Qbv gates)', cost: 6000, latency: '1 us', queueLimit: 4000, scheduler: 'strict', gates: true },
  ],
  tsnSchedule: 0,
  priorityChange: 0,
  reroute: 0,
  gpuServer: 15000,
  edgeServer: 22000,
  edgeServerUplink: '10 Gb/s',
  newLinkRate: '10 Gb/s',
  newLink: 3500,
  wifiAp: 1800,
  wifiMaxRate: '2.4 Gb/s',
  cellUrllc: 5000,
};

/** The default catalog with the user's fields over it; a ScenarioError naming each bad field otherwise. */
export function resolveCatalog(input: unknown = {}): Catalog {
  const shape = checkStructure(input);
  if (shape.length > 0) throw new ScenarioError(shape);
  const parsed = catalogSchema.safeParse(input);
  if (!parsed.success) throw new ScenarioError(fromZodIssues(parsed.error.issues, input, () => Object.keys(DEFAULT_CATALOG)));
  const c = parsed.data;
  const out = { ...DEFAULT_CATALOG };
  for (const [k, v] of Object.entries(c)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
