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
