/**
 * The plant's devices in 3D at any size. Devices are merged boxes (mergedGeometry.ts: on
 * software WebGL one merged buffer draws faster than instancing) in spatial chunks of a few
 * hundred, so that three.js leaves out the chunks off screen when zoomed in. Past LARGE devices,
 * seen from afar, each cell (plantHierarchy's leaf groups) is one block and the devices are
 * hidden; zoomed in, a cell is a pad on the floor with its devices standing inside. A selected
 * flow's devices stand out in full colour while the rest dim.
 */
import * as THREE from 'three';
import { deviceInfo } from '../model/deviceTypes.ts';
import { plantHierarchy } from '../model/plantHierarchy.ts';
import { BOX_TRIANGLES, mergeBoxes } from './mergedGeometry.ts';
import type { PlantData } from './PlantData.ts';
import { toWorld } from './toWorld.ts';

/** devices past which the far view shows cells as blocks */
export const LARGE = 2000;
const CHUNK = 400;
/** closer than this fraction of the whole-plant distance, devices show */
const NEAR = 0.35;
const DIM = 0.3;

type Box = Parameters<typeof mergeBoxes>[0][number];

export class DeviceLayer {
  readonly group = new THREE.Group();
  private chunks: { mesh: THREE.Mesh; ids: string[] }[] = [];
  private blocks: THREE.Mesh | null = null;
  private pads: THREE.Mesh | null = null;
  private path: THREE.Mesh | null = null;
  private blockCentres: THREE.Vector3[] = [];
  private readonly deviceMat = new THREE.MeshLambertMaterial({ vertexColors: true });
  private readonly blockMat = new THREE.MeshLambertMaterial({ vertexColors: true });
  private readonly padMat = new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.45, depthWrite: false });
  private readonly pathMat = new THREE.MeshLambertMaterial({ vertexColors: true });
  private near = true;
  large = false;

  build(d: PlantData): void {
    this.clear();
    const items = d.scenario.nodes.flatMap((n) => {
      const p = d.positions.get(n.id);
      return p ? [{ id: n.id, box: boxOf(n.type, p) }] : [];
    });
    this.large = items.length > LARGE;
    // spatial chunks: sort by x in strips, then by z inside each strip
    const strips = Math.max(1, Math.round(Math.sqrt(items.length / CHUNK)));
    const byX = [...items].sort((a, b) => a.box.x - b.box.x);
    const per = Math.ceil(byX.length / strips);
    for (let s = 0; s < strips; s++) {
      const strip = byX.slice(s * per, (s + 1) * per).sort((a, b) => a.box.z - b.box.z);
      for (let i = 0; i < strip.length; i += CHUNK) {
        const part = strip.slice(i, i + CHUNK);
        const mesh = new THREE.Mesh(mergeBoxes(part.map((x) => x.box)), this.deviceMat);
        this.chunks.push({ mesh, ids: part.map((x) => x.id) });
        this.group.add(mesh);
      }
    }
    if (this.large) this.buildBlocks(d);
    this.setNear(true);
  }

  private buildBlocks(d: PlantData): void {
    const blocks: Box[] = [];
    const pads: Box[] = [];
    this.blockCentres = [];
    for (const g of plantHierarchy(d.scenario)) {
      if (!g.leaf) continue;
      const b = new THREE.Box3();
      for (const id of g.members) {
        const p = d.positions.get(id);
        if (p) b.expandByPoint(toWorld(p));
      }
      if (b.isEmpty()) continue;
      const c = b.getCenter(new THREE.Vector3());
      const size = b.getSize(new THREE.Vector3());
      const [w, dd] = [size.x + 2, size.z + 2];
      blocks.push({ x: c.x, z: c.z, base: 0, size: [w, 1.2, dd], color: d.dark ? '#5b6b80' : '#8a9bb0' });
      pads.push({ x: c.x, z: c.z, base: 0, size: [w, 0.04, dd], color: d.dark ? '#3a4756' : '#b8c4d2' });
      this.blockCentres.push(c);
    }
    this.blocks = new THREE.Mesh(mergeBoxes(blocks), this.blockMat);
    this.pads = new THREE.Mesh(mergeBoxes(pads), this.padMat);
    this.group.add(this.blocks, this.pads);
  }

  /** Devices near, blocks far (large plants only); called every frame. True when the level changed (draw again). */
  updateLod(camera: THREE.Camera, target: THREE.Vector3, wholeDistance: number): boolean {
    const near = !this.large || camera.position.distanceTo(target) < NEAR * wholeDistance;
    if (near === this.near) return false;
    this.setNear(near);
    return true;
  }

  /** How far from a cell the camera stands to see its devices. */
  static nearDistance(wholeDistance: number): number {
    return NEAR * wholeDistance * 0.5;
  }

  private setNear(near: boolean): void {
    this.near = near;
    for (const c of this.chunks) c.mesh.visible = near;
    if (this.blocks) this.blocks.visible = !near;
    if (this.pads) this.pads.visible = near;
  }

  /** The selected flow's devices in full colour, the others dimmed; none: all as they are. */
  highlight(d: PlantData, ids: readonly string[] | null): void {
    if (this.path) {
      this.group.remove(this.path);
      this.path.geometry.dispose();
      this.path = null;
    }
    const k = ids ? DIM : 1;
    for (const m of [this.deviceMat, this.blockMat, this.padMat]) m.color.setScalar(k);
    if (!ids) return;
    const types = new Map(d.scenario.nodes.map((n) => [n.id, n.type]));
    const boxes = ids.flatMap((id) => {
      const p = d.positions.get(id);
      return p ? [boxOf(types.get(id) ?? 'host', p, 1.15)] : [];
    });
    this.path = new THREE.Mesh(mergeBoxes(boxes), this.pathMat);
    this.group.add(this.path);
  }

  /** The device under the ray (devices near), or the centre of the cell block under it (far: to fly to). */
  pick(ray: THREE.Raycaster): { device: string } | { cell: THREE.Vector3 } | null {
    if (!this.near && this.blocks) {
      const hit = ray.intersectObject(this.blocks)[0];
      return hit?.faceIndex != null ? { cell: this.blockCentres[Math.floor(hit.faceIndex / BOX_TRIANGLES)] } : null;
    }
    let best: { device: string; distance: number } | null = null;
    for (const c of this.chunks) {
      const hit = ray.intersectObject(c.mesh)[0];
      if (hit?.faceIndex != null && (!best || hit.distance < best.distance))
        best = { device: c.ids[Math.floor(hit.faceIndex / BOX_TRIANGLES)], distance: hit.distance };
    }
    return best && { device: best.device };
  }

  /** Drawn meshes and their triangles (for tests and the benchmark). */
  stats(): { chunks: number; blocks: number; near: boolean } {
    return { chunks: this.chunks.length, blocks: this.blockCentres.length, near: this.near };
  }

  private clear(): void {
    for (const c of this.chunks) c.mesh.geometry.dispose();
    for (const m of [this.blocks, this.pads, this.path]) m?.geometry.dispose();
    this.group.clear();
    this.chunks = [];
    this.blocks = this.pads = this.path = null;
    this.blockCentres = [];
  }

  dispose(): void {
    this.clear();
    for (const m of [this.deviceMat, this.blockMat, this.padMat, this.pathMat]) m.dispose();
  }
}

function boxOf(type: string, p: readonly number[], scale = 1): Box {
  const info = deviceInfo(type);
  const w = toWorld(p);
  return { x: w.x, z: w.z, base: w.y, size: [info.size[0] * scale, info.size[2] * scale, info.size[1] * scale], color: info.color };
}
