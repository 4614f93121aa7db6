/**
 * The 3D plant (three.js, outside React: mount / update / dispose). Devices and cables are merged
 * geometry (DeviceLayer): a large plant is its cells as blocks, those near the camera open with
 * their devices inside; flow packets one point cloud moving along each flow's route, coloured by
 * the flow's requirement margin; a selected flow's path stands out and the rest dims.
 * Orbit and zoom with the mouse, click to select (shared with the editor). Renders only when
 * something changes, or continuously while packets are animated and the view is visible; while
 * the camera moves and frames are slow, at a lower resolution (ResolutionGovernor).
 */
import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { deviceInfo } from '../model/deviceTypes.ts';
import { marginColor, utilizationColor } from '../editor/utilizationColor.ts';
import { FlowParticles } from './FlowParticles.ts';
import type { PlantData, PlantEvents } from './PlantData.ts';
import { isSoftwareGl } from './isSoftwareGl.ts';
import { plantLights } from './bakedLight.ts';
import { buildFloor, floorColor } from './buildFloor.ts';
import { makeLabel } from './makeLabel.ts';
import { PlanMarks } from './PlanMarks.ts';
import { DeviceLayer } from './DeviceLayer.ts';
import { toWorld } from './toWorld.ts';
import { linkId } from '../../sim/api/index.ts';
import { RecentSamples } from '../perf/RecentSamples.ts';
import { ResolutionGovernor } from './ResolutionGovernor.ts';

/** How the view draws (the benchmark compares them; the defaults are the faster). */
export interface PlantSettings {
  /** the pixel ratio while the camera moves, as a fraction of the full one: 'auto' (ResolutionGovernor), or fixed */
  moving: 'auto' | number;
  /** the plant's light baked into the boxes' colours, drawn unlit (bakedLight.ts); false: MeshLambertMaterial */
  baked: boolean;
  /** parts left out (for the benchmark's profile: what each part costs a frame) */
  hide: ('particles' | 'devices' | 'floor' | 'grid')[];
}

const DEFAULTS: PlantSettings = { moving: 'auto', baked: true, hide: [] };

export class PlantView {
  settings: PlantSettings = DEFAULTS;
  private renderer!: THREE.WebGLRenderer;
  private scene = new THREE.Scene();
  private camera = new THREE.PerspectiveCamera(45, 1, 0.1, 5000);
  private controls!: OrbitControls;
  private readonly devices = new DeviceLayer();
  /** the camera's distance when the whole plant is framed (the level of detail is relative to it) */
  private wholeDistance = 1;
  private selectionMarks: THREE.InstancedMesh | null = null;
  private labels = new THREE.Group();
  private highlight: THREE.Mesh | null = null;
  private floor = new THREE.Group();
  private particles = new FlowParticles();
  private planMarks = new PlanMarks();
  private data: PlantData | null = null;
  private frame = 0;
  private dirty = true;
  private resizeObserver: ResizeObserver | null = null;
  private container!: HTMLElement;
  private fitted = false;
  private userMoved = false;
  /** the pixel ratio at full resolution */
  private fullRatio = 1;
  private readonly governor = new ResolutionGovernor();
  animate = true;
  /** frame timestamps (for the benchmark's fps) */
  readonly frameTimes = new RecentSamples();
  /** frames drawn, the window's time spent in three.js's render(), and the sum of the frames' resolution scales (for the benchmark) */
  readonly renderCost = { frames: 0, ms: 0, scales: 0 };

  constructor(private readonly events: PlantEvents) {}

