import { describe, expect, test } from 'vitest';
import { fetchParts, type MessagePart, messageParts, PartsAssembler, sendParts } from './messageParts.ts';

const scenario = {
  format: 'netloom.scenario/v1',
  name: 'parts',
  nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'e' }],
  links: [{ from: 'a', to: 'b' }],
  flows: [{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }],
  simulation: { duration: '1 s' },
};

/** a plan's outcome: long arrays deep inside, beside short ones and an array of objects that hold long arrays */
const outcome = {
  ok: true,
  result: {
    asIs: { flows: 4, verdicts: [1, 2, 3, 4].map((i) => ({ id: `f${i}`, verdict: 'pass', margin: i / 10 })) },
    actions: [
      { label: 'x', margins: [1, 2, 3].map((i) => ({ flow: `f${i}`, before: null })) },
      { label: 'y', margins: [] },
    ],
    verification: null,
    roadmap: [],
  },
  upgraded: scenario,
};

const describeParts = (parts: MessagePart[] | null) => parts?.map((p) => (p.kind === 'shell' ? 'shell' : `${p.path.join('.')} ${p.items.length}`));

const assemble = (parts: MessagePart[] | null) => {
  const a = new PartsAssembler();
  for (const p of parts ?? []) a.add(structuredClone(p)); // each part its own message: a copy
  return a.take();
};

describe('messageParts: a large value sent between threads in parts', () => {
  test('the parts put back together are the value, each array in its order and each key in its place', () => {
    for (const value of [scenario, outcome]) {
      const parts = messageParts(value, 2);
      expect(assemble(parts)).toEqual(value);
      expect(JSON.stringify(assemble(parts))).toBe(JSON.stringify(value)); // the keys in their order too
    }
  });

  test('no part carries more than `size` items; arrays no longer than it stay in the first part', () => {
    const parts = messageParts(scenario, 2)!;
    expect(describeParts(parts)).toEqual(['shell', 'nodes 2', 'nodes 2', 'nodes 1', 'flows 2', 'flows 1']);
    expect(parts[0]).toMatchObject({ kind: 'shell', shell: { nodes: [], links: scenario.links, flows: [] } });
    expect(scenario.nodes).toHaveLength(5); // the value itself is left as it was
  });

  test('long arrays are found wherever they are, inside objects and inside short arrays', () => {
    expect(describeParts(messageParts(outcome, 2))).toEqual([
      'shell',
      'result.asIs.verdicts 2',
      'result.asIs.verdicts 2',
      'result.actions.0.margins 2',
      'result.actions.0.margins 1',
      'upgraded.nodes 2',
      'upgraded.nodes 2',
      'upgraded.nodes 1',
      'upgraded.flows 2',
      'upgraded.flows 1',
    ]);
  });

  test('a value with no long array goes whole (null)', () => {
    expect(messageParts(scenario, 5)).toBeNull();
    expect(messageParts(null)).toBeNull();
    expect(messageParts('text', 1)).toBeNull();
  });

  test('the assembler says what is missing instead of guessing', () => {
    const a = new PartsAssembler();
    expect(() => a.take()).toThrow('nothing received');
    expect(() => a.add({ kind: 'items', path: ['nodes'], items: [] })).toThrow('a part for nodes before the first part');
    a.add({ kind: 'shell', shell: { nodes: [] } });
    expect(() => a.add({ kind: 'items', path: ['links'], items: [] })).toThrow('a part for links, which is not an array of the first part');
    a.take();
    expect(() => a.take()).toThrow('nothing received'); // taken once: the next value needs new parts
  });

  test('sendParts and fetchParts: one call a part, in order, and the value whole at the other end', async () => {
    const wire: MessagePart[] = [];
    expect(await sendParts(outcome, async (p) => void wire.push(structuredClone(p)), 2)).toBe(true);
    expect(wire).toHaveLength(messageParts(outcome, 2)!.length);
    expect(await fetchParts(wire.length, async (i) => wire[i])).toEqual(outcome);
    expect(await sendParts({ small: [1] }, () => expect.unreachable())).toBe(false);
  });
});
