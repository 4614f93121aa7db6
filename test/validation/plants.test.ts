/**
 * The plants of scenarios/plants/ fail as-is where their description says, and only there
 * (reference: the arithmetic in scenarios/README.md: the paint shop's 4,500 inferences/s × 5.25 ms
 * need 24 GPUs and have 2; the hot strip mill's 80 cameras × 30 Mb/s need 2.4 Gb/s of a 1 Gb/s uplink).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/api/index.ts';

const failing = (file: string) => {
  const report = runScenario({ scenario: JSON.parse(readFileSync(file, 'utf8')), files: {} });
  const kinds = new Map<string, number>();
  for (const f of report.flows.filter((f) => f.verdict === 'fail')) {
    const kind = f.id.replace(/cell\d+\//, '').replace(/\d+/g, ''); // paint/vision-CAM
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return { flows: report.flows.length, kinds: Object.fromEntries(kinds) };
};

describe('scenarios/plants as-is', () => {
  it('automotive plant: only the paint shop inspections fail (its edge server overloaded)', () => {
    expect(failing('scenarios/plants/automotive-plant.json')).toEqual({ flows: 4400, kinds: { 'paint/vision-CAM': 150 } });
  });

  it("steel works: only the hot strip mill's inspections and telemetry fail (its uplink starved)", () => {
    expect(failing('scenarios/plants/steel-works.json')).toEqual({ flows: 14600, kinds: { 'hsm/vision-CAM': 72, 'hsm/vib-VIB': 83 } });
  });
});
