import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from './accelerators.ts';
import { MEASUREMENTS } from './measurements.ts';
import { MODEL_SPECS } from './models.ts';
import type { CsvFigure, Figure } from './types.ts';

// the CSV stays in ../shared/data (DESIGN: figures keep their sources); CI has it at the same place
const rows = csvParse(readFileSync(new URL('../../../../shared/data/accelerators.csv', import.meta.url), 'utf8')) as unknown as Record<string, string>[];

const isCsv = (f: Figure): f is CsvFigure => 'row' in f;

/** every figure of the catalog with where it sits, e.g. "L4.bandwidthBytesPerS" */
function figures(): [string, Figure][] {
  const out: [string, Figure][] = [];
  for (const a of ACCELERATORS) {
    out.push([`${a.id}.memoryBytes`, a.memoryBytes], [`${a.id}.bandwidthBytesPerS`, a.bandwidthBytesPerS]);
    for (const [p, f] of Object.entries(a.flops)) out.push([`${a.id}.flops.${p}`, f]);
    if (a.powerW) out.push([`${a.id}.powerW`, a.powerW]);
    if (a.price) out.push([`${a.id}.price`, a.price.amount]);
  }
  for (const m of MODEL_SPECS) {
    out.push([`${m.id}.parameters`, m.parameters]);
    if (m.kvBytesPerToken) out.push([`${m.id}.kvBytesPerToken`, m.kvBytesPerToken]);
    if (m.flopsPerInference) out.push([`${m.id}.flopsPerInference`, m.flopsPerInference]);
  }
  for (const m of MEASUREMENTS) out.push([`${m.model}@${m.accelerator}.${m.metric}`, m.seconds]);
  return out;
}

describe('the accelerator and model catalog', () => {
  it('copies every figure from its row of accelerators.csv: value, unit, source and locator', () => {
    const checked = figures().filter(([, f]) => isCsv(f));
    expect(checked.length).toBeGreaterThan(60);
    for (const [where, f] of checked) {
      const { row } = f as CsvFigure;
      const matches = rows.filter((r) => r.item === row.item && r.metric === row.metric && (row.conditions === undefined || r.conditions === row.conditions));
      expect(matches, `${where}: one row for ${row.item} / ${row.metric}`).toHaveLength(1);
      const [r] = matches;
      expect({ where, value: r.value, unit: r.unit, source: r.source, locator: r.locator }).toEqual({
        where,
        value: row.value,
        unit: row.unit,
        source: (f as CsvFigure).source,
        locator: (f as CsvFigure).locator,
      });
      const numbers = r.value.match(/[0-9]+(?:\.[0-9]+)?/g) ?? [];
      const expected = Number(numbers[(f as CsvFigure).take ?? 0]) * ((f as CsvFigure).scale ?? 1);
      expect(f.value, where).toBeCloseTo(expected, 6 - Math.round(Math.log10(Math.abs(expected))));
    }
  });

  it('marks every figure without a row as an assumption', () => {
    for (const [where, f] of figures()) if (!isCsv(f)) expect(f.source, where).toMatch(/^assumption: /);
  });

  it("takes each vision model's accuracy from its parameters row's note", () => {
    for (const m of MODEL_SPECS) {
      if (!m.accuracy) continue;
      const r = rows.find((x) => x.item === m.name && x.metric === 'parameters');
      expect(r?.note, m.id).toContain(`mAPval50-95 ${m.accuracy.value}`);
      expect(m.accuracy.source).toBe(r?.source);
    }
  });
});
