/**
 * One CSV sheet read by d3-dsv: its header and rows, each row with the line it starts on (a quoted
 * field may hold line breaks). The delimiter is the one the header uses most: "," ";" or tab
 * (spreadsheets in many locales export ";").
 */
import { dsvFormat } from 'd3-dsv';
import { ImportError } from '../ImportError.ts';
import type { ImportFile } from '../ImportResult.ts';

export interface Row {
  line: number;
  cells: string[];
}

export interface Sheet {
  file: string;
  header: string[];
  rows: Row[];
}

export function readSheet(f: ImportFile): Sheet {
  const text = f.text.replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0];
  const delimiter = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) throw new ImportError(f.name, unclosedQuote(text), 'a closing " for the quoted field that starts here');
  const all = dsvFormat(delimiter).parseRows(text);
  let line = 1;
  const rows: Row[] = [];
  for (const cells of all) {
    rows.push({ line, cells });
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r?\n/g)?.length ?? 0), 0);
  }
  const [head, ...body] = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!head) throw new ImportError(f.name, '1:1', 'a header row naming the columns (e.g. name,type,model)');
  for (const r of body)
    if (r.cells.length > head.cells.length)
      throw new ImportError(f.name, `${r.line}:${head.cells.length + 1}`, `at most ${head.cells.length} fields, as in the header; got ${r.cells.length}`);
  return { file: f.name, header: head.cells.map((c) => c.trim()), rows: body };
}

/** line:column of the quote that is never closed (the last opening one). */
function unclosedQuote(text: string): string {
  const at = text.lastIndexOf('"');
  const before = text.slice(0, at).split(/\r?\n/);
  return `${before.length}:${before[before.length - 1].length + 1}`;
}
