/**
 * The report handed over: one self-contained HTML page (inline CSS and SVG, no script, no URL: it
 * opens offline and prints on A4) from a scenario, its run report, and optionally its bounds and an
 * upgrade plan. Pure: text in, text out; the host reads and writes the files.
 */
import type { BoundsReport } from '../../analysis/BoundsReport.ts';
import type { Report } from '../../api/Report.ts';
import type { Plan } from '../../plan/Plan.ts';
import { formatCount, formatMoney, formatTime } from '../../scenario/format.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { assumptions, type CitedDefaults } from './assumptions.ts';
import { boundsSection } from './boundsSection.ts';
import { esc, section } from './html.ts';
import { latencyCharts } from './latencyCharts.ts';
import { planSection } from './planSection.ts';
import { plantSummary } from './plantSummary.ts';
import { REPORT_STYLE } from './reportStyle.ts';
import { requirementsTable } from './requirementsTable.ts';
import { topologySvg } from './topologySvg.ts';
import { utilizationChart } from './utilizationChart.ts';

export interface ReportMeta {
  /** NetLoom's version */
  version: string;
  /** the scenario's hash (scenarioHash): the same file gives the same hash */
  scenarioHash: string;
  /** the scenario's file name, as the reader knows it (shown in the command that reproduces the run) */
  file?: string;
  /** when the report was made, as the host says it (sim/ reads no clock) */
  created?: string;
}

export interface ReportDocumentInput {
  /** the flat scenario (groups expanded) */
  scenario: ScenarioJson;
  report: Report;
  bounds?: BoundsReport | null;
  plan?: Plan | null;
  meta: ReportMeta;
}

function topology(s: ScenarioJson, r: Report): string {
  const pic = topologySvg(s, r);
  const how =
    pic.depth > 0
      ? `Drawn by group: each square stands for the nodes whose ids begin with the same ${pic.depth === 1 ? 'first segment' : `${pic.depth} segments`} ` +
        `(${pic.boxes} boxes for ${formatCount(s.nodes.length)} nodes).`
      : s.nodes.every((n) => n.position)
        ? 'Nodes at their positions in the scenario.'
        : 'Laid out in layers from the best-connected switch.';
  return section(
    'topology',
    'Topology',
    `<figure>${pic.svg}<figcaption>${esc(how)} Links by the utilization of their busier direction: green below 50 %, amber below 80 %, red above. ` +
      'Blue: switches, orange: PLCs, purple: compute, green: other devices.</figcaption></figure>',
  );
}

function reproduce(i: ReportDocumentInput): string {
  const r = i.report;
  const file = i.meta.file ?? 'SCENARIO.json';
  const duration = formatTime(r.simulated, { ascii: true, digits: 12 });
  const command = `netloom run ${file} --seed ${r.seed} --replications ${r.replications} --duration "${duration}"`;
  const rows: [string, string][] = [
    ['NetLoom version', esc(i.meta.version)],
    ['scenario hash', `<code>${esc(i.meta.scenarioHash)}</code>`],
    ['seed', String(r.seed)],
    ['replications', String(r.replications)],
    ['simulated', `${esc(formatTime(r.simulated))} (measured from ${esc(formatTime(r.window[0]))})`],
    ['events', formatCount(r.events)],
    ['command', `<code>${esc(command)}</code>`],
  ];
  if (i.plan) rows.push(['plan', `${esc(i.plan.scenario)}, ${i.plan.stats.evaluations} quick runs and ${i.plan.stats.verifications} verifications`]);
  if (i.meta.created) rows.push(['made', esc(i.meta.created)]);
  return section('reproduce', 'Reproduce', `<dl class="kv">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`);
}

/** The answer in one line: how many flows fail as-is, and what the plan costs. */
function headline(i: ReportDocumentInput): string {
  const s = i.report.summary;
  const p = i.plan;
  const asIs =
    s.failed > 0
      ? `${formatCount(s.failed)} of ${formatCount(s.flows)} flows fail their requirement`
      : `every requirement holds (${formatCount(s.passed)} flows checked)`;
  const plan = !p
    ? ''
    : !p.found
      ? '; no upgrade plan was found'
      : p.actions.length === 0
        ? ''
        : `; the plan: ${p.actions.length} action${p.actions.length === 1 ? '' : 's'} for ${formatMoney(p.totalCost, p.currency)}, verified`;
  return `<div class="verdict-banner ${s.failed > 0 ? 'fail' : 'pass'}">As-is, ${esc(asIs + plan)}.</div>`;
}

/** `cited`: the workload templates' defaults and their sources, listed with the assumptions. */
export function renderReportHtml(i: ReportDocumentInput, cited: CitedDefaults): string {
  const s = i.scenario;
  const parts = [
    plantSummary(s),
    topology(s, i.report),
    requirementsTable(i.report),
    latencyCharts(i.report),
    utilizationChart(i.report),
    i.bounds ? boundsSection(i.bounds, i.report) : '',
    i.plan ? planSection(i.plan) : '',
    assumptions(s, cited),
    reproduce(i),
  ].filter(Boolean);
  const toc = parts.map((p) => /<section id="([^"]+)"[^>]*>\n<h2>([^<]*)<\/h2>/.exec(p)).map((m) => (m ? `<li><a href="#${m[1]}">${m[2]}</a></li>` : ''));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="NetLoom ${esc(i.meta.version)}">
<title>${esc(s.name ?? 'Scenario')}: NetLoom report</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${esc(s.name ?? 'Scenario')}</h1>
<p class="lead">NetLoom report${s.industry ? ` · ${esc(s.industry)}` : ''} · ${esc(formatTime(i.report.simulated))} simulated, seed ${i.report.seed} · \
scenario <code>${esc(i.meta.scenarioHash.slice(0, 12))}</code> · NetLoom ${esc(i.meta.version)}</p>
<nav><ol>${toc.join('')}</ol></nav>
${headline(i)}
</header>
${parts.join('\n')}
</body>
</html>
`;
}
