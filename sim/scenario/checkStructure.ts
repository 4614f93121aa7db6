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
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'number' && !Number.isFinite(value)) issues.push({ path: jsonPath(path), message: `expected a finite number, got ${value}` });
      else if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean' && value !== null)
        issues.push({ path: jsonPath(path), message: `expected a JSON value, got ${typeof value}` });
      continue;
    }
    if (path.length >= MAX_DEPTH) {
      issues.push({ path: jsonPath(path), message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      issues.push({ path: jsonPath(path), message: 'expected a plain JSON object' });
      continue;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i];
      if (PROTOTYPE_KEYS.has(k)) issues.push({ path: jsonPath([...path, k]), message: `"${k}" is not allowed as a key (it names an object's prototype machinery); rename it` });
      else stack.push({ value: (value as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return issues;
}
