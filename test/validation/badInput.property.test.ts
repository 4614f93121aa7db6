/**
 * Bad input, property-based: thousands of mutations of real scenarios (deleted fields, values
 * replaced by arbitrary JSON, wrong units, renamed keys, duplicated entries). Whatever comes
 * in, the loader either compiles it or throws the project's own ScenarioError, whose every
 * issue names a JSON path that exists in the input (or `$`) and says what was expected.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../sim/scenario/errors.ts';
import { loadScenario } from '../../sim/scenario/load.ts';

const seeds = ['scenarios/examples/vision-cell.json', 'scenarios/reference/r1-down-prio.json'].map((f) =>
  JSON.parse(readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8')),
);

type Json = unknown;
type Path = (string | number)[];

function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function get(v: Json, p: Path): Json {
  return p.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], v);
}

type Mutation = { pick: number; op: 'delete' | 'replace' | 'rename' | 'duplicate' | 'unit'; value: Json; text: string };

function apply(doc: Json, m: Mutation): Json {
  const all = paths(doc);
  const p = all[m.pick % all.length];
  if (p.length === 0) return m.op === 'replace' ? m.value : doc;
  const parent = get(doc, p.slice(0, -1)) as Record<string | number, Json> & Json[];
  const key = p[p.length - 1];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = m.value;
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        parent[m.text || '_'] = parent[key];
        delete parent[key];
      }
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      break;
    case 'unit':
      // the kind of mistake people make with quantities: a bare number, a wrong unit, garbage
      parent[key] = [`${m.text} Mb/s`, `${m.text} us`, m.text, `-${m.text} B`, `${m.text}e999 s`][m.pick % 5];
      break;
  }
  return doc;
}

const mutation = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'rename', 'duplicate', 'unit'),
  value: fc.jsonValue({ maxDepth: 2 }),
  text: fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 1e6 }).map(String)),
});

describe('the loader on mutated scenarios', () => {
  it('never throws anything but ScenarioError, and every issue has a real path and a message', () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const doc = mutations.reduce((d, m) => apply(d, m), structuredClone(seeds[which]) as Json);
        try {
          loadScenario(doc);
          return true;
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
          rejected++;
          const known = new Set(
            paths(doc).map((p) =>
              p
                .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
                .join('')
                .replace(/^\./, ''),
            ),
          );
          for (const issue of e.issues) {
            expect(issue.message.length).toBeGreaterThan(5);
            expect(issue.path.length).toBeGreaterThan(0);
            if (issue.path === '$') continue;
            // a path names a place in the input, or a missing field right under one
            const parent = issue.path.replace(/(^[^.[\]]+|\.[^.[\]]+|\[\d+\])$/, '');
            expect(known.has(issue.path) || known.has(parent), `${issue.path} not in the input`).toBe(true);
          }
          return true;
        }
      }),
      { numRuns: 3000, seed: 2026 },
    );
    expect(rejected).toBeGreaterThan(1500); // most mutations break something: the test exercises the error paths
  });
});
