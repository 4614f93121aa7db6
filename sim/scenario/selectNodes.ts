/**
 * Node references in a group's links and flows. A reference is local to the group (`PLC`,
 * `cell03/SW`), absolute from the scenario's top level when it starts with `/` (`/CORE`), in the
 * instance around this one with `../` (`../EDGE`: the edge server of the cell's area), or a
 * selector when it holds `*`: `*` matches any characters but `/`, `**` any characters, so
 * `DRV*` is every drive of the cell, `cell07/DRV*` those of one cell of an area, `**` every node of the group.
 */
export type Ref = { ok: true; ids: string[] } | { ok: false; message: string };

const globCache = new Map<string, RegExp>();

function globRegex(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob
      .split('**')
      .map((part) =>
        part
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*'),
      )
      .join('.*');
    re = new RegExp(`^${body}$`);
    globCache.set(glob, re);
  }
  return re;
}

/**
 * The ids (local to the group, or absolute with their `/`) a reference stands for. `known` is
 * every node id local to the group, in order; `inGroup` says whether local names are checked
 * (at the top level, an unknown id is left to the compiler, which names it as it always has).
 */
export function selectNodes(ref: string, known: readonly string[], knownSet: ReadonlySet<string>, inGroup: boolean): Ref {
  if (ref.startsWith('/') || ref.startsWith('../')) {
    if (ref.includes('*')) return { ok: false, message: `a selector picks among the group's own nodes; "${ref}" is outside the group` };
    return { ok: true, ids: [ref] };
  }
  if (ref.includes('*')) {
    const re = globRegex(ref);
    const ids = known.filter((id) => re.test(id));
    if (ids.length === 0) return { ok: false, message: `"${ref}" selects no node${inGroup ? ' of the group' : ''}` };
    return { ok: true, ids };
  }
  if (inGroup && !knownSet.has(ref)) {
    const hint = known.length <= 12 ? `its nodes are ${known.join(', ')}` : `it has ${known.length} nodes`;
    return { ok: false, message: `no node "${ref}" in the group (${hint}); a node outside it is written "/ID"` };
  }
  return { ok: true, ids: [ref] };
}

/**
 * The id a reference gets in the flat scenario: absolute ones lose their `/`, local ones gain the
 * instance's prefix, and each `../` climbs one instance up (a reference above the top is left
 * as written, for the compiler to name as an unknown node).
 */
export function qualify(ref: string, prefix: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  let up = 0;
  while (ref.startsWith('../', up * 3)) up++;
  if (up === 0) return prefix + ref;
  const parts = prefix.split('/').slice(0, -1); // "area2/cell07/" → [area2, cell07]
  return up > parts.length ? ref : [...parts.slice(0, parts.length - up), ref.slice(up * 3)].join('/');
}
