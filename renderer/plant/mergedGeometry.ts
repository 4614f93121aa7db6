/**
 * Static geometry merged into one buffer per kind (boxes for devices, flat ribbons for
 * cables). One draw call each, like instancing, but also fast on software WebGL, where each
 * instance of an instanced draw costs as much as a draw of its own. Triangle k of the result
 * belongs to item floor(k / trianglesPerItem), which is how picking maps a hit back.
 */
import * as THREE from 'three';
import { lambertFactor } from './bakedLight.ts';

/** a box without its bottom face, which stands on the floor and is never seen (the camera stays above it) */
export const BOX_TRIANGLES = 10;
export const RIBBON_TRIANGLES = 2;

const c = new THREE.Color();
const lit = new THREE.Color();

/** Axis-aligned boxes standing on y = base: centre x/z, size [w, h, d]; `baked`: the plant's light in their colours (bakedLight.ts). */
export function mergeBoxes(
  items: { x: number; z: number; base: number; size: [number, number, number]; color: string }[],
  baked = false,
): THREE.BufferGeometry {
  const unit = new THREE.BoxGeometry(1, 1, 1).toNonIndexed();
  const un = unit.getAttribute('normal');
  const keep = Array.from({ length: un.count }, (_, v) => v).filter((v) => un.getY(v) > -0.5);
  const up = unit.getAttribute('position');
  const per = keep.length;
  const pos = new Float32Array(items.length * per * 3);
  const nor = new Float32Array(items.length * per * 3);
  const col = new Float32Array(items.length * per * 3);
  items.forEach((it, i) => {
    c.set(it.color);
    const [w, h, d] = it.size;
    for (let k = 0; k < per; k++) {
      const v = keep[k];
      const o = (i * per + k) * 3;
      pos[o] = it.x + up.getX(v) * w;
      pos[o + 1] = it.base + (up.getY(v) + 0.5) * h;
      pos[o + 2] = it.z + up.getZ(v) * d;
      nor[o] = un.getX(v);
      nor[o + 1] = un.getY(v);
      nor[o + 2] = un.getZ(v);
      // top faces a little lighter: reads as a box even in flat light
      const top = un.getY(v) > 0.5 ? 1.12 : 1;
      if (baked) lambertFactor(un.getX(v), un.getY(v), un.getZ(v), lit);
      else lit.setRGB(1, 1, 1);
      col[o] = Math.min(1, c.r * top) * lit.r;
      col[o + 1] = Math.min(1, c.g * top) * lit.g;
      col[o + 2] = Math.min(1, c.b * top) * lit.b;
    }
  });
  unit.dispose();
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  g.setAttribute('normal', new THREE.BufferAttribute(nor, 3));
  g.setAttribute('color', new THREE.BufferAttribute(col, 3));
  g.computeBoundingSphere();
  return g;
}

/** A flat ribbon at height y from a to b (x/z), `width` wide. */
export interface Ribbon {
  ax: number;
  az: number;
  bx: number;
  bz: number;
  y: number;
  width: number;
  color: string;
}

export function mergeRibbons(items: Ribbon[]): THREE.BufferGeometry {
  const pos = new Float32Array(items.length * 6 * 3);
  const col = new Float32Array(items.length * 6 * 3);
  items.forEach((it, i) => {
    c.set(it.color);
    const dx = it.bx - it.ax;
    const dz = it.bz - it.az;
    const len = Math.hypot(dx, dz) || 1;
    const nx = (-dz / len) * (it.width / 2);
    const nz = (dx / len) * (it.width / 2);
    const corners = [
      [it.ax + nx, it.az + nz],
      [it.ax - nx, it.az - nz],
      [it.bx - nx, it.bz - nz],
      [it.ax + nx, it.az + nz],
      [it.bx - nx, it.bz - nz],
      [it.bx + nx, it.bz + nz],
    ];
    corners.forEach(([x, z], v) => {
      const o = (i * 6 + v) * 3;
      pos[o] = x;
      pos[o + 1] = it.y;
      pos[o + 2] = z;
      col[o] = c.r;
      col[o + 1] = c.g;
      col[o + 2] = c.b;
    });
  });
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.BufferAttribute(pos, 3));
  g.setAttribute('color', new THREE.BufferAttribute(col, 3));
  g.computeBoundingSphere();
  return g;
}
