import * as THREE from 'three';
import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import type { Position } from '../../sim/api/index.ts';
import { plantHierarchy } from '../model/plantHierarchy.ts';
import { DeviceLayer, LARGE } from './DeviceLayer.ts';
import type { PlantData } from './PlantData.ts';
import { toWorld } from './toWorld.ts';

function data(devices: number): PlantData {
  const scenario = makePlant({ devices });
  const positions = new Map(scenario.nodes.map((n) => [n.id, n.position as Position]));
  return {
    scenario,
    positions,
    routes: new Map(),
    selection: { nodes: [], links: [] } as unknown as PlantData['selection'],
    margins: null,
    utilization: null,
    dark: false,
    plan: null,
  };
}

/** A ray straight down onto a device's top. */
function downOnto(d: PlantData, id: string): THREE.Raycaster {
  const p = toWorld(d.positions.get(id)!);
  return new THREE.Raycaster(new THREE.Vector3(p.x, 50, p.z), new THREE.Vector3(0, -1, 0));
}

describe('DeviceLayer', () => {
  test('a large plant: devices in spatial chunks, one block per cell; blocks from afar, devices on zoom', () => {
    const d = data(5000);
    const layer = new DeviceLayer();
    layer.build(d);
    const devices = d.scenario.nodes.length;
    expect(devices).toBeGreaterThan(LARGE);
    const { chunks, blocks } = layer.stats();
    expect(chunks).toBeGreaterThanOrEqual(Math.ceil(devices / 400));
    expect(blocks).toBe(plantHierarchy(d.scenario).filter((g) => g.leaf).length);
    const camera = new THREE.PerspectiveCamera();
    const target = new THREE.Vector3();
    camera.position.set(0, 100, 0);
    expect(layer.updateLod(camera, target, 120)).toBe(true); // 100 < 0.35 × 120? no: far
    expect(layer.stats().near).toBe(false);
    camera.position.set(0, 10, 0);
    expect(layer.updateLod(camera, target, 120)).toBe(true);
    expect(layer.stats().near).toBe(true);
    expect(layer.updateLod(camera, target, 120)).toBe(false); // unchanged: nothing to redraw
  });

  test('a click maps back to the device under it, whichever chunk holds it; from afar, to its cell', () => {
    const d = data(5000);
    const layer = new DeviceLayer();
    layer.build(d);
    for (const id of ['C1-PLC', 'C20-DRV2', d.scenario.nodes.at(-1)!.id]) expect(layer.pick(downOnto(d, id))).toEqual({ device: id });
    layer.updateLod(new THREE.PerspectiveCamera().translateY(1000), new THREE.Vector3(), 100);
    expect(layer.pick(downOnto(d, 'C20-DRV2'))).toMatchObject({ cell: expect.any(THREE.Vector3) });
  });

  test('a small plant has no blocks and always shows its devices', () => {
    const layer = new DeviceLayer();
    layer.build(data(100));
    expect(layer.updateLod(new THREE.PerspectiveCamera().translateY(1e4), new THREE.Vector3(), 1)).toBe(false);
    expect(layer.stats()).toMatchObject({ blocks: 0, near: true });
  });
});
