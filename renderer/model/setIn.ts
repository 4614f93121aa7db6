/** Immutable update at a JSON path; `undefined` removes the field (so optional fields can be cleared). */
export type JsonPath = readonly (string | number)[];

export function getIn(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

export function setIn<T>(root: T, path: JsonPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base = (root ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const child = setIn((base as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(base)) {
    const copy = base.slice();
    copy[head as number] = child;
    return copy as T;
  }
  const copy: Record<string | number, unknown> = { ...base };
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy as T;
}

/** `['links', 3, 'rate']` → `links[3].rate`, the path format of the core's issues. */
export function pathString(path: JsonPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/**
 * Like setIn, but clearing a field also removes the settings objects it leaves empty (a TSN
 * block without gates, shaper or preemption is no block at all), up to the nearest array
 * element, so an optional block never stays behind as `{}` the core would reject.
 */
export function setInPruned<T>(root: T, path: JsonPath, value: unknown): T {
  let out = setIn(root, path, value);
  if (value !== undefined) return out;
  for (let k = path.length - 1; k >= 1 && typeof path[k - 1] !== 'number'; k--) {
    const parent = getIn(out, path.slice(0, k));
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent) || Object.keys(parent).length > 0) break;
    out = setIn(out, path.slice(0, k), undefined);
  }
  return out;
}
