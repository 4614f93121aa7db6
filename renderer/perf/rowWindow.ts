/**
 * The rows of a long table that a scroll box of fixed-height rows shows: the first and one past the last
 * row to draw (a few more either side, so a scroll by a wheel step finds them drawn) and the empty height
 * above and below them, which keeps the scroll bar true to the whole table. A large plant's tables drew
 * every row: switching to the Planner on the steel works mounted ~900 elements in one task (issue 10).
 */
export interface RowWindow {
  from: number;
  to: number;
  /** px of table above row `from` and below row `to - 1` */
  padTop: number;
  padBottom: number;
}

/** Rows drawn beyond each edge of the box. */
export const OVERSCAN = 6;

export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewHeight: number, overscan = OVERSCAN): RowWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const from = Math.min(count, Math.max(0, first - overscan));
  const to = Math.min(count, first + Math.ceil(viewHeight / rowHeight) + overscan);
  return { from, to: Math.max(from, to), padTop: from * rowHeight, padBottom: (count - Math.max(from, to)) * rowHeight };
}
