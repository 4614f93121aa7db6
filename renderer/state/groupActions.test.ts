import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import type { Doc } from './AppState.ts';
import { collapsedGroups, LARGE_PLANT } from './groupActions.ts';

const docOf = (devices: number) => ({ scenario: makePlant({ devices }), key: 'k' }) as unknown as Doc;

describe('collapsedGroups', () => {
  test('is the same set for the same state (a store selector that changed every call would re-render forever)', () => {
    const s = { doc: docOf(2000), groups: null };
    const a = collapsedGroups(s);
    expect(collapsedGroups(s)).toBe(a);
    expect(a.size).toBe(40); // every cell of a plant past LARGE_PLANT nodes
    expect(collapsedGroups({ doc: null, groups: null })).toBe(collapsedGroups({ doc: null, groups: null }));
  });

  test(`a plant of at most ${LARGE_PLANT} nodes opens with nothing collapsed; the user's choice for the document wins`, () => {
    const small = { doc: docOf(500), groups: null };
    expect(collapsedGroups(small).size).toBe(0);
    const mine = new Set(['C3']);
    expect(collapsedGroups({ doc: docOf(2000), groups: { key: 'k', collapsed: mine } })).toBe(mine);
    expect(collapsedGroups({ doc: docOf(2000), groups: { key: 'other', collapsed: mine } }).size).toBe(40);
  });
});

describe('groups of a file with problems', () => {
  test('nodes that are not objects, a repeated id and a link to a missing node are left out, not a crash', () => {
    const scenario = {
      nodes: [null, 7, { id: 'S', type: 'switch' }, { id: 'S', type: 'switch' }, { id: 'A', type: 'io' }, { id: 'B', type: 'io' }],
      links: [{ from: 'A', to: 'S' }, { from: 'B', to: 'S' }, { from: 'B', to: 'GONE' }, 'x'],
      flows: [],
    };
    const doc = { scenario, key: 'k' } as unknown as Doc;
    expect(collapsedGroups({ doc, groups: null }).size).toBe(0);
  });
});