  mount(container: HTMLElement): void {
    this.container = container;
    const software = isSoftwareGl();
    this.renderer = new THREE.WebGLRenderer({ antialias: !software, preserveDrawingBuffer: true, powerPreference: 'high-performance' });
    this.fullRatio = software ? 1 : Math.min(2, window.devicePixelRatio);
    this.renderer.setPixelRatio(this.fullRatio);
    this.renderer.domElement.dataset.testid = 'plant-canvas';
    container.append(this.renderer.domElement);
    this.controls = new OrbitControls(this.camera, this.renderer.domElement);
    this.controls.enableDamping = true;
    this.controls.maxPolarAngle = Math.PI / 2.05;
    this.controls.addEventListener('change', () => (this.dirty = true));
    this.controls.addEventListener('start', () => (this.userMoved = true));
    this.scene.add(...plantLights(), this.floor, this.devices.group, this.particles.mesh, this.labels, this.planMarks.group);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
    this.installPicking();
    const loop = (t: number) => {
      this.frame = requestAnimationFrame(loop);
      const moving = this.animate && this.particles.count > 0 && !document.hidden;
      if (moving) this.particles.step(t / 1000);
      const controlsMoved = this.controls.update();
      const lodChanged = this.devices.updateLod(this.camera, this.controls.target, this.wholeDistance);
      // lower resolution while the camera moves and frames are slow, full once it rests
      if (controlsMoved) this.drawAt(this.governor.moved(t));
      else if (this.governor.rested(t)) this.drawAt(1);
      if (moving || controlsMoved || lodChanged || this.dirty) {
        const t0 = performance.now();
        this.renderer.render(this.scene, this.camera);
        this.renderCost.frames++;
        this.renderCost.ms += performance.now() - t0;
        this.renderCost.scales += this.pixelScale();
        this.dirty = false;
        this.frameTimes.push(t);
      }
    };
    this.frame = requestAnimationFrame(loop);
  }

  private drawAt(scale: number): void {
    const ratio = this.fullRatio * scale;
    if (this.renderer.getPixelRatio() === ratio) return;
    this.renderer.setPixelRatio(ratio);
    this.dirty = true;
  }

  private resize(): void {
    const { clientWidth: w, clientHeight: h } = this.container;
    if (w === 0 || h === 0) return;
    this.renderer.setSize(w, h);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    if (!this.userMoved && this.fitted) this.fit();
    this.dirty = true;
  }

