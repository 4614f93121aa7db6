import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors.ts';
import { MAX_DEPTH, parseJsonText } from './parseJson.ts';

const issues = (text: string): string[] => {
  try {
    parseJsonText(text);
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
};

describe('parseJsonText', () => {
  it('parses what JSON.parse parses, a byte-order mark aside', () => {
    const text = '{"a": [1, 2.5e3, "x\\u00e9", null, true], "b": {"c": {}}}';
    expect(parseJsonText(text)).toEqual(JSON.parse(text));
    expect(parseJsonText(`\ufeff${text}`)).toEqual(JSON.parse(text));
  });

  it.each([
    ['{\n  "name": "x",\n  oops\n}', 'line 3, column 3'],
    ['{"a": 1,}', 'line 1, column 9'],
    ['{"a": tru}', 'line 1, column 7'],
    ['{\n"a":\n', 'line 3, column 1'],
    ['[1 2]', 'line 1, column 4'],
    ['{"a": 1} x', 'line 1, column 10'],
    ['{"a": "x\ny"}', 'line 1, column 7'],
    ['// note\n{}', 'line 1, column 1'],
  ])('names the line and column of a syntax error in %j', (text, where) => {
    const found = issues(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^\\$: not valid JSON at ${where}: `));
  });

  it('says an empty file is empty', () => {
    expect(issues(' \n')).toEqual(['$: the file is empty; expected a JSON object']);
  });

  it('refuses a key given twice in one object, naming both places (JSON.parse keeps the last silently)', () => {
    const text = '{\n  "nodes": [\n    { "id": "A", "type": "plc", "id": "B" }\n  ],\n  "x": 1, "x": 2\n}';
    expect(issues(text)).toEqual([
      'nodes[0].id: duplicate key "id" at line 3, column 33 (first at line 3, column 7); JSON keeps only one, so remove the other',
      'x: duplicate key "x" at line 5, column 11 (first at line 5, column 3); JSON keeps only one, so remove the other',
    ]);
    // the same key in different objects is fine
    expect(parseJsonText('[{"id": 1}, {"id": 2}]')).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('refuses nesting deeper than a scenario needs before a recursive parser sees it', () => {
    expect(parseJsonText('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBeDefined();
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000); // overflowed the stack of recursive parsers
    expect(issues(deep)).toEqual([`$: nested deeper than ${MAX_DEPTH} levels at line 1, column ${MAX_DEPTH + 1}`]);
    // brackets inside strings do not count
    expect(parseJsonText(`{"s": "${'['.repeat(1000)}\\" ["}`)).toEqual({ s: `${'['.repeat(1000)}" [` });
  });
});

describe('parseJsonText: where a duplicate key is', () => {
  it('names its path through lists and objects, escaped keys compared as JSON reads them', () => {
    const text = '{"a": [[1, 2], [3, {"x": 1, "y": [], "x": 2}]], "b": {"k\\u0065y": 1, "key": 2}}';
    expect(() => parseJsonText(text)).toThrow(ScenarioError);
    try {
      parseJsonText(text);
    } catch (e) {
      expect((e as ScenarioError).issues.map((i) => i.path)).toEqual(['a[1][1].x', 'b.key']);
    }
  });
});
