/**
 * The plant's devices and cables in 3D at any size. Devices are merged boxes (mergedGeometry.ts).
 * A small plant draws them all, in spatial chunks of a few hundred (three.js leaves out the chunks
 * off screen). Past LARGE devices each cell (plantHierarchy's leaf groups) is one block, and only
 * the cells near the camera (nearestCells: within NEAR of the whole-plant distance, at most
 * MAX_OPEN, those nearest where it looks first) open into a pad with their devices and cables
 * standing inside; the devices outside any cell and the cables between cells always show. So a
 * frame draws a bounded number of devices however large the plant. A selected flow's devices
 * stand out in full colour while the rest dim.
 */
import * as THREE from 'three';
import { deviceInfo } from '../model/deviceTypes.ts';
import { plantHierarchy } from '../model/plantHierarchy.ts';
import { BOX_TRIANGLES, mergeBoxes, mergeRibbons, RIBBON_TRIANGLES, type Ribbon } from './mergedGeometry.ts';
import { nearestCells } from './nearestCells.ts';
import type { PlantData } from './PlantData.ts';
import { toWorld } from './toWorld.ts';

/** devices past which the plant shows cells as blocks, opening only those near the camera */
export const LARGE = 2000;
const CHUNK = 400;
/** closer to the camera than this fraction of the whole-plant distance, a cell opens */
const NEAR = 0.35;
/** at most this many cells open at once */
export const MAX_OPEN = 16;
const DIM = 0.3;

type Box = Parameters<typeof mergeBoxes>[0][number];
/** what a click hit */
export type Hit = { device: string } | { cell: THREE.Vector3; size: number } | { link: string };
interface Cell {
  centre: THREE.Vector3;
  size: THREE.Vector3;
  devices: THREE.Mesh;
  ids: string[];
  cables: THREE.Mesh | null;
  cableKeys: string[];
}

