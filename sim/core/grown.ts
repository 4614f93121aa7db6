/** Typed arrays that grow: the one copy-into-a-larger-array the engine's structures share. */
export type GrowableArray = Float64Array | Int32Array | Uint8Array;

/** A new array of `a`'s type and `length` elements holding `a`'s elements from index `at` (the rest 0). */
export function grown<T extends GrowableArray>(a: T, length: number, at = 0): T {
  const n = new (a.constructor as new (length: number) => T)(length);
  n.set(a, at);
  return n;
}
