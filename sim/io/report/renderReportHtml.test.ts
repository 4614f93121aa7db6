import { describe, expect, it } from 'vitest';
import { computeBounds } from '../../analysis/computeBounds.ts';
import { runScenario } from '../../api/createSimApi.ts';
import type { Report } from '../../api/Report.ts';
import { PLAN_FORMAT, type Plan } from '../../plan/Plan.ts';
import { loadScenario } from '../../scenario/load.ts';
import type { ScenarioJson } from '../../scenario/schema.ts';
import { DEFAULTS } from '../../workloads/defaults.ts';
import { renderReportHtml } from './renderReportHtml.ts';
import { FAILING_ROWS } from './requirementsTable.ts';

const NASTY = 'D<1>&"x"';
const scenario: ScenarioJson = {
  format: 'netloom.scenario/v1',
  name: 'Cell <A> & "B"',
  description: 'A cell whose names need escaping: <script>alert(1)</script>',
  nodes: [
    { id: 'SW', type: 'switch' },
    { id: 'PLC', type: 'plc' },
    { id: NASTY, type: 'drive' },
    { id: 'CAM', type: 'camera' },
  ],
  links: [
    { from: 'PLC', to: 'SW', rate: '100 Mb/s', delay: '1 us' },
    { from: NASTY, to: 'SW', rate: '100 Mb/s', delay: '1 us' },
    { from: 'CAM', to: 'SW', rate: '100 Mb/s', delay: '1 us' },
  ],
  flows: [
    {
      id: 'ctrl<&>',
      from: 'PLC',
      to: NASTY,
      size: '100 B',
      priority: 6,
      pattern: { type: 'periodic', period: '1 ms' },
      requirement: { latency: '1 ms' },
      application: 'control <&">',
    },
    // 1400 B take 112 µs to send at 100 Mb/s: the 20 µs requirement fails, by more than 999 %
    { id: 'video', from: 'CAM', to: 'PLC', size: '1400 B', pattern: { type: 'poisson', rate: '60 Mb/s' }, requirement: { latency: '20 us' } },
  ],
  simulation: { duration: '0.2 s', seed: 7 },
};
const report = runScenario({ scenario });
const bounds = computeBounds(loadScenario(scenario));
const plan: Plan = {
  format: PLAN_FORMAT,
  scenario: scenario.name,
  scenarioHash: 'ab'.repeat(32),
  currency: 'USD',
  found: true,
  asIs: { flows: 2, failed: ['video'], worstMargin: -0.5, verdicts: [{ id: 'video', verdict: 'fail', margin: -0.5 }] },
  actions: [
    {
      action: { kind: 'link-rate', link: 'CAM-SW', rate: '1 Gb/s', fiber: false },
      label: 'Upgrade link <CAM-SW> to 1 Gb/s',
      cost: 400,
      fixes: ['video'],
      margins: [],
    },
  ],
  totalCost: 400,
  verification: {
    durationS: 0.2,
    replications: 1,
    passed: 2,
    failed: 0,
    unchecked: 0,
    worstMargin: 0.3,
    flows: [{ id: 'video', verdict: 'pass', margin: 0.3 }],
  },
  naive: { cost: 1200, actions: 3, passes: true },
  pareto: [
    { cost: 0, worstMargin: -0.5, failed: 1, actions: [], plan: [], verified: true },
    { cost: 400, worstMargin: 0.3, failed: 0, actions: ['Upgrade link <CAM-SW> to 1 Gb/s'], plan: [], verified: true },
  ],
  roadmap: [
    { year: 2026, budget: 100000, cost: 400, actions: ['Upgrade link <CAM-SW> to 1 Gb/s'], plan: [], passed: 2, failed: 0, unchecked: 0, worstMargin: 0.3 },
  ],
  stats: { evaluations: 5, verifications: 2, wallSeconds: 1, evaluationsPerSecond: 7, verificationShare: 0.3 },
  catalog: {} as Plan['catalog'],
};
const meta = { version: '9.9.9', scenarioHash: 'cd'.repeat(32), file: 'cell.json' };
const html = renderReportHtml({ scenario, report, bounds, plan, meta }, DEFAULTS);

