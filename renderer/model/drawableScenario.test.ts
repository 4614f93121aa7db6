import { describe, expect, test } from 'vitest';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { newScenario } from './edits.ts';
import { drawableScenario, isPoint } from './drawableScenario.ts';

const broken = (patch: Record<string, unknown>) => ({ ...newScenario(), ...patch }) as unknown as ScenarioJson;

describe('drawableScenario', () => {
  test('a valid scenario comes back as it is (same object, same lists)', () => {
    const s = newScenario();
    expect(drawableScenario(s)).toBe(s);
  });

  test('leaves out what cannot be drawn: null and id-less nodes, a repeated id, links to missing nodes, broken flows', () => {
    const s = newScenario();
    const d = drawableScenario(
      broken({
        nodes: [...s.nodes, null, 7, { type: 'switch' }, { id: 5, type: 'switch' }, { ...s.nodes[0], type: 'router' }],
        links: [...s.links, null, { from: 'NOPE', to: 'SW1' }, { from: 'SW1' }],
        flows: [...s.flows, null, { from: 'PLC1' }],
      }),
    );
    expect(d.nodes.map((n) => n.id)).toEqual(['SW1', 'PLC1', 'IO1']);
    expect(d.nodes[0].type).toBe('switch'); // the first of a repeated id
    expect(d.links).toEqual(s.links);
    expect(d.flows).toEqual(s.flows);
  });

  test('lists that are not lists draw as empty', () => {
    const d = drawableScenario(broken({ nodes: { a: 1 }, links: 5 }));
    expect(d.nodes).toEqual([]);
    expect(d.links).toEqual([]);
  });

  test('the same broken list gives the same drawable list (views compare lists by identity)', () => {
    const s = broken({ nodes: [...newScenario().nodes, null] });
    const a = drawableScenario(s);
    const b = drawableScenario({ ...s, name: 'renamed' });
    expect(b.nodes).toBe(a.nodes);
    expect(b.links).toBe(a.links);
  });

  test('a point is three finite numbers', () => {
    expect(isPoint([1, 2, 0])).toBe(true);
    for (const p of ['x', [1, 2], [1, 'a', 0], [1, NaN, 0], null, { x: 1 }]) expect(isPoint(p)).toBe(false);
  });
});
