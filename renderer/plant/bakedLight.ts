/**
 * The plant's light (a hemisphere light and a sun), and what it does to a face of a given
 * normal, baked into vertex colours. With only directional and hemisphere lights a flat face is
 * lit evenly, so MeshBasicMaterial with these colours draws what MeshLambertMaterial does
 * (three.js's Lambert: irradiance × colour / π), without lighting every pixel: on software WebGL
 * that is a fifth of a frame of devices and blocks seen close.
 */
import * as THREE from 'three';

export const SKY = 0xffffff;
export const GROUND = 0x445566;
export const HEMI = 1.6;
export const SUN = 1.6;
export const SUN_DIR = new THREE.Vector3(30, 60, 20);

const sky = new THREE.Color(SKY);
const ground = new THREE.Color(GROUND);
const l = SUN_DIR.clone().normalize();

/** The linear-light factor on a colour for a face of normal n (unit), per channel. */
export function lambertFactor(nx: number, ny: number, nz: number, out = new THREE.Color()): THREE.Color {
  out
    .copy(ground)
    .lerp(sky, 0.5 * ny + 0.5)
    .multiplyScalar(HEMI);
  const sun = Math.max(0, nx * l.x + ny * l.y + nz * l.z) * SUN;
  return out.addScalar(sun).multiplyScalar(1 / Math.PI);
}

/** The lights themselves, for the scene. */
export function plantLights(): THREE.Light[] {
  const sun = new THREE.DirectionalLight(0xffffff, SUN);
  sun.position.copy(SUN_DIR);
  return [new THREE.HemisphereLight(SKY, GROUND, HEMI), sun];
}
