/**
 * Collects the devices and links an importer reads, then writes the scenario: one node per
 * device, one link per pair of devices (a link seen from both ends, or twice, is kept once), every
 * id made valid, and each device whose type the file does not give assumed from its links (a
 * device with two or more links forwards: a switch; one with one link is an end point: a host).
 */
import { FORMAT, type LinkJson, type NodeJson, type NodeType, type ScenarioJson } from '../scenario/schema.ts';
import type { ImportResult, Note } from './ImportResult.ts';
import { rateText } from './parseSpeed.ts';

/** assumed for a link whose speed the file does not give */
export const DEFAULT_RATE = 1e9;

export interface Device {
  type?: NodeType;
  label?: string;
  description?: string;
  position?: [number, number, number];
  group?: string;
  /** MAC and IP addresses, normalized (sim/io/address.ts) */
  addresses?: string[];
}

export interface Link {
  from: string;
  to: string;
  /** bit/s; undefined when the file does not say */
  rate?: number;
  length?: string;
  /** the propagation speed of `length` (copper and fiber are written only with a length) */
  medium?: 'copper' | 'fiber' | 'wireless';
  label?: string;
}

export class TopologyBuilder {
  readonly mapped: Note[] = [];
  readonly assumed: Note[] = [];
  private readonly devices = new Map<string, Device & { source: string }>();
  private readonly links = new Map<string, Link & { source: string }>();

  map(source: string, what: string): void {
    this.mapped.push({ source, what });
  }

  assume(source: string, what: string): void {
    this.assumed.push({ source, what });
  }

  has(name: string): boolean {
    return this.devices.has(name);
  }

  /** Adds a device, or fills in what an earlier mention of it left unknown. */
  device(name: string, d: Device, source: string): void {
    const old = this.devices.get(name);
    if (!old) {
      this.devices.set(name, { ...d, source });
      return;
    }
    old.type ??= d.type;
    old.label ??= d.label;
    old.description ??= d.description;
    old.position ??= d.position;
    old.group ??= d.group;
    if (d.addresses?.length) old.addresses = [...new Set([...(old.addresses ?? []), ...d.addresses])];
  }

  /** Removes the devices no link reaches, each with a note (a NetBox PDU, a patch panel): they carry no traffic. */
  dropUnlinked(why: string): void {
    const linked = new Set([...this.links.values()].flatMap((l) => [l.from, l.to]));
    for (const [name, d] of this.devices)
      if (!linked.has(name)) {
        this.devices.delete(name);
        this.assume(d.source, `${name}: ${why}: left out`);
      }
  }

  /** Adds a link between two devices (adding them if unknown); the same pair again merges into it. */
  link(given: Link, source: string): void {
    const l = { ...given };
    if (l.from === l.to) {
      this.assume(source, `${l.from} linked to itself: left out`);
      return;
    }
    // a rate of 0, below 1 b/s or past any link (a bandwidth "0" or "1e400") is no rate a link can have
    if (l.rate !== undefined && !(l.rate >= 1 && l.rate <= 1e15)) {
      this.assume(source, `${l.from}–${l.to}: rate ${l.rate} b/s is no line rate → left to the default`);
      l.rate = undefined;
    }
    for (const end of [l.from, l.to]) if (!this.devices.has(end)) this.device(end, {}, source);
    const key = [l.from, l.to].sort().join('\u0000');
    const old = this.links.get(key);
    if (!old) {
      this.links.set(key, { ...l, source });
      return;
    }
    this.map(source, `${l.from}–${l.to} seen again (first at ${old.source}): one link`);
    if (old.rate !== undefined && l.rate !== undefined && old.rate !== l.rate) {
      this.assume(
        source,
        `${l.from}–${l.to} is also at ${old.source} with ${rateText(old.rate)}; ${rateText(Math.min(old.rate, l.rate))} kept (the slower end sets the rate)`,
      );
      old.rate = Math.min(old.rate, l.rate);
    } else old.rate ??= l.rate;
    old.length ??= l.length;
    old.medium ??= l.medium;
    old.label ??= l.label;
  }

  finish(name: string): ImportResult {
    const ids = this.ids();
    const degree = new Map<string, number>();
    for (const l of this.links.values()) for (const end of [l.from, l.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const nodes: NodeJson[] = [...this.devices].map(([device, d]) => {
      let type = d.type;
      if (type === undefined) {
        const n = degree.get(device) ?? 0;
        type = n >= 2 ? 'switch' : 'host';
        this.assume(d.source, `${device}: type unknown; ${n} link${n === 1 ? '' : 's'} → ${type}`);
      }
      const id = ids.get(device) ?? device;
      const addresses = d.addresses?.length ? d.addresses : undefined;
      return clean({
        id,
        type,
        label: d.label ?? (id === device ? undefined : device),
        description: d.description,
        position: d.position,
        group: d.group,
        addresses,
      });
    });
    const links: LinkJson[] = [...this.links.values()].map((l) => {
      if (l.rate === undefined) this.assume(l.source, `${l.from}–${l.to}: speed not given → ${rateText(DEFAULT_RATE)}`);
      const from = ids.get(l.from) ?? l.from;
      const to = ids.get(l.to) ?? l.to;
      return clean({
        from,
        to,
        rate: rateText(l.rate ?? DEFAULT_RATE),
        length: l.length,
        medium: l.length === undefined && l.medium !== 'wireless' ? undefined : l.medium,
        label: l.label,
      });
    });
    const scenario: ScenarioJson = { format: FORMAT, name, nodes, links, flows: [] };
    return { scenario, mapped: this.mapped, assumed: this.assumed };
  }

  /** Device names → scenario ids: spaces become "_", and a clash gets "~2", "~3"… (each noted). */
  private ids(): Map<string, string> {
    const ids = new Map<string, string>();
    const taken = new Set<string>();
    for (const [device, d] of this.devices) {
      const base = device.trim().replace(/\s+/g, '_') || 'device';
      let id = base;
      for (let i = 2; taken.has(id); i++) id = `${base}~${i}`;
      taken.add(id);
      ids.set(device, id);
      if (id !== device) this.assume(d.source, `device "${device}" → id ${id} (ids have no spaces and are unique)`);
    }
    return ids;
  }
}

/** The object without its undefined fields (the scenario is written as JSON, tests compare it whole). */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
