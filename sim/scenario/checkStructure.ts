/**
 * Checks a parsed document's shape before any schema looks into it: keys that would reach an
 * object's prototype (`__proto__`, `constructor`, `prototype`) are refused wherever they are,
 * nesting is bounded (objects built in code can be deeper than text allows, or cyclic), and only
 * JSON values are accepted. Iterative, so no input can overflow the stack.
 */
import { type Issue, jsonPath } from './errors.ts';
import { MAX_DEPTH } from './parseJson.ts';

/** Keys that change or shadow an object's prototype when code reads or copies them. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_ISSUES = 100;

export function checkStructure(root: unknown): Issue[] {
  const issues: Issue[] = [];
  // every value visited, as (its parent's entry, its key or index, its depth): a path is rebuilt
  // only for a problem, so a large plant is walked without a path per value
  const parent: number[] = [-1];
  const key: (string | number)[] = [''];
  const depth: number[] = [0];
  const values: unknown[] = [root];
  const todo: number[] = [0];
  const pathOf = (entry: number, last?: string): string => {
    const parts: (string | number)[] = last === undefined ? [] : [last];
    for (let e = entry; e > 0; e = parent[e]) parts.push(key[e]);
    return jsonPath(parts.reverse());
  };
  const visit = (p: number, k: string | number, v: unknown) => {
    // a string, a finite number, a boolean or null has nothing to check: only objects and bad values are walked to
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return;
    parent.push(p);
    key.push(k);
    depth.push(depth[p] + 1);
    values.push(v);
    todo.push(values.length - 1);
  };
  while (todo.length > 0 && issues.length < MAX_ISSUES) {
    const e = todo.pop()!;
    const value = values[e];
    values[e] = undefined; // visited: let it go
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'number' && !Number.isFinite(value)) issues.push({ path: pathOf(e), message: `expected a finite number, got ${value}` });
      else if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && value !== null)
        issues.push({ path: pathOf(e), message: `expected a JSON value, got ${typeof value}` });
      continue;
    }
    if (depth[e] >= MAX_DEPTH) {
      issues.push({ path: pathOf(e), message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) visit(e, i, value[i]);
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      issues.push({ path: pathOf(e), message: 'expected a plain JSON object' });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (PROTOTYPE_KEYS.has(k))
        issues.push({ path: pathOf(e, k), message: `"${k}" is not allowed as a key (it names an object's prototype machinery); rename it` });
      else visit(e, k, (value as Record<string, unknown>)[k]);
    }
  }
  return issues;
}
