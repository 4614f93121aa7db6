/**
 * A small builder for plant scenarios: switches, devices on their uplinks, a WAN to a cloud.
 * The industry scenarios are written with it (scripts/make-industry.ts) and the app can use it.
 */
import type { LinkJson, NodeJson, NodeType, ScenarioJson } from '../scenario/schema.ts';
import { idIndex } from './idIndex.ts';

export type SwitchKind = 'unmanaged' | 'managed';

/** Switch settings by kind. Unmanaged: one FIFO, ignores priority; latency and buffer are assumptions for an entry-level store-and-forward switch. */
const SWITCH: Record<SwitchKind, Record<string, unknown>> = {
  unmanaged: { latency: '8 us', queueLimit: 500, scheduler: 'fifo' },
  managed: { latency: '4 us', queueLimit: 2000, scheduler: 'strict' },
};

export class PlantBuilder {
  readonly doc: ScenarioJson;

  constructor(o: { name: string; description: string; industry: string; duration: string; warmup?: string; seed?: number }) {
    this.doc = {
      $schema: '../../schema/netloom.scenario.v1.schema.json',
      format: 'netloom.scenario/v1',
      name: o.name,
      description: o.description,
      industry: o.industry,
      nodes: [],
      links: [],
      flows: [],
      simulation: { duration: o.duration, warmup: o.warmup ?? '0.2 s', seed: o.seed ?? 1 },
    };
  }

  private add(n: NodeJson): void {
    const nodes = idIndex(this.doc.nodes);
    if (nodes.get(n.id) !== undefined) throw new Error(`PlantBuilder: duplicate node ${n.id}`);
    this.doc.nodes.push(n);
    nodes.added(n);
  }

  switch(id: string, at: [number, number], kind: SwitchKind = 'unmanaged', label?: string): this {
    this.add({ id, type: 'switch', position: [at[0], at[1], 0], switch: { ...SWITCH[kind] }, ...(label ? { label } : {}) });
    return this;
  }

  node(id: string, type: NodeType, at: [number, number], extra: Partial<NodeJson> = {}): this {
    this.add({ id, type, position: [at[0], at[1], 0], ...extra });
    return this;
  }

  link(from: string, to: string, rate: string, o: { length?: string; medium?: 'copper' | 'fiber' | 'wireless'; delay?: string } = {}): this {
    const l: LinkJson = { from, to, rate };
    if (o.delay) l.delay = o.delay;
    else if (o.length) l.length = o.length;
    if (o.medium) l.medium = o.medium;
    this.doc.links.push(l);
    return this;
  }

  /** A device and its uplink to a switch. */
  device(
    id: string,
    type: NodeType,
    at: [number, number],
    uplink: string,
    rate = '100 Mb/s',
    o: { length?: string; medium?: 'copper' | 'fiber'; extra?: Partial<NodeJson> } = {},
  ): this {
    this.node(id, type, at, o.extra);
    return this.link(id, uplink, rate, { length: o.length ?? '15 m', medium: o.medium });
  }

  /** A cloud region behind the plant's WAN router. */
  cloud(id: string, via: string, o: { wanRate: string; wanDelay: string; at: [number, number]; compute?: Record<string, unknown> }): this {
    this.node(`${id}-WAN`, 'router', [o.at[0], o.at[1] - 4], { label: 'WAN router' });
    this.link(`${id}-WAN`, via, '1 Gb/s', { length: '10 m' });
    this.node(id, 'cloud', o.at, { label: 'cloud region', compute: o.compute ?? {} });
    return this.link(id, `${id}-WAN`, o.wanRate, { delay: o.wanDelay });
  }
}
