/**
 * The plan's highlights in the 3D plant: a violet ring and a floating marker over each device
 * it changes, a violet band under each link it upgrades, and translucent "ghosts" (dashed
 * cables, see-through boxes) of what it would add until the plan is accepted. A group of
 * its own, rebuilt only when the plan or the plant changes; frees its GPU resources.
 */
import * as THREE from 'three';
import { deviceInfo } from '../model/deviceTypes.ts';
import { makeLabel } from './makeLabel.ts';
import { mergeBoxes, mergeRibbons } from './mergedGeometry.ts';
import type { PlantData } from './PlantData.ts';
import { toWorld } from './toWorld.ts';
import { linkId, type Position } from '../../sim/api/index.ts';

export const PLAN_COLOR = '#a23fe0';

type Ribbon = Parameters<typeof mergeRibbons>[0][number];

/** A dashed line as short ribbons from a to b (floor x/z). */
function dashes(a: Position, b: Position, y: number, width: number, dash = 0.8, gap = 0.5): Ribbon[] {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const out: Ribbon[] = [];
  for (let s = 0; s < len; s += dash + gap) {
    const t0 = s / len;
    const t1 = Math.min(len, s + dash) / len;
    out.push({
      ax: a[0] + (b[0] - a[0]) * t0,
      az: a[1] + (b[1] - a[1]) * t0,
      bx: a[0] + (b[0] - a[0]) * t1,
      bz: a[1] + (b[1] - a[1]) * t1,
      y,
      width,
      color: PLAN_COLOR,
    });
  }
  return out;
}

export class PlanMarks {
  readonly group = new THREE.Group();
  /** elements marked (changed or ghost), for tests */
  count = 0;

  build(d: PlantData): void {
    this.clear();
    const plan = d.plan;
    if (!plan) return;
    const typeOf = new Map(d.scenario.nodes.map((n) => [n.id, n.type]));
    const marked = [...plan.nodes.keys()].filter((id) => d.positions.has(id));

    // a ring on the floor and a marker floating above each changed device
    if (marked.length > 0) {
      const ring = new THREE.RingGeometry(1.0, 1.3, 40);
      ring.rotateX(-Math.PI / 2);
      const rings = new THREE.InstancedMesh(ring, new THREE.MeshBasicMaterial({ color: PLAN_COLOR, side: THREE.DoubleSide }), marked.length);
      const marker = new THREE.OctahedronGeometry(0.28);
      const markers = new THREE.InstancedMesh(
        marker,
        new THREE.MeshLambertMaterial({ color: PLAN_COLOR, emissive: PLAN_COLOR, emissiveIntensity: 0.35 }),
        marked.length,
      );
      const m = new THREE.Matrix4();
      marked.forEach((id, i) => {
        const info = deviceInfo(typeOf.get(id) ?? 'host');
        const p = toWorld(d.positions.get(id)!);
        const s = Math.max(info.size[0], info.size[1]) * 0.9 + 0.3;
        rings.setMatrixAt(i, m.makeScale(s, 1, s).setPosition(p.x, 0.04, p.z));
        markers.setMatrixAt(i, m.makeScale(1, 1.5, 1).setPosition(p.x, p.y + info.size[2] + 1.2, p.z));
      });
      this.group.add(rings, markers);
    }

    // a violet band under each upgraded link
    const bands: Ribbon[] = [];
    for (const l of d.scenario.links) {
      const key = linkId(l);
      const a = d.positions.get(l.from);
      const b = d.positions.get(l.to);
      if (!plan.links.has(key) || !a || !b) continue;
      if (plan.links.get(key)!.kind === 'added') bands.push(...dashes(a, b, 0.05 + (a[2] + b[2]) / 2, 0.5));
      else bands.push({ ax: a[0], az: a[1], bx: b[0], bz: b[1], y: 0.05 + (a[2] + b[2]) / 2, width: 0.5, color: PLAN_COLOR });
    }

    // ghosts of what accepting would add
    const at = new Map(d.positions);
    for (const g of plan.ghosts.nodes) at.set(g.id, g.position);
    for (const l of plan.ghosts.links) {
      const a = at.get(l.from);
      const b = at.get(l.to);
      if (a && b) bands.push(...dashes(a, b, 0.07, 0.3));
    }
    if (bands.length > 0)
      this.group.add(
        new THREE.Mesh(
          mergeRibbons(bands),
          new THREE.MeshBasicMaterial({ vertexColors: true, side: THREE.DoubleSide, transparent: true, opacity: 0.8, depthWrite: false }),
        ),
      );
    if (plan.ghosts.nodes.length > 0) {
      const boxes = plan.ghosts.nodes.map((g) => {
        const info = deviceInfo(g.type);
        const p = toWorld(g.position);
        return { x: p.x, z: p.z, base: p.y, size: [info.size[0], info.size[2], info.size[1]] as [number, number, number], color: PLAN_COLOR };
      });
      const geo = mergeBoxes(boxes);
      this.group.add(new THREE.Mesh(geo, new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, opacity: 0.3, depthWrite: false })));
      this.group.add(new THREE.LineSegments(new THREE.EdgesGeometry(geo), new THREE.LineBasicMaterial({ color: PLAN_COLOR })));
      for (const g of plan.ghosts.nodes) {
        const label = makeLabel(`+ ${g.id}`, d.dark);
        label.position.copy(toWorld(g.position)).setY(deviceInfo(g.type).size[2] + 0.55);
        this.group.add(label);
      }
    }
    this.count = marked.length + plan.links.size + plan.ghosts.nodes.length + plan.ghosts.links.length;
  }

  private clear(): void {
    for (const c of [...this.group.children]) {
      this.group.remove(c);
      const o = c as THREE.Mesh | THREE.Sprite;
      if (!(o instanceof THREE.Sprite)) o.geometry.dispose(); // sprites share one geometry
      const mat = o.material as THREE.Material & { map?: THREE.Texture | null };
      mat.map?.dispose();
      mat.dispose();
    }
    this.count = 0;
  }

  dispose(): void {
    this.clear();
  }
}
