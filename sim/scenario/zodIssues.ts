/** Turns zod's issues into NetLoom issues: one readable sentence each, with its JSON path. */
import type { z } from 'zod';
import { type Issue, jsonPath } from './errors.ts';
import { laterPipelineField } from './schemaPipeline.ts';

type ZodIssue = z.core.$ZodIssue;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

function describe(issue: ZodIssue, input: unknown, path: readonly PropertyKey[], known: (p: readonly PropertyKey[]) => string[]): Issue[] {
  const here = jsonPath(path);
  const value = at(input, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
      if (value === undefined) return [{ path: here, message: `missing; expected ${expected}` }];
      return [{ path: here, message: `expected ${expected}, got ${typeName(value)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const later = laterPipelineField(path, k);
        if (later) return { path: jsonPath([...path, k]), message: later };
        const hint = closest(k, known(path));
        return { path: jsonPath([...path, k]), message: `unknown field${hint ? `; did you mean "${hint}"?` : ''}` };
      });
    case 'invalid_value':
      if (value === undefined) return [{ path: here, message: `missing; expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}` }];
      return [{ path: here, message: `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${typeName(value)}` }];
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const options = ((issue as { options?: unknown[] }).options ?? []).map((o) => JSON.stringify(o)).join(' or ');
        return [
          {
            path: here,
            message: `${value === undefined ? 'missing; expected' : 'expected'} ${options}${value === undefined ? '' : `, got ${typeName(value)}`}`,
          },
        ];
      }
      // keep the branch that matched the input's shape: the one whose issues are not a type mismatch at this very place
      const branches = issue.errors.filter((b) => !(b.length === 1 && b[0].code === 'invalid_type' && b[0].path.length === 0));
      const chosen = branches.length > 0 ? branches[0] : issue.errors[0];
      if (!chosen || branches.length === 0) {
        return [
          {
            path: here,
            message: `expected ${issue.errors.map((b) => (b[0]?.code === 'invalid_type' ? b[0].expected : 'object')).join(' or ')}, got ${typeName(value)}`,
          },
        ];
      }
      return chosen.flatMap((sub) => describe(sub, input, [...path, ...sub.path], known));
    }
    case 'too_small':
      if (issue.origin === 'array') return [{ path: here, message: `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` }];
      if (issue.origin === 'string') return [{ path: here, message: issue.message.startsWith('expected') ? issue.message : 'expected a non-empty string' }];
      return [{ path: here, message: `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}, got ${typeName(value)}` }];
    case 'too_big':
      if (issue.origin === 'array') return [{ path: here, message: `expected at most ${issue.maximum} items` }];
      return [{ path: here, message: `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}, got ${typeName(value)}` }];
    case 'invalid_format':
      return [{ path: here, message: issue.message.startsWith('expected') ? issue.message : `expected ${issue.format}, got ${typeName(value)}` }];
    case 'not_multiple_of':
      return [{ path: here, message: `expected a whole number, got ${typeName(value)}` }];
    default:
      return [{ path: here, message: issue.message }];
  }
}

/** Converts zod issues for `input` into NetLoom issues. `known(path)` lists the fields allowed at an object path. */
export function fromZodIssues(issues: readonly ZodIssue[], input: unknown, known: (path: readonly PropertyKey[]) => string[]): Issue[] {
  return issues.flatMap((i) => describe(i, input, i.path, known));
}
