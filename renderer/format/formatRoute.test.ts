import { describe, expect, test } from 'vitest';
import { formatRoute, scenarioFlowEnds } from './formatRoute.ts';

describe('formatRoute', () => {
  test('a one-way flow: its two ends', () => {
    expect(formatRoute({ from: 'PLC1', to: 'DRV1' })).toBe('PLC1 → DRV1');
  });

  test('a request flow whose response comes back (the report says to = from): through its compute node, never "X → X"', () => {
    // the report of vision-cell-like flows: to is where the response goes, via the compute node
    expect(formatRoute({ from: 'VIB-F6', to: 'VIB-F6', via: 'EDGE1' })).toBe('VIB-F6 → EDGE1 → VIB-F6');
    expect(formatRoute({ from: 'CAM1', to: 'PLC1', via: 'EDGE1' })).toBe('CAM1 → EDGE1 → PLC1');
  });

  test('the same from a scenario flow: response to its sender by default, or where it says', () => {
    expect(formatRoute(scenarioFlowEnds({ from: 'CAM1', to: 'EDGE1', response: { size: '200 B' } }))).toBe('CAM1 → EDGE1 → CAM1');
    expect(formatRoute(scenarioFlowEnds({ from: 'CAM1', to: 'EDGE1', response: { size: '200 B', to: 'PLC1' } }))).toBe('CAM1 → EDGE1 → PLC1');
    expect(formatRoute(scenarioFlowEnds({ from: 'PLC1', to: 'IO1' }))).toBe('PLC1 → IO1');
  });

  test('whatever a broken file puts in the ends becomes text', () => {
    expect(formatRoute(scenarioFlowEnds({ from: { x: 1 }, to: ['y'] }))).toBe('{"x":1} → ["y"]');
    expect(formatRoute(scenarioFlowEnds({ from: 'A' }))).toBe('A → ');
  });
});
