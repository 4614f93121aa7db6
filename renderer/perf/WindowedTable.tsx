/**
 * A long table in a scroll box that draws only the rows under the box (rowWindow): its rows all of one height,
 * the rows above and below stood in for by one empty row each, so the scroll bar spans the whole table. The
 * Planner's tables of a large plant (the failing flows as-is, the requirements before and after a plan) drew
 * each of their rows when the view opened: 14,600 rows after a plan of the steel works (issue 10).
 */
import { type CSSProperties, type ReactNode, useState } from 'react';
import { rowWindow } from './rowWindow.ts';

export interface WindowedTableProps<T> {
  rows: readonly T[];
  /** px; each row's height (CSS: `.windowed tbody tr` takes it from --row-height) */
  rowHeight: number;
  /** px; the box's largest height */
  height: number;
  className?: string;
  head?: ReactNode;
  row: (r: T, index: number) => ReactNode;
}

export function WindowedTable<T>({ rows, rowHeight, height, className, head, row }: WindowedTableProps<T>) {
  const [top, setTop] = useState(0);
  const w = rowWindow(rows.length, rowHeight, top, height);
  return (
    <div className="table-scroll windowed" style={{ maxHeight: height }} onScroll={(e) => setTop(e.currentTarget.scrollTop)}>
      <table className={className} style={{ '--row-height': `${rowHeight}px` } as CSSProperties}>
        {head && <thead>{head}</thead>}
        <tbody>
          {w.padTop > 0 && <tr className="row-space" aria-hidden style={{ height: w.padTop }} />}
          {rows.slice(w.from, w.to).map((r, i) => row(r, w.from + i))}
          {w.padBottom > 0 && <tr className="row-space" aria-hidden style={{ height: w.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
