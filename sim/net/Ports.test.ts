import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Kernel } from '../core/Kernel.ts';
import { Rng } from '../core/Rng.ts';
import type { Ps } from '../core/SimTime.ts';
import { flowRoutes } from '../engine/engineRoutes.ts';
import { loadScenario } from '../scenario/load.ts';
import type { Model } from '../scenario/model.ts';
import { PacketPool } from './PacketPool.ts';
import { Ports } from './Ports.ts';
import { Routes } from './Routes.ts';

const example = (name: string) => loadScenario(JSON.parse(readFileSync(new URL(`../../scenarios/examples/${name}.json`, import.meta.url), 'utf8')));

function ports(model: Model, kernel = new Kernel()): Ports {
  const routes = new Routes(flowRoutes(model), (p) => model.links[p >> 1].mtu);
  return new Ports({
    model,
    kernel,
    pool: new PacketPool(16),
    routes,
    rng: new Rng(1),
    window: { startPs: 0 as Ps, endPs: model.durationPs as Ps, binPs: 1e9, bins: 1 },
    onDrop: () => {},
    onArrive: () => {},
  });
}

describe('egress ports', () => {
  it('each medium registers its own event kinds with the kernel, and only the media the scenario uses', () => {
    const wireless = new Kernel();
    ports(example('wireless-agv'), wireless);
    expect(wireless.kinds).toEqual(['wire:arrive', 'wired:tx-end', 'wifi:access', 'wifi:end', 'cell:ready', 'cell:tx-end']);
    const tsn = new Kernel();
    ports(example('tsn-cell'), tsn);
    expect(tsn.kinds).toEqual(['wire:arrive', 'wired:tx-end', 'tsn:tx-end', 'tsn:wake']);
  });

  it('a second set of ports on one kernel is an error when it is built, not a silent collision', () => {
    const kernel = new Kernel();
    const model = example('tsn-cell');
    ports(model, kernel);
    expect(() => ports(model, kernel)).toThrow('event kind "wire:arrive" is registered twice');
  });
});
