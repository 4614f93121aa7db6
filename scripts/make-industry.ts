/**
 * Writes the industry scenarios of scenarios/industry/ from their builders in scripts/industry/.
 *   npx tsx scripts/make-industry.ts [name …]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { automotive } from './industry/automotive.ts';
import { aviation } from './industry/aviation.ts';
import { electronics } from './industry/electronics.ts';
import { packaging } from './industry/packaging.ts';
import { petrochem } from './industry/petrochem.ts';
import { pharma } from './industry/pharma.ts';
import { power } from './industry/power.ts';
import { steel } from './industry/steel.ts';

const all: Record<string, () => object> = {
  'steel-hot-rolling': steel,
  'aviation-wing-assembly': aviation,
  'power-substation': power,
  'petrochem-refinery-unit': petrochem,
  'pharma-fill-finish': pharma,
  'electronics-smt-line': electronics,
  'automotive-body-shop': automotive,
  'packaging-line': packaging,
};
const dir = new URL('../scenarios/industry/', import.meta.url);
mkdirSync(dir, { recursive: true });
const names = process.argv.slice(2);
for (const [name, build] of Object.entries(all)) {
  if (names.length > 0 && !names.includes(name)) continue;
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify(build(), null, 2) + '\n');
  console.log(`scenarios/industry/${name}.json`);
}

// scenarios/README.md: what each scenario is, and where its numbers come from
{
  const { DEFAULTS, LLMS, MODELS } = await import('../sim/workloads/index.ts');
  const lines = [
    '# Scenarios',
    '',
    "Every file here opens in the app's library and runs with `npx netloom run FILE`; each has a fingerprint test",
    '(`test/fingerprint/`). The JSON Schema of the format is `../schema/netloom.scenario.v1.schema.json`.',
    '',
    '- `reference/`: the ns-3 3.37 reference runs of `../shared/anchors/ns3` (R1 line cell, R1-down, R1-down with strict',
    '  priority), reproduced to the nanosecond (`test/validation/ns3.test.ts`); written by `scripts/make-r1.ts`.',
    '- `examples/`: small scenarios for learning: vision-cell (request/response inference with batching), tsn-cell',
    '  (802.1Qbv gates, credit-based shaping, preemption, cut-through, 802.1CB replication through a link failure),',
    '  tsn-schedule (run `netloom schedule` on it: gate schedules that make its failing control loops hold),',
    '  wireless-agv (AGVs on a Wi-Fi 6 BSS with roaming, and on a private 5G URLLC cell), udp-replay (a real',
    '  tcpdump capture exported by tshark, `examples/captures/`, replayed packet by packet at its own times and sizes).',
    '- `industry/`: one plant per sector, below.',
    '',
    '## Industry scenarios',
    '',
    'Each file is an *as-is* plant plus the AI workloads it wants to add: as-is, some requirements fail,',
    'and `netloom plan` finds an upgrade that makes every one hold (tested in',
    '`test/validation/industryPlans.test.ts`). They are written by `scripts/make-industry.ts` from the',
    'builders in `scripts/industry/` and the workload templates of `sim/workloads/`; edit the builders and',
    're-run it (`npx tsx scripts/make-industry.ts`) rather than the JSON.',
    '',
    '| file | sector | nodes | flows | applications |',
    '|---|---|---|---|---|',
  ];
  const details: string[] = [];
  for (const [name, build] of Object.entries(all)) {
    const s = build() as { name: string; description: string; industry: string; nodes: unknown[]; flows: { application?: string }[] };
    const apps = [...new Set(s.flows.map((f) => f.application ?? 'other'))];
    lines.push(`| [${name}.json](industry/${name}.json) | ${s.industry} | ${s.nodes.length} | ${s.flows.length} | ${apps.join('; ')} |`);
    details.push(`### ${s.name}`, '', s.description, '');
  }
  lines.push(
    '',
    ...details,
    '### Where the numbers come from',
    '',
    'Every default of the workload templates, with its source (`sim/workloads/defaults.ts`). "assumption" marks a figure no',
    "public source was found for: replace it with your plant's own.",
    '',
  );
  lines.push('| template | figure | default | source |', '|---|---|---|---|');
  for (const [template, figures] of Object.entries(DEFAULTS))
    for (const [figure, cited] of Object.entries(figures as Record<string, { value: unknown; source: string }>))
      lines.push(
        `| ${template} | ${figure} | ${typeof cited.value === 'object' ? JSON.stringify(cited.value).replace(/"/g, '') : cited.value} | ${cited.source} |`,
      );
  for (const [model, cited] of Object.entries(MODELS)) lines.push(`| inference time | ${model} | ${(cited.value * 1e3).toFixed(2)} ms | ${cited.source} |`);
  for (const [model, cited] of Object.entries(LLMS))
    lines.push(`| LLM | ${model} | TTFT ${(cited.value.ttft * 1e3).toFixed(2)} ms, ITL ${(cited.value.itl * 1e3).toFixed(2)} ms | ${cited.source} |`);
  lines.push(
    '',
    'Network equipment in the builders (`sim/workloads/PlantBuilder.ts`): an "unmanaged" switch is one FIFO queue',
    'of 500 frames forwarding in 8 us, a "managed" one has 8 strict-priority queues of 2000 frames and forwards',
    'in 4 us (assumptions for entry-level and industrial store-and-forward switches). Upgrade prices are the',
    "planner's catalog defaults (`sim/plan/catalog.ts`), stated as estimates to edit.",
  );
  writeFileSync(new URL('../README.md', dir), lines.join('\n') + '\n');
  console.log('scenarios/README.md');
}
