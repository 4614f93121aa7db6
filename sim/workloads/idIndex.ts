/**
 * The elements of a scenario's list (nodes, flows) by id, kept beside the list so that building a
 * plant of thousands of devices with the templates is linear, not a scan of the list per element.
 * Rebuilt whenever the list's length is not the one last indexed (someone else added or removed
 * an element); `added` records an element the caller pushed.
 */
const indexes = new WeakMap<readonly { id: string }[], { length: number; byId: Map<string, { id: string }> }>();

export function idIndex<T extends { id: string }>(list: readonly T[]): { get(id: string): T | undefined; added(item: T): void } {
  let index = indexes.get(list);
  if (index === undefined || index.length !== list.length) {
    index = { length: list.length, byId: new Map(list.map((x) => [x.id, x])) };
    indexes.set(list, index);
  }
  const i = index;
  return {
    get: (id) => i.byId.get(id) as T | undefined,
    added(item) {
      i.byId.set(item.id, item);
      i.length = list.length;
    },
  };
}
