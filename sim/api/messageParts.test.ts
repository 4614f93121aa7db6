import { describe, expect, test } from 'vitest';
import { ScenarioAssembler, scenarioParts } from './scenarioParts.ts';

const scenario = {
  format: 'netloom.scenario/v1',
  name: 'parts',
  nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
  links: [{ from: 'a', to: 'b' }],
  flows: [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }],
  simulation: { duration: '1 s' },
};

const assemble = (parts: ReturnType<typeof scenarioParts>) => {
  const a = new ScenarioAssembler();
  for (const p of parts ?? []) a.add(structuredClone(p)); // each part its own message: a copy
  return a.take();
};

describe('scenarioParts: a large scenario sent to a worker in parts', () => {
  test('the parts put back together are the scenario, each array in its order', () => {
    const parts = scenarioParts(scenario, 2);
    expect(assemble(parts)).toEqual(scenario);
    expect(Object.keys(assemble(parts))).toEqual(Object.keys(scenario)); // the keys in their order too
  });

  test('no part carries more than `size` items; arrays no longer than it stay in the first part', () => {
    const parts = scenarioParts(scenario, 2)!;
    expect(parts.map((p) => (p.kind === 'shell' ? 'shell' : `${p.key} ${p.items.length}`))).toEqual([
      'shell',
      'nodes 2',
      'nodes 2',
      'nodes 1',
      'flows 2',
      'flows 1',
    ]);
    expect(parts[0]).toMatchObject({ kind: 'shell', shell: { nodes: [], links: scenario.links, flows: [] } });
    expect(scenario.nodes).toHaveLength(5); // the scenario itself is left as it was
  });

  test('a scenario with no long array, or not an object, goes whole (null)', () => {
    expect(scenarioParts(scenario, 5)).toBeNull();
    expect(scenarioParts(null)).toBeNull();
    expect(scenarioParts([1, 2, 3], 1)).toBeNull();
  });

  test('the assembler says what is missing instead of guessing', () => {
    const a = new ScenarioAssembler();
    expect(() => a.take()).toThrow('no scenario received');
    expect(() => a.add({ kind: 'items', key: 'nodes', items: [] })).toThrow("scenario part for 'nodes' before the scenario's first part");
    a.add({ kind: 'shell', shell: { nodes: [] } });
    a.take();
    expect(() => a.take()).toThrow('no scenario received'); // taken once: the next load needs new parts
  });
});
