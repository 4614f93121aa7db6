import * as THREE from 'three';
import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import type { Position } from '../../sim/api/index.ts';
import { plantHierarchy } from '../model/plantHierarchy.ts';
import { DeviceLayer, LARGE, MAX_OPEN } from './DeviceLayer.ts';
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

/** A camera `height` above a device. */
function above(d: PlantData, id: string, height: number): THREE.PerspectiveCamera {
  const camera = new THREE.PerspectiveCamera();
  camera.position.copy(toWorld(d.positions.get(id)!)).setY(height);
  return camera;
}

describe('DeviceLayer', () => {
  test('a large plant: one block per cell from afar; near the camera at most MAX_OPEN cells open, the nearest', () => {
    const d = data(5000);
    const layer = new DeviceLayer();
    layer.build(d);
    expect(d.scenario.nodes.length).toBeGreaterThan(LARGE);
    const cells = plantHierarchy(d.scenario).filter((g) => g.leaf).length;
    expect(layer.stats()).toMatchObject({ blocks: cells, open: 0, near: false });
    expect(layer.updateLod(above(d, 'C20-DRV2', 100), toWorld(d.positions.get('C20-DRV2')!), 120)).toBe(false); // 100 > 0.35 × 120: all closed
    expect(layer.updateLod(above(d, 'C20-DRV2', 10), toWorld(d.positions.get('C20-DRV2')!), 120)).toBe(true);
    const { open } = layer.stats();
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThanOrEqual(MAX_OPEN);
    expect(layer.pick(downOnto(d, 'C20-DRV2'))).toEqual({ device: 'C20-DRV2' }); // its cell is the nearest: open
    expect(layer.updateLod(above(d, 'C20-DRV2', 10), toWorld(d.positions.get('C20-DRV2')!), 120)).toBe(false); // unchanged: nothing to redraw
  });

  test('a light/dark switch recolours the cell blocks (they kept the old theme before), and keeps the open cells open', () => {
    const d = data(5000);
    const layer = new DeviceLayer();
    layer.build(d);
    layer.updateLod(above(d, 'C20-DRV2', 10), toWorld(d.positions.get('C20-DRV2')!), 120);
    const colours = () => [...((layer as unknown as { blocks: THREE.Mesh }).blocks.geometry.getAttribute('color').array as Float32Array).slice(0, 3)];
    const light = colours();
    const open = layer.stats().open;
    layer.setDark(true);
    expect(colours()).not.toEqual(light);
    expect(colours().reduce((a, b) => a + b)).toBeLessThan(light.reduce((a, b) => a + b)); // darker
    expect(layer.stats().open).toBe(open);
    layer.setDark(false);
    expect(colours()).toEqual(light);
  });

  test('a click maps back to the device under it in an open cell; a closed cell to its centre; a device outside any cell always', () => {
    const d = data(5000);
    const layer = new DeviceLayer();
    layer.build(d);
    const last = d.scenario.nodes.at(-1)!.id;
    for (const id of ['C1-PLC', 'C20-DRV2', last]) {
      layer.updateLod(above(d, id, 5), toWorld(d.positions.get(id)!), 100);
      expect(layer.pick(downOnto(d, id))).toEqual({ device: id });
    }
    layer.updateLod(above(d, 'C20-DRV2', 1000), toWorld(d.positions.get('C20-DRV2')!), 100);
    const block = layer.pick(downOnto(d, 'C20-DRV2')) as { cell: THREE.Vector3; size: number };
    expect(block).toMatchObject({ cell: expect.any(THREE.Vector3), size: expect.any(Number) });
    expect(layer.pick(downOnto(d, 'CORE'))).toEqual({ device: 'CORE' });
    // flying to the block of a plant seen from 2 km: close to the cell (by its size), which opens
    const whole = 2000;
    const distance = DeviceLayer.nearDistance(whole, block.size);
    expect(distance).toBeLessThan(DeviceLayer.nearDistance(whole) / 4); // not a fixed share of the whole plant
    const eye = new THREE.PerspectiveCamera();
    eye.position.copy(block.cell).setY(distance);
    layer.updateLod(eye, block.cell, whole);
    expect(layer.pick(downOnto(d, 'C20-DRV2'))).toEqual({ device: 'C20-DRV2' });
  });

  test("a cell's cables show with its devices; the cables between cells always", () => {
    const d = data(5000);
    const layer = new DeviceLayer();
    layer.build(d);
    const ribbon = (from: string, to: string) => {
      const [a, b] = [d.positions.get(from)!, d.positions.get(to)!];
      return { key: `${from}--${to}`, from, to, ax: a[0], az: a[1], bx: b[0], bz: b[1], y: 0.06, width: 0.14, color: '#888888' };
    };
    const inCell = d.scenario.links.find((l) => l.from === 'C20-DRV2' || l.to === 'C20-DRV2')!;
    const uplink = d.scenario.links.find((l) => (l.from === 'C20' || l.to === 'C20') && !l.from.startsWith('C20-') && !l.to.startsWith('C20-'))!;
    layer.setCables([ribbon(inCell.from, inCell.to), ribbon(uplink.from, uplink.to)]);
    const midway = (l: { from: string; to: string }) => {
      const [a, b] = [toWorld(d.positions.get(l.from)!), toWorld(d.positions.get(l.to)!)];
      const m = a.add(b).multiplyScalar(0.5);
      return new THREE.Raycaster(m.clone().setY(50), new THREE.Vector3(0, -1, 0));
    };
    layer.updateLod(above(d, 'C20-DRV2', 1000), toWorld(d.positions.get('C20-DRV2')!), 100);
    expect(layer.stats().cables).toBe(1);
    expect(layer.pick(midway(uplink))).toEqual({ link: `${uplink.from}--${uplink.to}` });
    layer.updateLod(above(d, 'C20-DRV2', 5), toWorld(d.positions.get('C20-DRV2')!), 100);
    expect(layer.stats().cables).toBe(2);
    expect(layer.pick(midway(inCell))).toMatchObject({ link: `${inCell.from}--${inCell.to}` });
  });

  test('a small plant has no blocks and always shows its devices', () => {
    const layer = new DeviceLayer();
    layer.build(data(100));
    expect(layer.updateLod(new THREE.PerspectiveCamera().translateY(1e4), new THREE.Vector3(), 1)).toBe(false);
    expect(layer.stats()).toMatchObject({ blocks: 0, near: true });
  });
});