  private installPicking(): void {
    const ray = new THREE.Raycaster();
    let down: [number, number] | null = null;
    const el = this.renderer.domElement;
    el.addEventListener('pointerdown', (e) => (down = [e.clientX, e.clientY]));
    el.addEventListener('pointerup', (e) => {
      if (!down || Math.hypot(e.clientX - down[0], e.clientY - down[1]) > 4) return; // an orbit, not a click
      const r = el.getBoundingClientRect();
      ray.setFromCamera(new THREE.Vector2(((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1), this.camera);
      const additive = e.shiftKey || e.ctrlKey || e.metaKey;
      const hit = this.devices.pick(ray);
      if (hit && 'device' in hit) return this.events.onSelectNode(hit.device, additive);
      if (hit && 'link' in hit) return this.events.onSelectLink(hit.link, additive);
      if (hit) return this.flyTo(hit.cell, hit.size); // a cell block, from afar: go and see its devices
      this.events.onBackground();
    });
  }

  update(d: PlantData): void {
    const prev = this.data;
    this.data = d;
    const structure = !prev || prev.scenario.nodes !== d.scenario.nodes || prev.scenario.links !== d.scenario.links || prev.positions !== d.positions;
    if (structure) this.buildDevices(d);
    if (structure || prev?.utilization !== d.utilization || prev?.selection !== d.selection) this.buildCables(d);
    if (structure || prev?.selection !== d.selection) this.markSelection(d);
    if (structure || prev?.routes !== d.routes || prev?.margins !== d.margins || prev?.selection.flow !== d.selection.flow) {
      this.particles.build(d, (id) => marginColor(d.margins?.get(id) ?? null));
      this.buildHighlight(d);
    }
    if (structure || prev?.plan !== d.plan || prev?.dark !== d.dark) this.planMarks.build(d);
    if (structure || prev?.dark !== d.dark) {
      this.devices.setDark(d.dark);
      buildFloor(this.floor, this.bounds(d), d.dark, this.devices.large);
      this.buildLabels(d);
    }
    if (!this.fitted && d.scenario.nodes.length) {
      this.fitted = true;
      this.fit();
    }
    const background = this.devices.large ? floorColor(d.dark) : d.dark ? 0x0f141b : 0xe9eef4;
    this.scene.background = new THREE.Color(background);
    // fog past the whole plant's distance: a plant a kilometre long is not lost in it
    this.scene.fog = new THREE.Fog(background, Math.max(200, this.wholeDistance), Math.max(1200, this.wholeDistance * 4));
    this.dirty = true;
  }

  private buildDevices(d: PlantData): void {
    this.devices.build(d);
  }

  private markSelection(d: PlantData): void {
    if (this.selectionMarks) {
      this.scene.remove(this.selectionMarks);
      this.selectionMarks.geometry.dispose();
      (this.selectionMarks.material as THREE.Material).dispose();
      this.selectionMarks = null;
    }
    const ids = d.selection.nodes.filter((id) => d.positions.has(id));
    if (ids.length === 0) return;
    const geo = new THREE.RingGeometry(0.9, 1.15, 40);
    geo.rotateX(-Math.PI / 2);
    const mesh = new THREE.InstancedMesh(geo, new THREE.MeshBasicMaterial({ color: 0x3d8bfd, side: THREE.DoubleSide }), ids.length);
    const m = new THREE.Matrix4();
    ids.forEach((id, i) => {
      const info = deviceInfo(d.scenario.nodes.find((n) => n.id === id)?.type ?? 'host');
      const p = toWorld(d.positions.get(id)!);
      const s = Math.max(info.size[0], info.size[1]) * 0.9 + 0.3;
      mesh.setMatrixAt(i, m.makeScale(s, 1, s).setPosition(p.x, 0.03, p.z));
    });
    this.selectionMarks = mesh;
    this.scene.add(mesh);
  }

  private buildCables(d: PlantData): void {
    const sel = new Set(d.selection.links);
    const items = [];
    for (const l of d.scenario.links) {
      const a = d.positions.get(l.from);
      const b = d.positions.get(l.to);
      if (!a || !b) continue;
      const key = linkId(l);
      const u = d.utilization?.get(key);
      items.push({
        key,
        from: l.from,
        to: l.to,
        ax: a[0],
        az: a[1],
        bx: b[0],
        bz: b[1],
        y: 0.06 + (a[2] + b[2]) / 2,
        width: sel.has(key) ? 0.3 : 0.14,
        color: sel.has(key) ? '#3d8bfd' : u !== undefined ? utilizationColor(u) : d.dark ? '#7d8ca0' : '#5d6b80',
      });
    }
    this.devices.setCables(items);
    // the selected flow's path stands out
    this.devices.cableMat.color.setScalar(d.selection.flow && d.routes.has(d.selection.flow) ? 0.35 : 1);
  }

  private buildHighlight(d: PlantData): void {
    if (this.highlight) {
      this.scene.remove(this.highlight);
      this.highlight.geometry.dispose();
      (this.highlight.material as THREE.Material).dispose();
      this.highlight = null;
    }
    const route = d.selection.flow ? d.routes.get(d.selection.flow) : undefined;
    this.devices.highlight(d, route && route.nodes.length > 0 ? route.nodes : null);
    if (!route || route.hops.length === 0) return;
    const pts: THREE.Vector3[] = [];
    const lift = this.devices.large ? 2 : 0.6; // above the cell blocks of a large plant seen from afar
    for (const [a, b] of route.hops) {
      const pa = d.positions.get(a);
      const pb = d.positions.get(b);
      if (!pa || !pb) continue;
      pts.push(toWorld(pa).setY(lift), toWorld(pb).setY(lift));
    }
    if (pts.length < 2) return;
    const curve = new THREE.CurvePath<THREE.Vector3>();
    for (let i = 0; i + 1 < pts.length; i += 2) curve.add(new THREE.LineCurve3(pts[i], pts[i + 1]));
    const color = marginColor(d.margins?.get(d.selection.flow!) ?? null);
    const geo = new THREE.TubeGeometry(curve, Math.max(8, pts.length * 4), this.devices.large ? 0.35 : 0.07, 6, false);
    this.highlight = new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ color, transparent: true, opacity: 0.85 }));
    this.scene.add(this.highlight);
  }

  /** Name tags above devices (skipped past 250 devices, where they would only be clutter). */
  private buildLabels(d: PlantData): void {
    for (const c of [...this.labels.children]) {
      this.labels.remove(c);
      const sp = c as THREE.Sprite;
      sp.material.map?.dispose();
      sp.material.dispose();
    }
    if (d.scenario.nodes.length > 250) return;
    for (const n of d.scenario.nodes) {
      const p = d.positions.get(n.id);
      if (!p) continue;
      const sprite = makeLabel(n.id, d.dark);
      const h = deviceInfo(n.type).size[2];
      sprite.position.copy(toWorld(p)).setY(h + 0.55);
      this.labels.add(sprite);
    }
  }

  private bounds(d: PlantData): THREE.Box3 {
    const box = new THREE.Box3();
    for (const p of d.positions.values()) box.expandByPoint(toWorld(p));
    if (box.isEmpty()) box.set(new THREE.Vector3(-5, 0, -5), new THREE.Vector3(5, 0, 5));
    return box;
  }

  fit(): void {
    if (!this.data) return;
    const b = this.bounds(this.data);
    const c = b.getCenter(new THREE.Vector3());
    const r = Math.max(6, b.getSize(new THREE.Vector3()).length() / 2);
    // distance at which a sphere of radius r fits the narrower of the two fields of view
    const vFov = (this.camera.fov * Math.PI) / 180;
    const hFov = 2 * Math.atan(Math.tan(vFov / 2) * this.camera.aspect);
    const dist = r / Math.tan(Math.min(vFov, hFov) / 2);
    const dir = new THREE.Vector3(0.1, 0.75, 0.9).normalize();
    this.controls.target.copy(c);
    this.camera.position.copy(c).addScaledVector(dir, dist);
    this.camera.far = r * 20;
    this.camera.updateProjectionMatrix();
    this.controls.update();
    this.wholeDistance = dist;
    this.dirty = true;
  }

  /** Moves the camera close enough to `c` (a cell's centre) that its devices show. */
  flyTo(c: THREE.Vector3, size?: number): void {
    const dir = this.camera.position.clone().sub(this.controls.target).normalize();
    this.controls.target.copy(c);
    this.camera.position.copy(c).addScaledVector(dir, DeviceLayer.nearDistance(this.wholeDistance, size));
    this.userMoved = true;
    this.controls.update();
    this.dirty = true;
  }

  /** The fraction of the full resolution drawn at now (for the benchmark). */
  pixelScale(): number {
    return this.renderer.getPixelRatio() / this.fullRatio;
  }

  /** Changes how the view draws (for the benchmark's comparisons): the defaults changed by `s`. */
  configure(s: Partial<PlantSettings>): void {
    this.settings = { ...DEFAULTS, ...s };
    this.governor.fixed = this.settings.moving === 'auto' ? null : this.settings.moving;
    this.devices.setBaked(this.settings.baked);
    const d = this.data;
    this.data = null; // all built again
    if (d) this.update(d);
    const hide = new Set(this.settings.hide);
    this.particles.mesh.visible = !hide.has('particles');
    this.devices.group.visible = !hide.has('devices');
    for (const part of ['floor', 'grid'] as const) {
      const o = this.floor.getObjectByName(part);
      if (o) o.visible = !hide.has(part);
    }
    this.dirty = true;
  }

  /** Flies to a device (for the benchmark: an orbit among devices). */
  flyToDevice(id: string): void {
    const p = this.data?.positions.get(id);
    if (p) this.flyTo(toWorld(p));
  }

  /** What the device layer draws (for tests and the benchmark). */
  deviceStats(): ReturnType<DeviceLayer['stats']> {
    return this.devices.stats();
  }

  /** Client coordinates of a device (for tests). */
  clientPoint(id: string): { x: number; y: number } | null {
    const p = this.data?.positions.get(id);
    if (!p) return null;
    const info = deviceInfo(this.data!.scenario.nodes.find((n) => n.id === id)?.type ?? 'host');
    const v = toWorld(p)
      .setY(info.size[2] / 2)
      .project(this.camera);
    const r = this.renderer.domElement.getBoundingClientRect();
    return { x: r.left + ((v.x + 1) / 2) * r.width, y: r.top + ((1 - v.y) / 2) * r.height };
  }

  /** How many elements the plan's highlights mark (for tests). */
  planMarkCount(): number {
    return this.planMarks.count;
  }

  /** Frames per second over the last `ms` milliseconds of rendering. */
  fps(ms = 2000): number {
    const t = this.frameTimes.values();
    if (t.length < 2) return 0;
    const end = t[t.length - 1];
    const recent = t.filter((x) => x >= end - ms);
    return recent.length > 1 ? ((recent.length - 1) * 1000) / (recent[recent.length - 1] - recent[0]) : 0;
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.resizeObserver?.disconnect();
    this.planMarks.dispose();
    this.devices.dispose();
    this.controls.dispose();
    this.scene.traverse((o) => {
      const m = o as THREE.Mesh;
      m.geometry?.dispose();
      const mat = m.material as THREE.Material | THREE.Material[] | undefined;
      if (Array.isArray(mat)) mat.forEach((x) => x.dispose());
      else mat?.dispose();
    });
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    this.renderer.domElement.remove();
  }
}
