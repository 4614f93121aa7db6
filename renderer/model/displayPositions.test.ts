import { describe, expect, test } from 'vitest';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { displayPositions } from './displayPositions.ts';
import { newScenario } from './edits.ts';

describe('displayPositions', () => {
  test('a placed node is drawn at its position', () => {
    const s = newScenario();
    expect(displayPositions(s).get('PLC1')).toEqual([-6, 4, 0]);
  });

  test('a scenario with a null node, a bad position and a link to a missing node still places every drawable node', () => {
    const s = newScenario();
    const broken = {
      ...s,
      nodes: [...s.nodes.map(({ position: _, ...n }) => n), null, { id: 'Q', type: 'switch', position: 'x' }],
      links: [...s.links, { from: 'NOPE', to: 'SW1', rate: '1 Gb/s' }],
    } as unknown as ScenarioJson;
    const out = displayPositions(broken);
    expect([...out.keys()].sort()).toEqual(['IO1', 'PLC1', 'Q', 'SW1']);
    for (const p of out.values()) expect(p.every(Number.isFinite)).toBe(true);
  });
});
