import { describe, expect, test } from 'vitest';
import { GOVERNOR, ResolutionGovernor } from './ResolutionGovernor.ts';

/** Frames `ms` apart while moving, from `t`; returns the time after them. */
function move(g: ResolutionGovernor, t: number, frames: number, ms: number): number {
  for (let i = 0; i < frames; i++, t += ms) g.moved(t);
  return t;
}

describe('ResolutionGovernor', () => {
  test('slow frames while moving lower the scale step by step, never below the minimum', () => {
    const g = new ResolutionGovernor();
    move(g, 0, 4, 80);
    expect(g.scale).toBe(GOVERNOR.step);
    move(g, 1000, 200, 80);
    expect(g.scale).toBe(GOVERNOR.min);
  });

  test('frames at 60 fps keep full resolution; a slow moment lowers it, fast frames raise it again', () => {
    const g = new ResolutionGovernor();
    let t = move(g, 0, 100, 16.7);
    expect(g.scale).toBe(1);
    t = move(g, t, 12, 60);
    expect(g.scale).toBeLessThan(1);
    move(g, t, 60, 16.7);
    expect(g.scale).toBe(1);
  });

  test('frames between the thresholds (30–50 fps) leave the scale as it is', () => {
    const g = new ResolutionGovernor();
    let t = move(g, 0, 12, 60);
    t = move(g, t, 10, 25); // the smoothed interval catches up
    const s = g.scale;
    expect(s).toBeLessThan(1);
    t = move(g, t, 100, 25);
    expect(g.scale).toBe(s);
  });

  test('full resolution once the camera has rested, said once', () => {
    const g = new ResolutionGovernor();
    const t = move(g, 0, 30, 80);
    expect(g.scale).toBeLessThan(1);
    expect(g.rested(t + GOVERNOR.restMs / 2)).toBe(false);
    expect(g.rested(t + GOVERNOR.restMs + 1)).toBe(true);
    expect(g.scale).toBe(1);
    expect(g.rested(t + GOVERNOR.restMs + 20)).toBe(false);
  });

  test('a pause between two moves is not counted as a slow frame', () => {
    const g = new ResolutionGovernor();
    const t = move(g, 0, 20, 16.7);
    move(g, t + 2000, 3, 16.7);
    expect(g.scale).toBe(1);
  });
});