/** The page's text as a reader sees it: tags dropped, entities decoded. */
const textOf = (h: string) =>
  h
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderReportHtml: the handed-over report page', () => {
  it('has every section, the plan and bounds included when given', () => {
    for (const id of ['plant', 'topology', 'requirements', 'latency', 'utilization', 'bounds', 'plan', 'assumptions', 'reproduce'])
      expect(html).toContain(`<section id="${id}"`);
    const bare = renderReportHtml({ scenario, report, meta }, DEFAULTS);
    expect(bare).not.toContain('<section id="plan"');
    expect(bare).not.toContain('<section id="bounds"');
  });

  it('escapes every name that comes from the files: no tag or attribute can be injected', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<A>');
    expect(html).not.toContain(NASTY);
    expect(html).toContain('Cell &lt;A&gt; &amp; &quot;B&quot;');
    expect(html).toContain('D&lt;1&gt;&amp;&quot;x&quot;');
    expect(html).toContain('ctrl&lt;&amp;&gt;');
    const text = textOf(html);
    expect(text).toContain('Cell <A> & "B"');
    expect(text).toContain(`PLC → ${NASTY}`);
    expect(text).toContain('control <&">');
    expect(text).toContain('Upgrade link <CAM-SW> to 1 Gb/s');
  });

  it('loads nothing: no URL anywhere but in the text of the sources it cites', () => {
    const assumptions = /<section id="assumptions"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const rest = html.replace(assumptions, '');
    expect(rest).not.toMatch(/https?:|\/\/|url\(|@import|<script|<img|<link|<iframe|src=/i);
    // the sources' text may name where a figure comes from, but no element points anywhere
    expect(assumptions).not.toMatch(/url\(|<img|<link|src=|href=/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1].startsWith('#'))).toBe(true);
  });

  it('writes figures as people read them: units, no raw float seconds', () => {
    const video = report.flows.find((f) => f.id === 'video') as Report['flows'][number];
    const row = /<tr><td>video<\/td>.*?<\/tr>/.exec(html)?.[0] ?? '';
    const cells = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => textOf(m[1]));
    expect(cells.slice(1, 4).every((c) => /^\d+(\.\d+)? (ns|µs|ms|s)$/.test(c))).toBe(true); // p50, p99, max
    expect(video.verdict).toBe('fail');
    expect(row).toContain('FAIL latency');
    expect(cells[0]).toMatch(/^(−|-)?\d+(\.\d)? %$|^< −999 %$/); // margin
    expect(textOf(html)).not.toMatch(/\d\.\d{6,}/); // no 0.000030662071219999996
    expect(textOf(html)).toContain('$400');
  });

  it('tells how to reproduce the run: version, scenario hash, seed, replications and the command', () => {
    const repro = textOf(/<section id="reproduce"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '');
    expect(repro).toContain('9.9.9');
    expect(repro).toContain('cd'.repeat(32));
    expect(repro).toMatch(/seed\s+7/);
    expect(repro).toContain('netloom run cell.json --seed 7 --replications 1 --duration "200 ms"');
  });

  it('lists the model defaults the scenario relies on, each with its source', () => {
    const a = textOf(/<section id="assumptions"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '');
    expect(a).toMatch(/Ethernet framing.*?3 links.*?IEEE 802\.3/s);
    expect(a).toMatch(/strict-priority.*?1 switches.*?802\.1Q/s);
    expect(a).toMatch(/priority 0 \(best effort\).*?1 flows/s);
    expect(a).toContain('3GPP TS 22.261'); // a workload template default's source
  });

  it('draws the CDF and histogram of each flow with deliveries, the Pareto front and the topology as inline SVG', () => {
    expect(html).toContain('aria-label="latency CDF of ctrl&lt;&amp;&gt;"');
    expect(html).toContain('aria-label="latency histogram of video"');
    expect(html).toContain('aria-label="Pareto front of cost and worst margin"');
    expect(html).toContain('aria-label="topology"');
    expect(html).toContain('aria-label="link utilization"');
  });
});

describe('a large plant: the failing flows and a count, like the CLI table', () => {
  it('past FLOW_ROWS flows the requirements table lists only the failing ones, worst first', () => {
    const many: Report = {
      ...report,
      flows: Array.from({ length: 60 }, (_, k) => ({
        ...report.flows[1],
        id: `f${k}`,
        verdict: k % 20 === 0 ? 'fail' : 'pass',
        margin: k % 20 === 0 ? -k : 0.5,
      })),
    };
    const page = renderReportHtml({ scenario, report: many, meta }, DEFAULTS);
    const rows = [...page.matchAll(/<tr><td>(f\d+)<\/td>/g)].map((m) => m[1]);
    expect(rows).toEqual(['f40', 'f20', 'f0']);
    expect(textOf(page)).toContain('57 of 60 flows not listed');
  });

  it('lists at most FAILING_ROWS failing flows, so 2,000 failing flows still make a page of bounded size', () => {
    const flows = Array.from({ length: 2000 }, (_, k) => ({ ...report.flows[1], id: `f${k}`, verdict: 'fail' as const, margin: -k }));
    const page = renderReportHtml({ scenario, report: { ...report, flows, summary: { flows: 2000, passed: 0, failed: 2000, unchecked: 0 } }, meta }, DEFAULTS);
    const rows = [...page.matchAll(/<tr><td>(f\d+)<\/td>/g)].map((m) => m[1]);
    expect(rows).toHaveLength(FAILING_ROWS);
    expect(rows[0]).toBe('f1999');
    expect(textOf(page)).toContain('1,500 of 2,000 flows not listed (the failing ones by less than those listed');
  });
});
