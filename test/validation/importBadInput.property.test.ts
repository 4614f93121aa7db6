/**
 * Whatever the files hold, an import ends in a scenario `validate` accepts or in an ImportError
 * naming the file (exit 2) — never another exception (exit 3, a stack trace) or a hang. The inputs
 * are the committed fixtures of each kind, cut, spliced and sprinkled with characters by fast-check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importTopology } from '../../sim/api/index.ts';

const DIR = join(import.meta.dirname, '../fixtures/import');
const KINDS: Record<string, string[]> = {
  csv: ['line.nodes.csv', 'line.links.csv'],
  graphml: ['plant.networkx.graphml'],
  lldp: ['lldp/sw-core.json', 'lldp/edge1.json', 'lldp/sw-cell1.json', 'lldp/sw-cell2.json'],
  netbox: ['netbox/devices.json', 'netbox/interfaces.json', 'netbox/cables.json'],
};
const TEXTS = Object.fromEntries(Object.entries(KINDS).map(([k, names]) => [k, names.map((n) => readFileSync(join(DIR, n), 'utf8'))]));

/** a fixture's text, damaged: a piece cut out, a piece of another file put in, or characters changed */
const damaged = (text: string) =>
  fc.oneof(
    fc.tuple(fc.nat(text.length), fc.nat(200)).map(([at, n]) => text.slice(0, at) + text.slice(at + n)),
    fc.tuple(fc.nat(text.length), fc.string({ maxLength: 40 })).map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
    fc
      .tuple(fc.nat(text.length), fc.constantFrom('"', ',', ';', '<', '>', '{', '}', '[', ']', '0', '-1', 'null', '\n', '1e400', '""'))
      .map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
  );

/** every path into a JSON value, objects' keys and arrays' indices */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  return [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, Array.isArray(v) ? Number(k) : k]))];
}

/** a copy of `root` with the value at `path` replaced (the root itself when the path is empty) */
function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path[path.length - 1]] = value;
  return copy;
}

describe('import of damaged files', () => {
  it.each(Object.keys(KINDS))('%s: a scenario or an ImportError naming the file, nothing else', (kind) => {
    const names = KINDS[kind];
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.nat(2 ** 31), (which, seed) => {
        const text = fc.sample(damaged(TEXTS[kind][which]), { seed, numRuns: 1 })[0];
        const files = names.map((name, i) => ({ name, text: i === which ? text : TEXTS[kind][i] }));
        try {
          importTopology(files, { kind });
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
          expect(names).toContain(e.file);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it.each(['lldp', 'netbox'])('%s: any value of any JSON type at any place gives a scenario or an ImportError', (kind) => {
    const names = KINDS[kind];
    const json = TEXTS[kind].map((t) => JSON.parse(t));
    fc.assert(
      fc.property(fc.nat(names.length - 1), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (which, pick, value) => {
        const all = paths(json[which]);
        const text = JSON.stringify(replaced(json[which], all[pick % all.length], value));
        const files = names.map((name, i) => ({ name, text: i === which ? text : TEXTS[kind][i] }));
        try {
          importTopology(files, { kind });
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
      }),
      { numRuns: 1000, seed: 12 },
    );
  });
});
