import * as THREE from 'three';
import { describe, expect, test } from 'vitest';
import { lambertFactor } from './bakedLight.ts';

// three.js's Lambert (r155+ lights): outgoing = colour / π × (hemisphere irradiance + sun intensity × max(0, n·l)),
// the hemisphere's irradiance mixing ground and sky by (n.y + 1) / 2. Here by hand, for the scene's lights.
describe('lambertFactor', () => {
  const l = new THREE.Vector3(30, 60, 20).normalize();
  const ground = new THREE.Color(0x445566);

  test('a top face: the sky and the sun at their full angle', () => {
    const f = lambertFactor(0, 1, 0);
    const expected = (1.6 + 1.6 * l.y) / Math.PI;
    for (const ch of [f.r, f.g, f.b]) expect(ch).toBeCloseTo(expected, 6);
  });

  test('a face turned from the sun: half sky, half ground, no sun', () => {
    const f = lambertFactor(-1, 0, 0); // l.x > 0: the sun is behind it
    expect(f.r).toBeCloseTo((1.6 * (ground.r + 1)) / 2 / Math.PI, 6);
    expect(f.b).toBeCloseTo((1.6 * (ground.b + 1)) / 2 / Math.PI, 6);
  });
});