export class DeviceLayer {
  readonly group = new THREE.Group();
  /** devices outside any cell (all of a small plant's), always drawn */
  private chunks: { mesh: THREE.Mesh; ids: string[] }[] = [];
  private cells: Cell[] = [];
  private centres: THREE.Vector3[] = [];
  private cellOf = new Map<string, number>();
  /** a cell's head switch (an inferred group's id: not a member, but its links to the cell are the cell's) */
  private headOf = new Map<string, number>();
  private open: number[] = [];
  /** closed cells' blocks and open cells' pads, rebuilt when the open set changes */
  private blocks: THREE.Mesh | null = null;
  private blockCells: number[] = [];
  private pads: THREE.Mesh | null = null;
  private backbone: THREE.Mesh | null = null;
  private backboneKeys: string[] = [];
  private path: THREE.Mesh | null = null;
  private dark = false;
  /** the light baked into the boxes' colours, drawn unlit (bakedLight.ts); false: lit per pixel */
  private baked = true;
  private deviceMat: THREE.MeshBasicMaterial | THREE.MeshLambertMaterial = new THREE.MeshBasicMaterial({ vertexColors: true });
  private blockMat: THREE.MeshBasicMaterial | THREE.MeshLambertMaterial = new THREE.MeshBasicMaterial({ vertexColors: true });
  private pathMat: THREE.MeshBasicMaterial | THREE.MeshLambertMaterial = new THREE.MeshBasicMaterial({ vertexColors: true });
  private readonly padMat = new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.45, depthWrite: false });
  readonly cableMat = new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide });
  large = false;

  /** Light baked into the colours or per pixel (for the benchmark's comparison): takes effect at the next build. */
  setBaked(baked: boolean): void {
    if (baked === this.baked) return;
    this.baked = baked;
    for (const m of [this.deviceMat, this.blockMat, this.pathMat]) m.dispose();
    const make = () => (baked ? new THREE.MeshBasicMaterial({ vertexColors: true }) : new THREE.MeshLambertMaterial({ vertexColors: true }));
    [this.deviceMat, this.blockMat, this.pathMat] = [make(), make(), make()];
  }

  private boxes(items: Box[]): THREE.BufferGeometry {
    return mergeBoxes(items, this.baked);
  }

  build(d: PlantData): void {
    this.clear();
    this.dark = d.dark;
    const items = d.scenario.nodes.flatMap((n) => {
      const p = d.positions.get(n.id);
      return p ? [{ id: n.id, box: boxOf(n.type, p) }] : [];
    });
    this.large = items.length > LARGE;
    if (this.large) this.buildCells(d, items);
    this.centres = this.cells.map((c) => c.centre);
    this.buildChunks(items.filter((x) => !this.cellOf.has(x.id)));
    this.setOpen([]);
  }

  /** Spatial chunks: strips by x, each sorted by z. */
  private buildChunks(items: { id: string; box: Box }[]): void {
    const strips = Math.max(1, Math.round(Math.sqrt(items.length / CHUNK)));
    const byX = [...items].sort((a, b) => a.box.x - b.box.x);
    const per = Math.ceil(byX.length / strips);
    for (let s = 0; s < strips; s++) {
      const strip = byX.slice(s * per, (s + 1) * per).sort((a, b) => a.box.z - b.box.z);
      for (let i = 0; i < strip.length; i += CHUNK) {
        const part = strip.slice(i, i + CHUNK);
        const mesh = new THREE.Mesh(this.boxes(part.map((x) => x.box)), this.deviceMat);
        this.chunks.push({ mesh, ids: part.map((x) => x.id) });
        this.group.add(mesh);
      }
    }
  }

  private buildCells(d: PlantData, items: { id: string; box: Box }[]): void {
    const boxes = new Map(items.map((x) => [x.id, x.box]));
    for (const g of plantHierarchy(d.scenario)) {
      const ids = g.leaf ? g.members.filter((id) => boxes.has(id) && !this.cellOf.has(id)) : [];
      if (ids.length === 0) continue;
      const b = new THREE.Box3();
      for (const id of ids) b.expandByPoint(toWorld(d.positions.get(id)!));
      const devices = new THREE.Mesh(this.boxes(ids.map((id) => boxes.get(id)!)), this.deviceMat);
      devices.visible = false;
      this.group.add(devices);
      for (const id of ids) this.cellOf.set(id, this.cells.length);
      if (boxes.has(g.id) && !this.cellOf.has(g.id)) this.headOf.set(g.id, this.cells.length);
      this.cells.push({ centre: b.getCenter(new THREE.Vector3()), size: b.getSize(new THREE.Vector3()), devices, ids, cables: null, cableKeys: [] });
    }
  }

  /** The cell a link lies inside (both ends in it, or one in it and the other its head switch), or -1. */
  private cellOfLink(from: string, to: string): number {
    const a = this.cellOf.get(from);
    const b = this.cellOf.get(to);
    if (a !== undefined && (b === a || this.headOf.get(to) === a)) return a;
    if (b !== undefined && this.headOf.get(from) === b) return b;
    return -1;
  }

  /** Cables: those inside a cell show with its devices; the others always. */
  setCables(items: (Ribbon & { key: string; from: string; to: string })[]): void {
    for (const m of [this.backbone, ...this.cells.map((c) => c.cables)]) {
      if (m) this.group.remove(m), m.geometry.dispose();
    }
    const perCell = this.cells.map(() => [] as typeof items);
    const backbone: typeof items = [];
    for (const it of items) {
      const c = this.cellOfLink(it.from, it.to);
      (c >= 0 ? perCell[c] : backbone).push(it);
    }
    this.backbone = new THREE.Mesh(mergeRibbons(backbone), this.cableMat);
    this.backboneKeys = backbone.map((x) => x.key);
    this.group.add(this.backbone);
    this.cells.forEach((cell, i) => {
      cell.cables = perCell[i].length ? new THREE.Mesh(mergeRibbons(perCell[i]), this.cableMat) : null;
      cell.cableKeys = perCell[i].map((x) => x.key);
      if (cell.cables) (cell.cables.visible = this.open.includes(i)), this.group.add(cell.cables);
    });
  }

  /** Opens the cells near the camera (large plants only); called every frame. True when what shows changed (draw again). */
  updateLod(camera: THREE.Camera, target: THREE.Vector3, wholeDistance: number): boolean {
    if (!this.large) return false;
    const open = nearestCells(this.centres, camera.position, target, NEAR * wholeDistance, MAX_OPEN).sort((a, b) => a - b);
    if (open.length === this.open.length && open.every((c, i) => c === this.open[i])) return false;
    this.setOpen(open);
    return true;
  }

  /** How far from a cell (`size` metres wide) the camera stands to see its devices: close enough that the cell fills about a third of the view. */
  static nearDistance(wholeDistance: number, size = Number.POSITIVE_INFINITY): number {
    return Math.min(NEAR * wholeDistance * 0.5, Math.max(10, size * 3));
  }

  private setOpen(open: number[]): void {
    this.open = open;
    const isOpen = new Set(open);
    this.cells.forEach((c, i) => {
      c.devices.visible = isOpen.has(i);
      if (c.cables) c.cables.visible = isOpen.has(i);
    });
    for (const m of [this.blocks, this.pads]) if (m) this.group.remove(m), m.geometry.dispose();
    this.blocks = this.pads = null;
    if (!this.large) return;
    const block = (c: Cell, h: number, color: string): Box => ({ x: c.centre.x, z: c.centre.z, base: 0, size: [c.size.x + 2, h, c.size.z + 2], color });
    this.blockCells = this.cells.map((_, i) => i).filter((i) => !isOpen.has(i));
    this.blocks = new THREE.Mesh(this.boxes(this.blockCells.map((i) => block(this.cells[i], 1.2, this.dark ? '#5b6b80' : '#8a9bb0'))), this.blockMat);
    this.pads = new THREE.Mesh(mergeBoxes(open.map((i) => block(this.cells[i], 0.04, this.dark ? '#3a4756' : '#b8c4d2'))), this.padMat);
    this.group.add(this.blocks, this.pads);
  }

  /** The theme's colours for the cell blocks and pads (the devices keep theirs): a light/dark switch without a rebuild. */
  setDark(dark: boolean): void {
    if (dark === this.dark) return;
    this.dark = dark;
    this.setOpen(this.open);
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
    this.path = new THREE.Mesh(this.boxes(boxes), this.pathMat);
    this.group.add(this.path);
  }

  /** The nearest thing under the ray: a device, a closed cell's block (its centre and width: to fly to), or a cable. */
  pick(ray: THREE.Raycaster): Hit | null {
    let best: { hit: Hit; distance: number } | null = null;
    const consider = (mesh: THREE.Mesh | null, per: number, what: (k: number) => Hit) => {
      const h = mesh?.visible ? ray.intersectObject(mesh)[0] : undefined;
      if (h?.faceIndex != null && (!best || h.distance < best.distance)) best = { hit: what(Math.floor(h.faceIndex / per)), distance: h.distance };
    };
    for (const c of this.chunks) consider(c.mesh, BOX_TRIANGLES, (k) => ({ device: c.ids[k] }));
    for (const i of this.open) consider(this.cells[i].devices, BOX_TRIANGLES, (k) => ({ device: this.cells[i].ids[k] }));
    consider(this.blocks, BOX_TRIANGLES, (k) => {
      const c = this.cells[this.blockCells[k]];
      return { cell: c.centre, size: Math.max(c.size.x, c.size.z) };
    });
    if (best) return (best as { hit: Hit }).hit;
    consider(this.backbone, RIBBON_TRIANGLES, (k) => ({ link: this.backboneKeys[k] }));
    for (const i of this.open) consider(this.cells[i].cables, RIBBON_TRIANGLES, (k) => ({ link: this.cells[i].cableKeys[k] }));
    return best ? (best as { hit: { link: string } }).hit : null;
  }

  /** Device meshes, cell blocks, open cells, cables drawn, and whether any cell shows its devices (for tests and the benchmark). */
  stats(): { chunks: number; blocks: number; open: number; cables: number; near: boolean } {
    const cables = this.backboneKeys.length + this.open.reduce((n, i) => n + this.cells[i].cableKeys.length, 0);
    return {
      chunks: this.chunks.length + this.cells.length,
      blocks: this.cells.length,
      open: this.open.length,
      cables,
      near: !this.large || this.open.length > 0,
    };
  }

  private clear(): void {
    for (const c of this.chunks) c.mesh.geometry.dispose();
    for (const c of this.cells) c.devices.geometry.dispose(), c.cables?.geometry.dispose();
    for (const m of [this.blocks, this.pads, this.path, this.backbone]) m?.geometry.dispose();
    this.group.clear();
    this.chunks = [];
    this.cells = [];
    this.cellOf.clear();
    this.headOf.clear();
    this.open = [];
    this.backboneKeys = [];
    this.blocks = this.pads = this.path = this.backbone = null;
  }

  dispose(): void {
    this.clear();
    for (const m of [this.deviceMat, this.blockMat, this.padMat, this.pathMat, this.cableMat]) m.dispose();
  }
}

function boxOf(type: string, p: readonly number[], scale = 1): Box {
  const info = deviceInfo(type);
  const w = toWorld(p);
  return { x: w.x, z: w.z, base: w.y, size: [info.size[0] * scale, info.size[2] * scale, info.size[1] * scale], color: info.color };
}
