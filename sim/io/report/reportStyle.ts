/**
 * The report's stylesheet, inline in the page (no font or file is loaded: it opens offline). The
 * print rules lay it out on A4: each section starts a page where it says so, and no table row,
 * chart or figure is cut across two pages.
 */
export const REPORT_STYLE = `
:root { --ink: #1d2433; --muted: #5b6475; --line: #d5dae3; --pass: #1b7f3b; --fail: #b3261e; --none: #7a8294; --accent: #2f5fb3; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); }
body { margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
nav ol { display: flex; flex-wrap: wrap; gap: 2px 18px; padding: 0; margin: 8px 0; list-style: none; font-size: 13px; }
nav a { color: var(--accent); }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
p.lead, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 12.5px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f2f4f8; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pass { color: var(--pass); font-weight: 600; }
.fail { color: var(--fail); font-weight: 600; }
.none { color: var(--none); }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px 24px; }
.facts dl { margin: 0; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; }
figure { margin: 8px 0 16px; }
figcaption { color: var(--muted); font-size: 12px; }
svg { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg .axis { stroke: #8a93a6; stroke-width: 1; }
svg .grid { stroke: #e6e9ef; stroke-width: 1; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 12px; }
.verdict-banner { padding: 10px 14px; border-radius: 6px; margin: 12px 0; font-weight: 600; }
.verdict-banner.pass { background: #e6f4ea; }
.verdict-banner.fail { background: #fce8e6; }
code { font-size: 12px; background: #f2f4f8; padding: 1px 4px; border-radius: 3px; word-break: break-all; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  section.page { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, figure, svg, .verdict-banner, dl.kv { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 10px; }
  a { color: inherit; text-decoration: none; }
}
`;
