/** Scenario floor coordinates [x, y, z] (metres, z up) → three.js world (y up). */
import { Vector3 } from 'three';
import type { Vec3 } from '../model/scenarioTypes.ts';

export function toWorld(p: Vec3 | readonly number[]): Vector3 {
  return new Vector3(p[0], p[2] ?? 0, p[1]);
}
