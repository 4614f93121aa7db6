/**
 * The few pieces of HTML the report is built from. Every text that comes from a file (names, ids,
 * descriptions) goes through `esc`; numbers are formatted before they get here.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A table: head cells and rows of cells already escaped (HTML). `numeric` columns align right. */
export function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const th = head.map((h, i) => `<th${cls(i)}>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A report section: its own page in print when `page` (the plan, the assumptions…). */
export function section(id: string, title: string, body: string, page = false): string {
  return `<section id="${id}"${page ? ' class="page"' : ''}>\n<h2>${esc(title)}</h2>\n${body}\n</section>`;
}

/** A verdict as a coloured word: pass, FAIL (and the criterion that failed), or – for a flow without requirement. */
export function verdictCell(verdict: string | undefined, worst?: string | null, empty = '<span class="none">–</span>'): string {
  return verdict === 'pass' ? '<span class="pass">pass</span>' : verdict === 'fail' ? `<span class="fail">FAIL${worst ? ` ${esc(worst)}` : ''}</span>` : empty;
}

/** "3 switches" / "1 switch" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A number for an SVG coordinate: two decimals at most, so paths stay short. */
export function px(v: number): string {
  return String(Math.round(v * 100) / 100);
}
