/**
 * The requirements table's rows in order: by a column's key, then by flow id. Each flow's key is read once and
 * the ids' order comes ranked (flowIdRanks, made in slices when the report arrives), so the sort compares numbers
 * in arrays: the steel works' 16,800 rows sorted as objects, ties broken by a collator, took one long task (issue 10).
 */

/**
 * The flows that `keep` keeps, ordered by `key` (`dir` 1 ascending, -1 descending), ties by `idRank` (each flow's
 * place in id order, by index). The order of `(a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * dir || byId(a.id, b.id)`.
 */
export function flowOrder<F>(flows: readonly F[], key: (f: F) => number | string, idRank: Uint32Array, dir: 1 | -1, keep: (f: F) => boolean = () => true): F[] {
  const keys: (number | string)[] = new Array(flows.length);
  const kept: number[] = [];
  flows.forEach((f, i) => {
    if (!keep(f)) return;
    keys[i] = key(f);
    kept.push(i);
  });
  const order = Uint32Array.from(kept).sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    return (ka < kb ? -1 : ka > kb ? 1 : 0) * dir || idRank[a] - idRank[b];
  });
  return Array.from(order, (i) => flows[i]);
}
