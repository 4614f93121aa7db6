import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ScenarioError } from '../../sim/api/index.ts';
import { parseDocument } from './parseDocument.ts';

const read = (rel: string) => readFileSync(new URL(`../../scenarios/${rel}`, import.meta.url), 'utf8');

describe('parseDocument', () => {
  test('a plant written with groups opens in its flat form: every device, with its hierarchical id and group', () => {
    const { scenario: s, grouped } = parseDocument(read('plants/automotive-plant.json'));
    expect(grouped).toBe(true);
    expect(s.nodes).toHaveLength(3_010); // docs/groups.md: the automotive plant has 3,010 nodes
    expect('groups' in s).toBe(false);
    expect(s.nodes.some((n) => n.id.includes('/') && typeof n.group === 'string')).toBe(true);
  });

  test('a group that cannot be expanded is a ScenarioError at the path where it is written, not an exception', () => {
    const doc = JSON.parse(read('plants/steel-works.json')) as Record<string, unknown>;
    const text = JSON.stringify({ ...doc, nodes: [...(doc.nodes as unknown[]), { use: 'no-such-group', id: 'x' }] });
    const issues = (() => {
      try {
        parseDocument(text);
        return [];
      } catch (e) {
        return e instanceof ScenarioError ? e.issues : [{ path: '?', message: String(e) }];
      }
    })();
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].path).toMatch(/^nodes\[13\]/);
  });

  test('a scenario without groups comes back as written', () => {
    const { scenario: s, grouped } = parseDocument(read('reference/r1-line-cell.json'));
    expect(grouped).toBe(false);
    expect(s.nodes.map((n) => n.id)).toEqual((JSON.parse(read('reference/r1-line-cell.json')) as { nodes: { id: string }[] }).nodes.map((n) => n.id));
  });
});
