/**
 * The views' data never assumes a valid scenario: any value put anywhere in a real scenario
 * (fast-check) either stops the file at the door with its problems (documentProblems), or opens
 * and everything the views compute from it — what is drawable, where it goes, the routes, the
 * flow lists — works without throwing.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { formatRoute, scenarioFlowEnds } from '../format/formatRoute.ts';
import { scheduleCandidates } from '../schedule/scheduleRows.ts';
import { analyzeScenario } from './analyzeScenario.ts';
import { ELSEWHERE, noFiles } from './DocFiles.ts';
import { displayPositions } from './displayPositions.ts';
import { documentProblems } from './documentProblems.ts';
import { drawableScenario } from './drawableScenario.ts';

const vision = JSON.parse(readFileSync(new URL('../../scenarios/examples/vision-cell.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every path to a value in a JSON document. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [at, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...at, k]))];
}

function put(doc: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [k, ...rest] = path;
  const copy = (Array.isArray(doc) ? [...doc] : { ...(doc as object) }) as Record<string | number, unknown>;
  copy[k] = put(copy[k], rest, value);
  return copy;
}

const all = paths(vision);

describe('a scenario with anything anywhere', () => {
  test('opens with every view’s data computed, or is stopped with its problems', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }), (edits) => {
        const value = edits.reduce<unknown>((doc, [path, v]) => put(doc, path, v), vision);
        const problems = documentProblems(value);
        if (problems) {
          expect(problems.length).toBeGreaterThan(0);
          return;
        }
        const s = value as ScenarioJson;
        const d = drawableScenario(s);
        for (const p of displayPositions(s).values()) expect(p.every(Number.isFinite)).toBe(true);
        analyzeScenario(s, noFiles(ELSEWHERE.newDocument));
        scheduleCandidates(d.flows);
        for (const f of d.flows) formatRoute(scenarioFlowEnds(f));
      }),
      { numRuns: 400, seed: 8 },
    );
  });
});
