import { describe, expect, test } from 'vitest';
import { validateScenario } from '../../sim/api/index.ts';
import { documentProblems } from './documentProblems.ts';
import { newScenario } from './edits.ts';

const s = newScenario();

describe('documentProblems', () => {
  test('a valid scenario, and one with problems inside its lists, open as documents', () => {
    expect(documentProblems(s)).toBeNull();
    const missing = { ...s, links: [...s.links, { from: 'NOPE', to: 'SW1', rate: '1 Gb/s' }], nodes: [...s.nodes, s.nodes[0]] };
    expect(documentProblems(missing)).toBeNull();
    expect(documentProblems({ ...s, links: undefined, flows: undefined })).toBeNull();
  });

  test('a file that is not a scenario opens as the validator’s problems, with their JSON paths', () => {
    for (const value of [
      null,
      [],
      5,
      { ...s, nodes: { a: 1 } },
      { ...s, nodes: undefined },
      { ...s, links: 5 },
      { ...s, nodes: [...s.nodes, null] },
      { ...s, flows: [7] },
    ]) {
      const problems = documentProblems(value);
      expect(problems).not.toBeNull();
      expect(problems!.slice(0, validateScenario(value).length)).toEqual(validateScenario(value));
    }
    expect(documentProblems(null)).toEqual([{ path: '$', message: 'expected a scenario object, got null' }]);
    expect(documentProblems({ ...s, nodes: [...s.nodes, null] })).toEqual([{ path: 'nodes[3]', message: 'expected an object, got null' }]);
    expect(documentProblems({ ...s, links: 5 })).toEqual([{ path: 'links', message: 'expected a list, got number 5' }]);
  });
});
