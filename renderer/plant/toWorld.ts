/** Scenario floor coordinates [x, y, z] (metres, z up) → three.js world (y up). */
import { Vector3 } from 'three';
import type { Position } from '../../sim/api/index.ts';

export function toWorld(p: Position | readonly number[]): Vector3 {
  return new Vector3(p[0], p[2] ?? 0, p[1]);
}
